#include "kiosk/input/fling.h"

#include <algorithm>
#include <cmath>

namespace kiosk::input {

Fling::Fling(Vec2 velocity, float deceleration, Millis start)
    : speed_(length(velocity)), start_(start), endsAt_(start), lastAt_(start) {
    if (!(speed_ > 0) || !std::isfinite(speed_) || !(deceleration > 0)) {
        speed_ = 0;
        return;
    }
    direction_ = velocity * (1.0f / speed_);
    deceleration_ = deceleration;
    endsAt_ = start + static_cast<Millis>(std::ceil(1000.0 * speed_ / deceleration_));
}

float Fling::totalDistance() const {
    return deceleration_ > 0 ? speed_ * speed_ / (2 * deceleration_) : 0.0f;
}

Vec2 Fling::offsetAt(Millis now) const {
    if (speed_ == 0) return {};
    const double stopAfter = speed_ / deceleration_;
    const double t = std::clamp((now - start_) / 1000.0, 0.0, stopAfter);
    const double along = speed_ * t - 0.5 * deceleration_ * t * t;
    return direction_ * static_cast<float>(along);
}

Vec2 Fling::advance(Millis now) {
    if (now <= lastAt_) return {};
    lastAt_ = std::min(now, endsAt_);
    const Vec2 offset = offsetAt(lastAt_);
    const Vec2 step = offset - travelled_;
    travelled_ = offset;
    return step;
}

}  // namespace kiosk::input
