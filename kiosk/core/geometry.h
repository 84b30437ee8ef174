#pragma once
// Small value types shared by the pure models. Pixels are floats, top-left origin.
#include <algorithm>
#include <cmath>

namespace kiosk {

struct Vec2f {
    float x = 0, y = 0;
};

struct Rectf {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(Vec2f p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    Vec2f center() const { return {x + w / 2, y + h / 2}; }
    bool overlaps(const Rectf& o) const {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
};

// Ease in and out: slow start, slow finish, as a visitor's eye expects of a camera move.
inline double easeInOutCubic(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

}  // namespace kiosk
