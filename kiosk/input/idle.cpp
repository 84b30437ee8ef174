#include "kiosk/input/idle.h"

#include <algorithm>
#include <cmath>

namespace kiosk::input {
namespace {

constexpr double kMinTimeoutSeconds = 1;
constexpr double kMaxTimeoutSeconds = 24 * 60 * 60;

Millis secondsToMs(double seconds) {
    if (!std::isfinite(seconds)) seconds = IdleTracker::kDefaultTimeoutSeconds;
    seconds = std::clamp(seconds, kMinTimeoutSeconds, kMaxTimeoutSeconds);
    return static_cast<Millis>(std::llround(seconds * 1000));
}

}  // namespace

IdleTracker::IdleTracker(double timeoutSeconds) : timeoutMs_(secondsToMs(timeoutSeconds)) {}

void IdleTracker::setTimeoutSeconds(double seconds) {
    timeoutMs_ = secondsToMs(seconds);
}

void IdleTracker::input(Millis now) {
    update(now);  // a touch after a missed timeout first closes the old visit
    if (lastInput_) now = std::max(now, *lastInput_);
    lastInput_ = now;
    if (visiting_) return;
    visiting_ = true;
    events_.push_back({VisitEventKind::VisitStart, now});
}

void IdleTracker::update(Millis now) {
    if (!visiting_ || !idleExpired(now)) return;
    visiting_ = false;
    events_.push_back({VisitEventKind::VisitEnd, *lastInput_ + timeoutMs_});
}

std::vector<VisitEvent> IdleTracker::take() {
    std::vector<VisitEvent> out;
    out.swap(events_);
    return out;
}

bool IdleTracker::idleExpired(Millis now) const {
    return !visiting_ || now >= *lastInput_ + timeoutMs_;
}

std::optional<Millis> IdleTracker::deadline() const {
    if (!visiting_) return std::nullopt;
    return *lastInput_ + timeoutMs_;
}

}  // namespace kiosk::input
