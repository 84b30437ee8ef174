#include "kiosk/session/layout.h"

#include <algorithm>

namespace kiosk::session {

Layout computeLayout(int width, int height, float pixelsPerMm) {
    Layout l;
    float w = float(std::max(width, 1)), h = float(std::max(height, 1));
    l.screen = {0, 0, w, h};
    l.portrait = h > w;
    float shortSide = std::min(w, h);
    // Text is sized for the panel (at least ~4 mm of x-height-ish body) and for the screen,
    // whichever is larger, so a 4K wall panel is not filled with tiny print.
    l.bodyPx = std::max(4.2f * pixelsPerMm, shortSide / 38.0f);
    l.titlePx = l.bodyPx * 1.6f;
    l.smallPx = std::max(3.2f * pixelsPerMm, l.bodyPx * 0.8f);
    l.minTargetPx = 9.0f * pixelsPerMm;
    l.unit = std::max(4.0f, l.bodyPx * 0.4f);

    float headerH = std::max(l.titlePx * 1.5f, l.minTargetPx + l.unit);
    l.header = {0, 0, w, headerH};
    float bodyY = headerH, bodyH = h - headerH;
    if (l.portrait) {
        float mapH = bodyH * 0.58f;
        l.map = {0, bodyY, w, mapH};
        l.timeline = {0, bodyY + mapH, w, bodyH - mapH};
    } else {
        float mapW = w * 0.58f;
        l.map = {0, bodyY, mapW, bodyH};
        l.timeline = {mapW, bodyY, w - mapW, bodyH};
    }
    return l;
}

}  // namespace kiosk::session
