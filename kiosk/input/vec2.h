#pragma once
// A screen position or displacement in pixels, with the little arithmetic the touch models need.
#include <cmath>

namespace kiosk::input {

struct Vec2 {
    float x = 0, y = 0;
};

constexpr Vec2 operator+(Vec2 a, Vec2 b) {
    return {a.x + b.x, a.y + b.y};
}
constexpr Vec2 operator-(Vec2 a, Vec2 b) {
    return {a.x - b.x, a.y - b.y};
}
constexpr Vec2 operator*(Vec2 a, float k) {
    return {a.x * k, a.y * k};
}
constexpr Vec2 operator*(float k, Vec2 a) {
    return a * k;
}
constexpr bool operator==(Vec2 a, Vec2 b) {
    return a.x == b.x && a.y == b.y;
}

inline float length(Vec2 v) {
    return std::hypot(v.x, v.y);
}
inline float distance(Vec2 a, Vec2 b) {
    return length(a - b);
}
constexpr Vec2 midpoint(Vec2 a, Vec2 b) {
    return {(a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f};
}

// Drivers have been seen sending NaN, infinities and absurd values; such positions are dropped.
inline bool isUsablePosition(Vec2 v) {
    constexpr float kLimit = 1e6f;  // far beyond any screen, small enough that squares stay finite
    return std::isfinite(v.x) && std::isfinite(v.y) && std::fabs(v.x) <= kLimit &&
           std::fabs(v.y) <= kLimit;
}

}  // namespace kiosk::input
