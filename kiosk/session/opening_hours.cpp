#include "kiosk/session/opening_hours.h"

#include <cstdlib>

namespace kiosk::session {
namespace {

constexpr Millis kJumpToleranceMs = 60'000;  // wall and steady time may drift this far apart

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

std::string OpeningHours::nextOpening(std::string_view language) const {
    return nextOpening(text::localeFormatFor(language));
}

std::string OpeningHours::nextOpening(const text::LocaleFormat& format) const {
    if (status_.open || !status_.nextChange) return "";
    auto local = setup_.zone.toLocal(*status_.nextChange);
    return format.opens(local.weekday % 7, local.minuteOfDay);
}

std::string OpeningHours::nextChangeTime(std::string_view language) const {
    return nextChangeTime(text::localeFormatFor(language));
}

std::string OpeningHours::nextChangeTime(const text::LocaleFormat& format) const {
    if (!status_.nextChange) return "";
    return format.timeOfDay(setup_.zone.toLocal(*status_.nextChange).minuteOfDay);
}

std::vector<std::string> OpeningHours::weekAhead(Millis wallNow, std::string_view language) const {
    return weekAhead(wallNow, text::localeFormatFor(language));
}

std::vector<std::string> OpeningHours::weekAhead(Millis wallNow,
                                                 const text::LocaleFormat& format) const {
    std::vector<std::string> lines;
    if (setup_.schedule.alwaysOpen()) return lines;
    auto today = setup_.zone.toLocal(wallNow).date();
    for (int i = 0; i < 7; ++i) {
        auto day = schedule::LocalDate::fromDayNumber(today.dayNumber() + i);
        auto plan = schedule::planFor(setup_.schedule, day);
        std::string line = format.weekdayTitle(day.weekday());
        // A day that differs from the usual week is named by its date and the reason.
        if (plan.exception) line += " " + format.dayMonth(day.month, day.day);
        line += ": ";
        if (plan.hours.empty()) line += format.message("hours.closed_day");
        for (std::size_t r = 0; r < plan.hours.size(); ++r)
            line += (r ? ", " : "") + format.timeRange(plan.hours[r].start, plan.hours[r].end);
        if (plan.exception && !plan.exception->label.empty())
            line += " (" + plan.exception->label + ")";
        lines.push_back(line);
    }
    return lines;
}

}  // namespace kiosk::session
