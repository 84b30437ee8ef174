#pragma once
// Maps a touch panel's normalised coordinates onto the screen when they disagree: a panel
// mounted rotated relative to the display, or a USB panel whose raw range does not reach the
// edges (SDL 2.26 does not normalise absolute USB panels; "only 2/3 of the screen works").
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/input/vec2.h"

namespace kiosk::input {

struct TouchTransform {
    // The raw values the panel reports at the screen's left/top and right/bottom edges.
    float minX = 0, minY = 0, maxX = 1, maxY = 1;
    int rotateDegrees = 0;  // 0, 90, 180 or 270, clockwise, applied after calibration

    // Raw 0..1 panel coordinates to 0..1 screen coordinates, clamped to the screen.
    Vec2 apply(Vec2 raw) const;
    bool identity() const;
};

struct TouchTransformParse {
    std::optional<TouchTransform> transform;
    std::string error;
};

// rotate: "0", "90", "180", "270"; calibrate: "minX,minY,maxX,maxY" (e.g. "0,0,0.66,0.66").
TouchTransformParse parseTouchTransform(std::string_view rotate, std::string_view calibrate);

}  // namespace kiosk::input
