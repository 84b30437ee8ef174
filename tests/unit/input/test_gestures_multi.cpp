// Pinch, finger joins and leaves, many fingers.
#include <doctest/doctest.h>

#include <cstdint>

#include "touch_script.h"

using namespace kiosk::input;
using namespace kiosk::input::test;
using K = GestureKind;
using kiosk::Millis;

TEST_CASE("spreading two fingers pinches by the ratio of their pixel distances") {
    Session s;
    s.down(1, {100, 300}, 0);
    s.down(2, {300, 300}, 10);
    for (int step = 1; step <= 10; ++step) {
        const float spread = 10.0f * static_cast<float>(step);
        s.move(1, {100 - spread, 300}, 10 + 20 * step);
        s.move(2, {300 + spread, 300}, 20 + 20 * step);
    }
    CHECK(productOfScales(s.log) == doctest::Approx(2.0));  // 200 px -> 400 px
    for (const Gesture& g : only(s.log, K::Pinch)) CHECK(g.at.y == doctest::Approx(300));
    CHECK(only(s.log, K::Pinch).back().at.x == doctest::Approx(200));
    CHECK(length(sumOfDeltas(s.log, K::Pinch)) == doctest::Approx(0).epsilon(1e-4));
    CHECK(kinds(s.log).front() == K::PanBegin);
    CHECK(s.log.front().at == Vec2{200, 300});
}

TEST_CASE("a vertical pinch scales exactly like a horizontal one on a wide screen") {
    // 800x480: normalised axes would make 200 vertical px count more than 200 horizontal px.
    Session s;
    s.down(1, {400, 140}, 0);
    s.down(2, {400, 340}, 0);
    s.move(1, {400, 40}, 20);
    s.move(2, {400, 440}, 20);
    CHECK(productOfScales(s.log) == doctest::Approx(2.0));
}

TEST_CASE("pinch and pan together: centroid motion arrives as Pinch deltas") {
    Session s;
    s.down(1, {200, 200}, 0);
    s.down(2, {400, 200}, 0);
    s.slide(1, {200, 200}, {200, 170}, 0, 100);  // to centroid (325,170), span 250
    s.slide(2, {400, 200}, {450, 170}, 100, 200);
    CHECK(productOfScales(s.log) == doctest::Approx(250.0 / 200.0));
    const Vec2 moved = sumOfDeltas(s.log, K::Pinch);
    CHECK(moved.x == doctest::Approx(25));
    CHECK(moved.y == doctest::Approx(-30));
    CHECK(only(s.log, K::Pinch).back().at == Vec2{325, 170});
}

TEST_CASE("fingers landing on the same spot do not divide by zero") {
    Session s;
    s.down(1, {300, 300}, 0);
    s.down(2, {300, 300}, 0);
    s.move(2, {301, 300}, 16);
    s.move(2, {340, 300}, 32);
    CHECK(allFinite(s.log));
    CHECK(largestScaleChange(s.log) < 3.0f);
}

TEST_CASE("a second visitor's finger landing mid-drag does not make the view jump") {
    Session s;
    s.down(1, {100, 300}, 0);
    s.slide(1, {100, 300}, {200, 300}, 0, 200);  // 5 px per 10 ms
    const std::size_t mark = s.mark();
    s.down(2, {600, 100}, 205);  // far away
    s.move(1, {202, 300}, 210);
    const Gestures joined = s.since(mark);
    REQUIRE(kinds(joined) == Kinds{K::Pinch});
    CHECK(joined[0].scale == doctest::Approx(1).epsilon(0.01));
    CHECK(length(joined[0].delta) <= 1.01f);  // half of finger 1's 2 px
    CHECK(count(s.log, K::PanBegin) == 1);
    CHECK(count(s.log, K::PanEnd) == 0);

    s.slide(1, {202, 300}, {252, 300}, 210, 310);  // 5 px per move: the pinch follows smoothly
    CHECK(largestStep(s.since(mark)) <= 2.51f);
}

// Two fingers pinch, one lifts, the other drags on. `firstUp` says which lifts first.
static void pinchThenDrag(std::int64_t firstUp) {
    Session s;
    s.down(1, {200, 300}, 0);
    s.down(2, {400, 300}, 0);
    s.slide(1, {200, 300}, {150, 300}, 0, 100);
    s.slide(2, {400, 300}, {450, 320}, 100, 200);
    const std::int64_t stays = firstUp == 1 ? 2 : 1;
    const Vec2 from = stays == 1 ? Vec2{150, 300} : Vec2{450, 320};
    s.up(firstUp, firstUp == 1 ? Vec2{150, 300} : Vec2{450, 320}, 210);
    const std::size_t mark = s.mark();
    s.slide(stays, from, from + Vec2{0, 120}, 220, 1420, 20);  // slowly: no fling
    s.up(stays, from + Vec2{0, 120}, 1420);
    const Gestures rest = s.since(mark);
    CHECK(count(rest, K::Pinch) == 0);
    CHECK(count(rest, K::PanBegin) == 0);  // the same manipulation continues
    CHECK(sumOfDeltas(rest, K::Pan).y == doctest::Approx(120));
    CHECK(sumOfDeltas(rest, K::Pan).x == doctest::Approx(0));
    CHECK(largestStep(s.log) <= 5.01f);
    CHECK(rest.back().kind == K::PanEnd);
    CHECK(count(s.log, K::PanBegin) == 1);
    CHECK(count(s.log, K::PanEnd) == 1);
}

