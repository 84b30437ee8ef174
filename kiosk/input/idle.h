#pragma once
// Tracks visits for the idle reset and the usage log. A visit runs from the first touch after
// idle until no input has come for the timeout; then the exhibit resets to its attract state.
#include <optional>
#include <vector>

#include "kiosk/core/clock.h"

namespace kiosk::input {

enum class VisitEventKind {
    VisitStart,  // at = the first touch
    VisitEnd,    // at = last input + timeout: the moment the exhibit should reset
};

struct VisitEvent {
    VisitEventKind kind;
    Millis at;
};

class IdleTracker {
  public:
    static constexpr double kDefaultTimeoutSeconds = 90;

    explicit IdleTracker(double timeoutSeconds = kDefaultTimeoutSeconds);
    // Clamped to 1 s .. 1 day; a non-finite value keeps the default.
    void setTimeoutSeconds(double seconds);
    Millis timeoutMs() const { return timeoutMs_; }

    // Any visitor input (touch, real mouse). Times that go backwards count as the latest seen.
    void input(Millis now);
    // Ends the visit once the timeout has passed. Call every frame or at deadline().
    void update(Millis now);
    // VisitStart / VisitEnd events since the last call, in order.
    std::vector<VisitEvent> take();

    bool visiting() const { return visiting_; }
    // True when no visit is running, or the running one has timed out by `now`.
    bool idleExpired(Millis now) const;
    // When the running visit times out; empty when idle (nothing to wake up for).
    std::optional<Millis> deadline() const;
    std::optional<Millis> lastInput() const { return lastInput_; }

  private:
    Millis timeoutMs_;
    bool visiting_ = false;
    std::optional<Millis> lastInput_;
    std::vector<VisitEvent> events_;
};

}  // namespace kiosk::input
