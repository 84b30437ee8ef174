// Lost events, bad values, time going backwards, deadlines and reset.
#include <doctest/doctest.h>

#include <limits>

#include "touch_script.h"

using namespace kiosk::input;
using namespace kiosk::input::test;
using K = GestureKind;
using kiosk::Millis;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

TEST_CASE("a dragging finger whose FINGERUP never arrives is dropped after staleContactMs") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.slide(1, {100, 100}, {400, 100}, 0, 100);  // fast, but the release is lost
    CHECK(s.recognizer.nextDeadline() == 4100);
    const std::size_t mark = s.mark();
    s.update(4099);
    CHECK(s.since(mark).empty());
    s.update(4100);
    REQUIRE(kinds(s.since(mark)) == Kinds{K::PanEnd});
    CHECK(s.log.back().velocity == Vec2{0, 0});  // no fling from a lost finger
    CHECK_FALSE(s.recognizer.flinging());
    CHECK(s.recognizer.contacts() == 0);
    CHECK_FALSE(s.recognizer.nextDeadline().has_value());

    SUBCASE("its late events adopt it again: a new pan from where it was, no jump, no fling") {
        s.move(1, {400, 120}, 4200);
        s.up(1, {400, 120}, 4300);
        CHECK(kinds(s.since(mark)) == Kinds{K::PanEnd, K::PanBegin, K::Pan, K::PanEnd});
        CHECK(sumOfDeltas(s.since(mark), K::Pan) == Vec2{0, 20});
        CHECK_FALSE(s.recognizer.flinging());
    }
}

TEST_CASE("a resting finger that never lifts is cancelled after staleContactMs") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.update(600);
    CHECK(kinds(s.log) == Kinds{K::LongPress});
    CHECK(s.recognizer.nextDeadline() == 4000);
    s.update(3999);
    CHECK(s.recognizer.contacts() == 1);
    s.update(4000);
    CHECK(kinds(s.log) == Kinds{K::LongPress, K::Cancel});
    CHECK(s.recognizer.contacts() == 0);
}

TEST_CASE("a pinch finger that goes stale leaves the other finger panning without a jump") {
    Session s;
    s.down(1, {100, 300}, 0);  // this one's FINGERUP will be lost
    s.down(2, {300, 300}, 0);
    s.slide(2, {300, 300}, {300, 100}, 0, 5000, 50);  // keeps moving
    CHECK(s.recognizer.contacts() == 1);
    CHECK(count(s.log, K::PanEnd) == 0);
    CHECK(count(s.log, K::Cancel) == 0);
    CHECK(count(s.log, K::Pan) > 0);
    CHECK(largestStep(s.log) <= 2.01f);  // 2 px per move; pinch deltas are half of that
    s.up(2, {300, 100}, 5000);
    CHECK(s.log.back().kind == K::PanEnd);
}

TEST_CASE("a second fingerDown for a finger already down is ignored") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.down(1, {500, 500}, 10);
    CHECK(s.recognizer.contacts() == 1);
    s.up(1, {100, 100}, 60);
    CHECK(kinds(s.log) == Kinds{K::Tap});
    CHECK(s.log[0].at == Vec2{100, 100});
}

TEST_CASE("an unknown finger's lift alone taps nothing; its motion beside a finger is a 2nd") {
    Session s;
    s.move(7, {10, 10}, 0);
    s.up(7, {10, 10}, 5);
    CHECK(s.log.empty());
    CHECK(s.recognizer.contacts() == 0);
    s.down(1, {100, 100}, 10);
    s.move(8, {400, 400}, 20);  // the panel says a second finger is down
    CHECK(s.recognizer.contacts() == 2);
    s.up(8, {400, 400}, 30);
    s.up(1, {100, 100}, 60);
    CHECK(count(s.log, K::Tap) == 0);  // two fingers were down: no tap
    CHECK(largestStep(s.log) == 0.0f);
}

TEST_CASE("non-finite or absurd positions are ignored") {
    Session s;
    s.down(1, {kNaN, 100}, 0);
    s.down(2, {100, kInf}, 0);
    s.down(3, {1e30f, 100}, 0);
    CHECK(s.recognizer.contacts() == 0);

    s.down(4, {100, 100}, 10);
    s.move(4, {150, 100}, 20);
    s.move(4, {kNaN, kNaN}, 30);
    s.move(4, {-kInf, 100}, 40);
    s.move(4, {160, 100}, 50);
    CHECK(sumOfDeltas(s.log, K::Pan).x == doctest::Approx(60));

    SUBCASE("an up with a bad position still ends the contact, where it last was") {
        s.up(4, {kNaN, 0}, 300);
        CHECK(s.recognizer.contacts() == 0);
        CHECK(s.log.back().kind == K::PanEnd);
        CHECK(s.log.back().at == Vec2{160, 100});
    }
    CHECK(allFinite(s.log));
}

