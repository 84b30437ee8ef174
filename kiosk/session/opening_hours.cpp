#include "kiosk/session/opening_hours.h"

#include <cstdio>
#include <cstdlib>

namespace kiosk::session {
namespace {

constexpr Millis kJumpToleranceMs = 60'000;  // wall and steady time may drift this far apart
constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};

}  // namespace

std::vector<std::string> OpeningHours::configure(const content::Settings& settings) {
    setup_ = schedule::setUpSchedule(settings.scheduleJson);
    untrustedBefore_ = schedule::utcStartOfDay(settings.versionDate.firstDay());
    evaluated_ = false;
    lastWall_.reset();
    return setup_.problems;
}

bool OpeningHours::refresh(const Clock& clock) {
    Millis wall = clock.wallMs(), steady = clock.steadyMs();
    bool jumped =
        lastWall_ && std::llabs((wall - *lastWall_) - (steady - *lastSteady_)) > kJumpToleranceMs;
    bool due = !evaluated_ || jumped || (status_.nextChange && wall >= *status_.nextChange);
    lastWall_ = wall;
    lastSteady_ = steady;
    if (!due) return false;
    auto before = status_;
    status_ = schedule::evaluate(setup_.schedule, setup_.zone, wall, untrustedBefore_);
    bool first = !evaluated_;
    evaluated_ = true;
    return first || before.open != status_.open || before.clockTrusted != status_.clockTrusted ||
           before.variant.has_value() != status_.variant.has_value();
}

std::optional<Millis> OpeningHours::steadyDeadline(const Clock& clock) const {
    if (!status_.nextChange) return std::nullopt;
    return clock.steadyMs() + std::max<Millis>(0, *status_.nextChange - clock.wallMs());
}

std::string OpeningHours::nextOpening() const {
    if (status_.open || !status_.nextChange) return "";
    auto local = setup_.zone.toLocal(*status_.nextChange);
    char buf[64];
    std::snprintf(buf, sizeof buf, "Opens %s at %02d:%02d", kWeekdays[local.weekday % 7],
                  local.minuteOfDay / 60, local.minuteOfDay % 60);
    return buf;
}

std::string OpeningHours::nextChangeTime() const {
    if (!status_.nextChange) return "";
    auto local = setup_.zone.toLocal(*status_.nextChange);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", local.minuteOfDay / 60, local.minuteOfDay % 60);
    return buf;
}

std::vector<std::string> OpeningHours::weekAhead(Millis wallNow) const {
    static const char* kMonths[] = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
    std::vector<std::string> lines;
    if (setup_.schedule.alwaysOpen()) return lines;
    auto today = setup_.zone.toLocal(wallNow).date();
    for (int i = 0; i < 7; ++i) {
        auto day = schedule::LocalDate::fromDayNumber(today.dayNumber() + i);
        auto plan = schedule::planFor(setup_.schedule, day);
        std::string line(schedule::weekdayName(day.weekday()));
        // A day that differs from the usual week is named by its date and the reason.
        if (plan.exception)
            line += " " + std::to_string(day.day) + " " + kMonths[(day.month - 1) % 12];
        line += ": ";
        if (plan.hours.empty()) line += "closed";
        for (std::size_t r = 0; r < plan.hours.size(); ++r)
            line += (r ? ", " : "") + schedule::formatTimeRange(plan.hours[r]);
        if (plan.exception && !plan.exception->label.empty())
            line += " (" + plan.exception->label + ")";
        lines.push_back(line);
    }
    return lines;
}

}  // namespace kiosk::session
