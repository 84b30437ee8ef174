#pragma once
// Inertia after a flick. Constant deceleration (not exponential friction): the speed falls
// linearly to exactly zero, so a fling has a known end time v/a and a known length v²/(2a),
// and it never crawls on for seconds at sub-pixel speed keeping the display awake.
#include "kiosk/core/clock.h"
#include "kiosk/input/vec2.h"

namespace kiosk::input {

class Fling {
  public:
    // velocity in px/s, deceleration in px/s² (values <= 0 stop at once).
    Fling(Vec2 velocity, float deceleration, Millis start);

    // Displacement since the previous advance (or the start), in pixels.
    Vec2 advance(Millis now);
    bool finished() const { return lastAt_ >= endsAt_; }
    Millis endsAt() const { return endsAt_; }
    // Where the fling has carried the content since it began.
    Vec2 travelled() const { return travelled_; }
    // Total distance this fling will cover, in pixels.
    float totalDistance() const;

  private:
    Vec2 offsetAt(Millis now) const;

    Vec2 direction_;
    float speed_ = 0;
    float deceleration_ = 0;
    Millis start_;
    Millis endsAt_;
    Millis lastAt_;
    Vec2 travelled_;
};

}  // namespace kiosk::input
