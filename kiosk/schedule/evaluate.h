#pragma once
// What the exhibit should do at a given moment by its schedule, and when that next changes.
// Pure: the caller passes the time, so the app, the scenario runner and tests agree.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/schedule/schedule.h"
#include "kiosk/schedule/time_zone.h"

namespace kiosk::schedule {

// How far ahead evaluate() looks for the next change.
inline constexpr int kSearchDays = 400;

struct ActiveVariant {
    VariantMode mode = VariantMode::Attract;
    std::string tour;   // empty: every tour in order
    std::string label;  // for the staff log
};

struct ScheduleStatus {
    bool open = true;
    std::optional<ActiveVariant> variant;  // only ever while open
    // The next instant (UTC) at which open/closed or the variant changes; the app may sleep
    // until then. None when nothing changes within kSearchDays. While the clock is untrusted
    // it is the moment the clock would become trusted.
    std::optional<Millis> nextChange;
    bool clockTrusted = true;
    ClosedScreen closedScreen = ClosedScreen::Hours;
    std::string reason;  // one line for the staff log: "closed: Monday; opens Tuesday ..."
};

// A clock earlier than untrustedBeforeUtc (the content's version date, see utcStartOfDay) is
// wrong, as on a board without a real-time clock before NTP: the schedule is then ignored and
// the exhibit stays open.
ScheduleStatus evaluate(const Schedule& schedule, const TimeZone& zone, Millis utcNow,
                        Millis untrustedBeforeUtc);

// The hours of one local day after exceptions, e.g. for the closed screen's hours board.
// Ranges that start on the previous day and run past midnight are not included.
struct DayPlan {
    std::vector<TimeRange> hours;
    const ScheduleException* exception = nullptr;  // the exception that decided, if any
};
DayPlan planFor(const Schedule& schedule, const LocalDate& day);

// For the app: the content's schedule ready to evaluate. A schedule with errors, or a zone
// this computer does not have, leaves it always open; `problems` says why, for the staff log.
struct ScheduleSetup {
    Schedule schedule;
    TimeZone zone = TimeZone::utc();
    std::vector<std::string> problems;  // "/schedule/weekly/tuesday/1: expected ..."
};
ScheduleSetup setUpSchedule(std::string_view scheduleJson,
                            const std::filesystem::path& zoneinfoRoot = systemZoneinfo());

// Midnight UTC at the start of a day counted from 1970-01-01, for untrustedBeforeUtc:
// utcStartOfDay(settings.versionDate.firstDay()).
constexpr Millis utcStartOfDay(std::int64_t dayNumber) {
    return dayNumber * 86'400'000;
}

}  // namespace kiosk::schedule
