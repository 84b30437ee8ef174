#include "kiosk/input/touch_transform.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace kiosk::input {

Vec2 TouchTransform::apply(Vec2 raw) const {
    float x = (raw.x - minX) / (maxX - minX);
    float y = (raw.y - minY) / (maxY - minY);
    x = std::clamp(x, 0.f, 1.f);
    y = std::clamp(y, 0.f, 1.f);
    switch (rotateDegrees) {
        case 90:
            return {1 - y, x};
        case 180:
            return {1 - x, 1 - y};
        case 270:
            return {y, 1 - x};
        default:
            return {x, y};
    }
}

bool TouchTransform::identity() const {
    return minX == 0 && minY == 0 && maxX == 1 && maxY == 1 && rotateDegrees == 0;
}

namespace {

bool parseFloats(std::string_view text, std::vector<float>& out) {
    std::string s(text);
    const char* p = s.c_str();
    while (*p) {
        char* end = nullptr;
        float v = std::strtof(p, &end);
        if (end == p || !std::isfinite(v)) return false;
        out.push_back(v);
        p = end;
        if (*p == ',')
            ++p;
        else if (*p)
            return false;
    }
    return true;
}

}  // namespace

TouchTransformParse parseTouchTransform(std::string_view rotate, std::string_view calibrate) {
    TouchTransformParse r;
    TouchTransform t;
    if (!rotate.empty()) {
        if (rotate == "0" || rotate == "90" || rotate == "180" || rotate == "270") {
            t.rotateDegrees = std::atoi(std::string(rotate).c_str());
        } else {
            r.error =
                "touch rotation must be 0, 90, 180 or 270, not \"" + std::string(rotate) + "\"";
            return r;
        }
    }
    if (!calibrate.empty()) {
        std::vector<float> v;
        if (!parseFloats(calibrate, v) || v.size() != 4 || v[2] - v[0] < 0.05f ||
            v[3] - v[1] < 0.05f) {
            r.error =
                "touch calibration wants minX,minY,maxX,maxY with max > min, e.g. "
                "0,0,0.66,0.66; got \"" +
                std::string(calibrate) + "\"";
            return r;
        }
        t.minX = v[0];
        t.minY = v[1];
        t.maxX = v[2];
        t.maxY = v[3];
    }
    r.transform = t;
    return r;
}

}  // namespace kiosk::input
