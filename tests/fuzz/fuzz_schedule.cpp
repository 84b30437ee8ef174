// The opening-hours schedule (kiosk/schedule/schedule.h, evaluate.h): exhibit.json's "schedule"
// object, set up as the app does (zones from tests/fixtures/zoneinfo, read-only), evaluated at
// fixed instants around a clock change and over the year's end, as the app and the closed
// screen's hours board would.
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "kiosk/schedule/evaluate.h"

namespace {

constexpr kiosk::Millis kInstants[] = {
    1'774'744'200'000,  // 2026-03-29 00:30 UTC, half an hour before Berlin's clocks go forward
    1'798'113'600'000,  // 2026-12-24 12:00 UTC
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::schedule;
    static const std::filesystem::path zones =
        std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/fixtures/zoneinfo";
    std::string_view text = kiosk::fuzz::asText(data, size);

    ScheduleParse parse = parseSchedule(text);
    const std::vector<std::string> tours{"tour-a"};
    (void)checkTours(parse.asWritten, tours);

    ScheduleSetup setup = setUpSchedule(text, zones);
    for (kiosk::Millis now : kInstants) {
        ScheduleStatus status = evaluate(setup.schedule, setup.zone, now, 0);
        if (status.nextChange) FUZZ_CHECK(*status.nextChange > now);
        if (status.variant) FUZZ_CHECK(status.open);
        LocalDate today = setup.zone.toLocal(now).date();
        for (int day = 0; day < 7; ++day) (void)planFor(setup.schedule, today.plusDays(day));
    }
    return 0;
}