TEST_CASE("time going backwards is treated as the latest time seen") {
    Session s;
    SUBCASE("a fling does not run backwards") {
        s.drag(1, {100, 100}, {400, 100}, 0, 100);
        s.update(200);
        const std::size_t mark = s.mark();
        s.update(150);
        CHECK(s.since(mark).empty());
        s.update(216);
        for (const Gesture& g : only(s.since(mark), K::Pan)) CHECK(g.delta.x > 0);
    }
    SUBCASE("an up stamped before its down still ends the contact") {
        s.down(1, {100, 100}, 1000);
        s.up(1, {100, 100}, 500);
        CHECK(s.recognizer.contacts() == 0);
        CHECK(s.log.empty());  // zero duration: too short to be a tap
    }
    SUBCASE("news stamped in the past still counts as fresh news") {
        s.down(1, {100, 100}, 1000);
        s.update(2000);
        s.move(1, {102, 100}, 500);
        CHECK(s.recognizer.nextDeadline() == 6000);  // not 4500
        s.update(5999);
        CHECK(s.recognizer.contacts() == 1);
    }
    SUBCASE("a long press does not fire early") {
        s.down(1, {100, 100}, 1000);
        s.update(1400);
        s.move(1, {101, 100}, 300);
        s.update(900);
        CHECK(s.recognizer.nextDeadline() == 1600);
        s.update(1599);
        CHECK(s.log.empty());
        s.update(1600);
        CHECK(kinds(s.log) == Kinds{K::LongPress});
    }
    CHECK(allFinite(s.log));
}

TEST_CASE("nextDeadline: long press while a finger rests, then the stale-contact timeout") {
    GestureRecognizer recognizer;
    CHECK_FALSE(recognizer.nextDeadline().has_value());
    recognizer.fingerDown(1, {100, 100}, 1000);
    CHECK(recognizer.nextDeadline() == 1600);
    recognizer.fingerMove(1, {103, 100}, 1200);  // still resting (within slop)
    CHECK(recognizer.nextDeadline() == 1600);
    recognizer.update(1600);
    CHECK(recognizer.nextDeadline() == 5200);  // last news at 1200
    recognizer.fingerDown(2, {300, 100}, 2000);
    CHECK(recognizer.nextDeadline() == 5200);
    recognizer.fingerMove(1, {104, 100}, 2500);
    CHECK(recognizer.nextDeadline() == 6000);  // finger 2's last news at 2000
    recognizer.fingerUp(1, {104, 100}, 2600);
    recognizer.fingerUp(2, {300, 100}, 2600);
    CHECK_FALSE(recognizer.nextDeadline().has_value());
}

TEST_CASE("animating while fingers are down or a fling coasts") {
    Session s;
    CHECK_FALSE(s.recognizer.animating());
    s.down(1, {100, 100}, 0);
    CHECK(s.recognizer.animating());
    s.slide(1, {100, 100}, {400, 100}, 0, 100);
    s.up(1, {400, 100}, 100);
    CHECK(s.recognizer.contacts() == 0);
    CHECK(s.recognizer.animating());
    s.frames(116, 2000);
    CHECK_FALSE(s.recognizer.animating());
}

TEST_CASE("reset drops contacts, inertia and untaken gestures") {
    GestureRecognizer recognizer;
    recognizer.fingerDown(1, {100, 100}, 0);
    recognizer.fingerMove(1, {200, 100}, 50);
    recognizer.fingerDown(2, {300, 100}, 60);
    recognizer.reset();
    CHECK(recognizer.contacts() == 0);
    CHECK(recognizer.take().empty());
    CHECK_FALSE(recognizer.animating());
    CHECK_FALSE(recognizer.nextDeadline().has_value());

    recognizer.fingerUp(1, {200, 100}, 70);  // from before the reset: unknown now
    CHECK(recognizer.take().empty());
    recognizer.fingerDown(3, {50, 50}, 100);
    recognizer.fingerUp(3, {50, 50}, 160);
    const Gestures after = recognizer.take();
    REQUIRE(after.size() == 1);
    CHECK(after[0].kind == K::Tap);
}

TEST_CASE("thresholds follow pixelsPerMm") {
    GestureConfig dense;
    dense.pixelsPerMm = 10;  // slop 40 px
    Session s(dense);
    s.down(1, {100, 100}, 0);
    s.move(1, {130, 100}, 40);  // 3 mm: still a tap here, a pan at 96 dpi
    s.up(1, {130, 100}, 80);
    CHECK(kinds(s.log) == Kinds{K::Tap});
}
