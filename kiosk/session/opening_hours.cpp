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

}  // namespace kiosk::session