TEST_CASE("pinch to drag: the remaining finger is re-based, whichever lifts first") {
    SUBCASE("first finger lifts") {
        pinchThenDrag(1);
    }
    SUBCASE("second finger lifts") {
        pinchThenDrag(2);
    }
}

TEST_CASE("two fingers lifting a few ms apart after a pinch do not fling") {
    Session s;
    s.down(1, {200, 300}, 0);
    s.down(2, {400, 300}, 0);
    s.slide(1, {200, 300}, {100, 300}, 0, 60);  // fast spread
    s.slide(2, {400, 300}, {500, 300}, 0, 60);
    s.up(1, {100, 300}, 60);
    s.up(2, {505, 300}, 64);
    CHECK(s.log.back().kind == K::PanEnd);
    CHECK_FALSE(s.recognizer.flinging());
}

TEST_CASE("a third finger is ignored until a driver lifts, then takes over without a jump") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.down(2, {300, 100}, 0);
    s.down(3, {500, 400}, 10);
    std::size_t mark = s.mark();
    s.slide(3, {500, 400}, {560, 400}, 10, 100);
    CHECK(s.since(mark).empty());

    s.up(1, {100, 100}, 110);  // drivers become fingers 2 and 3
    mark = s.mark();
    s.move(3, {562, 400}, 120);
    const Gestures next = s.since(mark);
    REQUIRE(kinds(next) == Kinds{K::Pinch});
    CHECK(length(next[0].delta) <= 1.01f);
    CHECK(next[0].scale == doctest::Approx(1).epsilon(0.01));
    CHECK(next[0].at == Vec2{(300 + 562) / 2.0f, 250});
}

// A deterministic random walk for the ten-finger test.
static float jitter(std::uint32_t& state) {
    state = state * 1664525u + 1013904223u;
    return static_cast<float>(state >> 8) / static_cast<float>(1u << 24) * 4.0f - 2.0f;
}

TEST_CASE("ten fingers at once: no crash, one manipulation, no jumps as fingers join and leave") {
    Session s;
    Vec2 pos[10];
    for (int f = 0; f < 10; ++f) {
        pos[f] = {120.0f + 150.0f * static_cast<float>(f % 5), 150.0f + 200.0f * (f / 5)};
        s.down(f, pos[f], f * 10);
    }
    CHECK(s.recognizer.contacts() == 10);
    std::uint32_t seed = 42;
    for (Millis t = 100; t < 600; t += 16) {
        for (int f = 0; f < 10; ++f) {
            pos[f] = pos[f] + Vec2{jitter(seed), jitter(seed)};  // at most 2 px per axis
            s.move(f, pos[f], t);
        }
    }
    const int liftOrder[10] = {3, 0, 7, 1, 9, 2, 5, 8, 4, 6};
    for (int i = 0; i < 10; ++i) {
        s.up(liftOrder[i], pos[liftOrder[i]], 600 + i * 7);
        CHECK(s.recognizer.contacts() == 9 - i);
    }
    const Gestures held = before(s.log, K::PanEnd);
    CHECK(count(s.log, K::PanBegin) == 1);
    CHECK(count(s.log, K::PanEnd) == 1);
    CHECK(count(s.log, K::Tap) + count(s.log, K::LongPress) + count(s.log, K::Cancel) == 0);
    CHECK(largestStep(held) <= 2.83f);  // never more than one finger's own step
    CHECK(largestScaleChange(held) < 0.2f);
    CHECK(allFinite(s.log));
}

TEST_CASE("fingers beyond maxContacts are ignored") {
    Session s;
    for (int f = 0; f < 30; ++f) s.down(f, {10.0f * static_cast<float>(f), 100}, f);
    CHECK(s.recognizer.contacts() == s.recognizer.config().maxContacts);
    for (int f = 0; f < 30; ++f) s.up(f, {10.0f * static_cast<float>(f), 100}, 100);
    CHECK(s.recognizer.contacts() == 0);
    CHECK(s.log.back().kind == K::PanEnd);
}
