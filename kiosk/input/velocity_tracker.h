#pragma once
// Estimates a finger's velocity at release from its recent samples. A least-squares line through
// the last window of samples is used instead of the last two points, which touch panels make
// jittery (duplicate timestamps, one-pixel wobble, a final sample that lags).
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/input/vec2.h"

namespace kiosk::input {

class VelocityTracker {
  public:
    explicit VelocityTracker(Millis windowMs = 80) : windowMs_(windowMs) {}

    void add(Vec2 pos, Millis at);
    void clear();
    // Velocity in px/s at time `now`, fitted over the samples of the last window. Zero when the
    // samples span too little time, or when the finger had stopped before `now`.
    Vec2 velocityAt(Millis now) const;

    Millis windowMs() const { return windowMs_; }

  private:
    struct Sample {
        Vec2 pos;
        Millis at;
    };
    void dropOld(Millis now);

    Millis windowMs_;
    std::vector<Sample> samples_;
    Millis lastMotionAt_ = 0;
};

}  // namespace kiosk::input
