// One-finger drags, release velocity and fling inertia.
#include <doctest/doctest.h>

#include "touch_script.h"

using namespace kiosk::input;
using namespace kiosk::input::test;
using K = GestureKind;
using kiosk::Millis;

// Default config at 96 dpi: fling below 226.8 px/s stops dead, deceleration 9450 px/s²,
// flings are capped at 7560 px/s.
constexpr float kDecelPx = 2500 * 3.78f;
constexpr float kMaxSpeedPx = 2000 * 3.78f;

TEST_CASE("a drag pans from the touch-down point and the deltas add up to the finger's travel") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.slide(1, {100, 100}, {300, 180}, 0, 400);
    s.up(1, {300, 180}, 400);
    const Gestures drag = before(s.log, K::PanEnd);
    REQUIRE_FALSE(drag.empty());
    CHECK(drag[0].kind == K::PanBegin);
    CHECK(drag[0].at == Vec2{100, 100});
    CHECK(count(drag, K::PanBegin) == 1);
    CHECK(count(drag, K::Pan) == static_cast<int>(drag.size()) - 1);
    const Vec2 travelled = sumOfDeltas(drag, K::Pan);
    CHECK(travelled.x == doctest::Approx(200));
    CHECK(travelled.y == doctest::Approx(80));
    CHECK(count(s.log, K::PanEnd) == 1);
}

TEST_CASE("release velocity is fitted over recent samples, not taken from the last two") {
    Session s;
    s.down(1, {0, 100}, 0);
    s.slide(1, {0, 100}, {200, 100}, 0, 200);  // 1000 px/s
    s.up(1, {204, 100}, 201);                  // jittery last sample: 4 px in 1 ms
    const Gesture end = only(s.log, K::PanEnd).at(0);
    CHECK(end.velocity.x == doctest::Approx(1000).epsilon(0.1));
    CHECK(end.velocity.y == doctest::Approx(0).epsilon(0.01));
    CHECK(end.at == Vec2{204, 100});
}

TEST_CASE("a finger that stops before lifting does not fling") {
    Session s;
    s.down(1, {0, 100}, 0);
    s.slide(1, {0, 100}, {300, 100}, 0, 100);  // fast
    s.up(1, {300, 100}, 250);                  // rested 150 ms first
    CHECK(only(s.log, K::PanEnd).at(0).velocity == Vec2{0, 0});
    CHECK_FALSE(s.recognizer.flinging());
    CHECK_FALSE(s.recognizer.animating());
}

TEST_CASE("a slow release stops dead: PanEnd and no fling") {
    Session s;
    s.drag(1, {0, 100}, {100, 100}, 0, 1000, 20);  // 100 px/s < 226.8 px/s
    CHECK(s.log.back().kind == K::PanEnd);
    CHECK(s.log.back().velocity.x == doctest::Approx(100).epsilon(0.1));
    CHECK_FALSE(s.recognizer.flinging());
    s.frames(1016, 1500);
    CHECK(s.log.back().kind == K::PanEnd);
}

TEST_CASE("a flick coasts with decreasing Pan steps, the right distance, then FlingEnd") {
    Session s;
    s.drag(1, {100, 100}, {400, 100}, 0, 100);  // 3000 px/s
    const float speed = s.log.back().velocity.x;
    REQUIRE(speed == doctest::Approx(3000).epsilon(0.05));
    CHECK(s.recognizer.flinging());
    CHECK(s.recognizer.animating());

    const std::size_t mark = s.mark();
    s.frames(116, 1000);
    const Gestures coast = s.since(mark);
    REQUIRE(coast.size() >= 3);
    CHECK(coast.back().kind == K::FlingEnd);
    const Gestures pans = before(coast, K::FlingEnd);
    CHECK(count(pans, K::Pan) == static_cast<int>(pans.size()));
    for (std::size_t i = 1; i < pans.size(); ++i) {
        CHECK(pans[i].delta.x > 0);
        CHECK(pans[i].delta.x <= pans[i - 1].delta.x + 1e-3f);
    }
    CHECK(sumOfDeltas(pans, K::Pan).x == doctest::Approx(speed * speed / (2 * kDecelPx)));
    CHECK(sumOfDeltas(pans, K::Pan).y == doctest::Approx(0));
    CHECK_FALSE(s.recognizer.flinging());
    CHECK_FALSE(s.recognizer.animating());
}

TEST_CASE("the fling ends when the speed reaches zero, v/a after the release") {
    Session s;
    s.drag(1, {100, 100}, {400, 100}, 0, 100);
    const float speed = s.log.back().velocity.x;
    const Millis endsAt = 100 + static_cast<Millis>(std::ceil(1000 * speed / kDecelPx));
    s.update(endsAt - 1);
    CHECK(s.log.back().kind == K::Pan);
    s.update(endsAt);
    CHECK(s.log.back().kind == K::FlingEnd);
}

TEST_CASE("an absurdly fast flick is capped at flingMaxSpeedMmPerS") {
    Session s;
    s.drag(1, {0, 100}, {3000, 100}, 0, 50);  // 60000 px/s: a glitch, not a hand
    CHECK(s.log.back().velocity.x > kMaxSpeedPx);
    const std::size_t mark = s.mark();
    s.frames(66, 3000);
    const float coasted = sumOfDeltas(s.since(mark), K::Pan).x;
    CHECK(coasted == doctest::Approx(kMaxSpeedPx * kMaxSpeedPx / (2 * kDecelPx)).epsilon(0.01));
}

TEST_CASE("a new finger catches a coasting fling at once, and that touch taps nothing") {
    Session s;
    s.drag(1, {100, 100}, {400, 100}, 0, 100);
    s.frames(116, 132);
    REQUIRE(s.recognizer.flinging());
    const std::size_t mark = s.mark();
    s.down(2, {500, 300}, 140);
    CHECK(s.log.back().kind == K::FlingEnd);
    CHECK_FALSE(s.recognizer.flinging());
    s.up(2, {500, 300}, 200);
    s.frames(216, 600);
    const Gestures caught = s.since(mark);
    CHECK(count(caught, K::Tap) == 0);
    CHECK(after(caught, K::FlingEnd).empty());  // no coasting Pans after the catch
}

TEST_CASE("the finger that caught a fling can drag straight away") {
    Session s;
    s.drag(1, {100, 100}, {400, 100}, 0, 100);
    s.update(116);
    const std::size_t mark = s.mark();
    s.down(2, {500, 300}, 130);
    s.slide(2, {500, 300}, {500, 200}, 130, 630);
    s.up(2, {500, 200}, 630);
    const Gestures caught = after(s.since(mark), K::FlingEnd);
    CHECK(kinds(caught).front() == K::PanBegin);
    CHECK(sumOfDeltas(caught, K::Pan).y == doctest::Approx(-100));
}

TEST_CASE("coasting Pans report where the content has moved to") {
    Session s;
    s.drag(1, {100, 100}, {400, 100}, 0, 100);
    s.frames(116, 1000);
    const Gesture last = only(s.log, K::Pan).back();
    const float coasted = sumOfDeltas(after(s.log, K::PanEnd), K::Pan).x;
    CHECK(last.at.x == doctest::Approx(400 + coasted));
}
