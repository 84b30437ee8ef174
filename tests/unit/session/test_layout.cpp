#include <doctest/doctest.h>

#include <tuple>

#include <algorithm>

#include "kiosk/session/layout.h"

using namespace kiosk;
using namespace kiosk::session;

namespace {

bool inside(const Rectf& inner, const Rectf& outer) {
    return inner.x >= outer.x - 0.5f && inner.y >= outer.y - 0.5f &&
           inner.x + inner.w <= outer.x + outer.w + 0.5f &&
           inner.y + inner.h <= outer.y + outer.h + 0.5f;
}

bool apart(const Rectf& a, const Rectf& b) {
    Rectf shrunk{a.x + 0.5f, a.y + 0.5f, a.w - 1, a.h - 1};
    return !shrunk.overlaps(b);
}

struct Screen {
    int w, h;
    float ppm;
};
constexpr Screen kScreens[] = {{800, 480, 5.25f},
                               {1280, 800, 5.9f},
                               {1920, 1080, 3.6f},
                               {1080, 1920, 3.6f},
                               {3840, 2160, 3.2f}};

}  // namespace

TEST_CASE("on every screen the parts fit the screen and never overlap") {
    for (auto s : kScreens) {
        for (float open : {0.f, 1.f}) {
            Layout l = computeLayout(s.w, s.h, s.ppm, open);
            CAPTURE(s.w);
            CAPTURE(open);
            CHECK(inside(l.header, l.screen));
            CHECK(inside(l.map, l.screen));
            CHECK(inside(l.timeline, l.screen));
            CHECK(apart(l.map, l.timeline));
            CHECK(apart(l.header, l.map));
            if (open == 1.f) {
                CHECK(inside(l.card, l.screen));
                CHECK(apart(l.card, l.map));
                CHECK(apart(l.card, l.timeline));
            } else {
                CHECK_FALSE(l.card.overlaps(l.screen));  // waiting off-screen
            }
        }
    }
}

TEST_CASE("landscape puts map and timeline side by side, portrait stacks them") {
    Layout land = computeLayout(1920, 1080, 3.6f);
    CHECK_FALSE(land.portrait);
    CHECK(land.timeline.x >= land.map.x + land.map.w - 0.5f);
    Layout port = computeLayout(1080, 1920, 3.6f);
    CHECK(port.portrait);
    CHECK(port.timeline.y >= port.map.y + port.map.h - 0.5f);
}

TEST_CASE("an open card takes the lower part in portrait and a column in landscape") {
    Layout port = computeLayout(1080, 1920, 3.6f, 1);
    CHECK(port.card.y > port.screen.h * 0.5f);
    CHECK(port.card.w == doctest::Approx(1080));
    Layout land = computeLayout(800, 480, 5.25f, 1);
    CHECK(land.card.x + land.card.w == doctest::Approx(800));
    // A short screen (800x480: about 13 body lines high) gives the card 60% and a title
    // near body size, so it shows more than its title; the map keeps the rest.
    CHECK(land.shortScreen);
    CHECK(land.card.w == doctest::Approx(480));
    CHECK(land.cardTitlePx < land.titlePx);
    // Elsewhere room for a readable line, but never more than half the screen.
    for (auto [w, h, ppm] :
         {std::tuple{1280, 800, 5.87f}, {1920, 1080, 4.03f}, {3840, 2160, 3.2f}}) {
        Layout l = computeLayout(w, h, ppm, 1);
        CAPTURE(w);
        CHECK_FALSE(l.shortScreen);
        CHECK(l.cardTitlePx == l.titlePx);
        CHECK(l.card.w >= std::min(l.bodyPx * 16, float(w) * 0.5f) - 0.5f);
        CHECK(l.card.w <= float(w) * 0.5f + 0.5f);
    }
}

TEST_CASE("text and targets follow the panel: 4 mm body text, 9 mm targets") {
    Layout l = computeLayout(800, 480, 5.25f);
    CHECK(l.bodyPx >= 4.2f * 5.25f - 0.01f);
    CHECK(l.minTargetPx == doctest::Approx(9 * 5.25f));
    Layout big = computeLayout(3840, 2160, 3.2f);
    CHECK(big.bodyPx >= 2160 / 38.0f - 0.01f);
}

TEST_CASE("the card slides: half open lies between closed and open") {
    Layout a = computeLayout(1920, 1080, 3.6f, 0), b = computeLayout(1920, 1080, 3.6f, 1);
    Layout m = computeLayout(1920, 1080, 3.6f, 0.5f);
    CHECK(m.card.x == doctest::Approx((a.card.x + b.card.x) / 2));
    CHECK(m.map.w == doctest::Approx((a.map.w + b.map.w) / 2));
}

TEST_CASE("capitals reach 3 mm in body text and 2.5 mm in labels on every panel") {
    // The line box (bodyPx) overstates the letters: capitals are kCapHeightPerPx of it.
    for (auto s : kScreens) {
        CAPTURE(s.w);
        Layout l = computeLayout(s.w, s.h, s.ppm);
        CHECK(l.pixelsPerMm == s.ppm);
        CHECK(l.bodyPx * kCapHeightPerPx / s.ppm >= kBodyCapMm - 0.001f);
        CHECK(l.smallPx * kCapHeightPerPx / s.ppm >= kLabelCapMm - 0.001f);
        CHECK(l.captionTitlePx * kCapHeightPerPx / s.ppm >= kBodyCapMm - 0.001f);
        CHECK(l.titlePx > l.bodyPx * 1.3f);  // titles stay clearly larger
    }
}

TEST_CASE("attract's caption area leaves more than half of the map in view") {
    for (auto s : kScreens) {
        for (bool rtl : {false, true}) {
            CAPTURE(s.w);
            CAPTURE(rtl);
            Layout l = computeLayout(s.w, s.h, s.ppm, 0, rtl);
            CHECK(l.caption.h <= l.map.h * 0.45f);  // the box itself fits its text
            CHECK(inside(l.caption, l.map));
        }
    }
}
