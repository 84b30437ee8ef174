// TZif time zone files (RFC 8536; kiosk/schedule/tzif.h, time_zone.h), with the POSIX TZ
// footer. A zone that loads is asked what the exhibit asks: offsets and local times at
// instants from 1901 to 2200, and the instant of a wall-clock minute around clock changes.
#include "fuzz_support.h"
#include "kiosk/schedule/time_zone.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::schedule;
    std::string error;
    std::optional<TimeZone> zone =
        TimeZone::fromTzif("Fuzz/Zone", kiosk::fuzz::asText(data, size), error);
    FUZZ_CHECK(zone.has_value() == error.empty());
    if (!zone) return 0;
    for (std::int64_t seconds :
         {-2'147'483'648ll, 0ll, 1'774'744'200ll, 1'792'800'000ll, 7'258'118'400ll}) {
        (void)zone->offsetAt(seconds);
        LocalTime local = zone->toLocal(seconds * 1000);
        FUZZ_CHECK(local.minuteOfDay >= 0 && local.minuteOfDay < kMinutesPerDay);
        FUZZ_CHECK(local.weekday >= 0 && local.weekday < 7);
        FUZZ_CHECK(local.date().valid());
    }
    for (LocalDate date :
         {LocalDate{2026, 3, 29}, LocalDate{2026, 10, 25}, LocalDate{2099, 12, 31}})
        for (int minute : {0, 150, 1439, 1440 + 60}) (void)zone->fromLocal(date, minute);
    return 0;
}
