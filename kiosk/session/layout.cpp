#include "kiosk/session/layout.h"

#include <algorithm>

namespace kiosk::session {
namespace {

Rectf lerp(const Rectf& a, const Rectf& b, float t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.w + (b.w - a.w) * t,
            a.h + (b.h - a.h) * t};
}

void sizeText(Layout& l, float w, float h, float pixelsPerMm) {
    float shortSide = std::min(w, h);
    // Text is sized by its capitals on the panel or for the screen, whichever is larger, so a
    // 4K wall panel is not filled with tiny print.
    l.pixelsPerMm = pixelsPerMm;
    float mmPerCapPx = pixelsPerMm / kCapHeightPerPx;
    l.bodyPx = std::max(kBodyCapMm * mmPerCapPx, shortSide / 38.0f);
    l.titlePx = l.bodyPx * 1.45f;
    l.smallPx = std::max(kLabelCapMm * mmPerCapPx, l.bodyPx * 0.8f);
    // 9 mm of glass, and never small beside the text on a big screen read from afar.
    l.minTargetPx = std::max(9.0f * pixelsPerMm, l.bodyPx * 1.55f);
    l.unit = std::max(4.0f, l.bodyPx * 0.4f);
}

// About 16 body-size letters wide, within 40-50% of the screen (never more: the map stays).
// On a short screen the card is mostly title at half the width: it gets up to 60%, so its
// lines hold more and its title fewer lines.
float cardWidth(const Layout& l, Rectf body) {
    float most = l.shortScreen ? 0.6f : 0.5f;
    return std::min(std::max(body.w * (l.shortScreen ? most : 0.4f), l.bodyPx * 16), body.w * most);
}

// Without a card: map and timeline side by side (landscape) or stacked (portrait).
void closedLayout(Layout& l, Rectf body) {
    if (l.portrait) {
        float mapH = body.h * 0.58f;
        l.map = {body.x, body.y, body.w, mapH};
        l.timeline = {body.x, body.y + mapH, body.w, body.h - mapH};
        l.card = {body.x, body.y + body.h, body.w, body.h * 0.45f};  // just below the screen
    } else {
        float mapW = body.w * 0.58f;
        l.map = {body.x, body.y, mapW, body.h};
        l.timeline = {body.x + mapW, body.y, body.w - mapW, body.h};
        float cardW = cardWidth(l, body);
        l.card = {body.x + body.w, body.y, cardW, body.h};  // just off the right edge
    }
}

// With a card: portrait gives it the lower part; landscape gives it a right-hand column and
// stacks the map over the timeline beside it, so both stay visible with the selection.
void openLayout(Layout& l, Rectf body) {
    if (l.portrait) {
        float cardH = body.h * 0.45f;
        float rest = body.h - cardH;
        l.map = {body.x, body.y, body.w, rest * 0.62f};
        l.timeline = {body.x, body.y + rest * 0.62f, body.w, rest * 0.38f};
        l.card = {body.x, body.y + rest, body.w, cardH};
    } else {
        float cardW = cardWidth(l, body);
        float leftW = body.w - cardW;
        l.map = {body.x, body.y, leftW, body.h * 0.6f};
        l.timeline = {body.x, body.y + body.h * 0.6f, leftW, body.h * 0.4f};
        l.card = {body.x + leftW, body.y, cardW, body.h};
    }
}

}  // namespace

Layout computeLayout(int width, int height, float pixelsPerMm, float cardOpen, bool rtl) {
    Layout l;
    float w = float(std::max(width, 1)), h = float(std::max(height, 1));
    l.screen = {0, 0, w, h};
    l.portrait = h > w;
    l.cardOpen = std::clamp(cardOpen, 0.f, 1.f);
    sizeText(l, w, h, pixelsPerMm);
    float headerH = std::max(l.titlePx * 1.3f, l.minTargetPx + l.unit);
    l.header = {0, 0, w, headerH};
    Rectf body{0, headerH, w, h - headerH};
    // Lines of about 1.4 body sizes: under 13 (less its bars), a card shows its title and little
    // else.
    l.shortScreen = !l.portrait && body.h < l.bodyPx * 1.4f * 13;
    l.cardTitlePx = l.shortScreen ? l.bodyPx * 1.15f : l.titlePx;
    Layout closed = l, open = l;
    closedLayout(closed, body);
    openLayout(open, body);
    l.map = lerp(closed.map, open.map, l.cardOpen);
    l.timeline = lerp(closed.timeline, open.timeline, l.cardOpen);
    l.card = lerp(closed.card, open.card, l.cardOpen);
    // Two title lines, a date line and up to three body lines, sized from the text it holds.
    // Arabic lines are taller (Noto Sans Arabic's ascender and descender span 1.55 of
    // Noto Sans's), so a right-to-left caption gets the room it needs. On a small map the
    // caption gives up body lines, then a title line, to leave most of the map in view.
    float line = rtl ? 1.55f : 1.25f;
    l.captionBodyLines = 3;
    l.captionTitlePx = l.titlePx;
    auto captionHeight = [&] {
        return l.unit * 3.5f + l.captionTitlePx * 2 * line + l.smallPx * line * 1.1f +
               l.bodyPx * float(l.captionBodyLines) * line;
    };
    float captionW = std::min(l.map.w - l.unit * 4, l.bodyPx * 30);
    // At most about a third of the map: fewer body lines, then a smaller title.
    float budget = l.map.h * 0.34f;
    while (l.captionBodyLines > 1 && captionHeight() > budget) --l.captionBodyLines;
    if (captionHeight() > budget) l.captionTitlePx = l.bodyPx;
    while (l.captionBodyLines > 0 && captionHeight() > budget) --l.captionBodyLines;
    float captionH = captionHeight();
    l.caption = {l.map.x + l.unit * 2, l.map.y + l.map.h - captionH - l.unit * 2, captionW,
                 captionH};
    l.prompt = {l.map.x, l.map.y + l.unit * 1.5f, l.map.w, l.titlePx + l.unit * 3};
    if (rtl) {
        l.rtl = true;
        for (Rectf* r : {&l.header, &l.map, &l.timeline, &l.card, &l.caption, &l.prompt})
            r->x = w - r->x - r->w;
    }
    return l;
}

}  // namespace kiosk::session
