// The release-velocity fit and the fling model on their own.
#include <doctest/doctest.h>

#include "kiosk/input/fling.h"
#include "kiosk/input/velocity_tracker.h"

using namespace kiosk::input;

TEST_CASE("VelocityTracker: steady motion gives its exact speed") {
    VelocityTracker tracker(80);
    for (kiosk::Millis t = 0; t <= 200; t += 8)
        tracker.add({2.0f * static_cast<float>(t), -1.0f * static_cast<float>(t)}, t);
    const Vec2 v = tracker.velocityAt(200);
    CHECK(v.x == doctest::Approx(2000));
    CHECK(v.y == doctest::Approx(-1000));
}

TEST_CASE("VelocityTracker: only the last window counts") {
    VelocityTracker tracker(80);
    for (kiosk::Millis t = 0; t <= 300; t += 10)  // right, then back left for the last 100 ms
        tracker.add({t <= 200 ? static_cast<float>(t) : 400.0f - static_cast<float>(t), 0}, t);
    CHECK(tracker.velocityAt(300).x == doctest::Approx(-1000));
}

TEST_CASE("VelocityTracker: a one-pixel wobble barely moves the estimate") {
    VelocityTracker tracker(80);
    for (kiosk::Millis t = 0; t <= 100; t += 10)
        tracker.add({static_cast<float>(t) + (t % 20 == 0 ? 1.0f : -1.0f), 0}, t);
    CHECK(tracker.velocityAt(100).x == doctest::Approx(1000).epsilon(0.15));
}

TEST_CASE("VelocityTracker: too short a span or a finger at rest gives zero") {
    VelocityTracker tracker(80);
    tracker.add({0, 0}, 0);
    tracker.add({30, 0}, 5);  // 6000 px/s from two samples 5 ms apart: not trusted
    CHECK(tracker.velocityAt(5) == Vec2{0, 0});

    VelocityTracker rested(80);
    for (kiosk::Millis t = 0; t <= 100; t += 10) rested.add({static_cast<float>(t), 0}, t);
    rested.add({100, 0}, 150);  // the release, 50 ms after the last motion
    CHECK(rested.velocityAt(150) == Vec2{0, 0});
}

TEST_CASE("VelocityTracker: samples at the same millisecond do not divide by zero") {
    VelocityTracker tracker(80);
    tracker.add({0, 0}, 10);
    tracker.add({5, 0}, 10);
    tracker.add({9, 0}, 10);
    CHECK(tracker.velocityAt(10) == Vec2{0, 0});
    tracker.clear();
    CHECK(tracker.velocityAt(10) == Vec2{0, 0});
}

TEST_CASE("Fling: constant deceleration travels v²/2a and stops after v/a") {
    Fling fling({3000, -4000}, 10000, 1000);  // 5000 px/s
    CHECK(fling.endsAt() == 1500);
    CHECK(fling.totalDistance() == doctest::Approx(1250));
    Vec2 sum;
    float previous = 1e9f;
    for (kiosk::Millis t = 1010; t <= 1500; t += 10) {
        const Vec2 step = fling.advance(t);
        CHECK(length(step) < previous);
        previous = length(step);
        sum = sum + step;
    }
    CHECK(fling.finished());
    CHECK(sum.x == doctest::Approx(750));
    CHECK(sum.y == doctest::Approx(-1000));
    CHECK(fling.advance(2000) == Vec2{0, 0});
}

TEST_CASE("Fling: the distance does not depend on the frame rate") {
    Fling fast({1000, 0}, 2000, 0), slow({1000, 0}, 2000, 0);
    float byFast = 0, bySlow = 0;
    for (kiosk::Millis t = 7; t <= 600; t += 7) byFast += fast.advance(t).x;
    for (kiosk::Millis t = 50; t <= 600; t += 50) bySlow += slow.advance(t).x;
    CHECK(byFast == doctest::Approx(250));
    CHECK(bySlow == doctest::Approx(250));
}

TEST_CASE("Fling: zero speed, bad deceleration or time going backwards move nothing") {
    CHECK(Fling({0, 0}, 1000, 0).finished());
    CHECK(Fling({100, 0}, 0, 0).finished());
    Fling fling({1000, 0}, 2000, 0);
    const Vec2 first = fling.advance(100);
    CHECK(first.x > 0);
    CHECK(fling.advance(50) == Vec2{0, 0});
    CHECK(fling.advance(100) == Vec2{0, 0});
}
