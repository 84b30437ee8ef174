// Taps, double taps, long presses and ghost contacts.
#include <doctest/doctest.h>

#include "touch_script.h"

using namespace kiosk::input;
using namespace kiosk::input::test;
using K = GestureKind;
using kiosk::Millis;

// Default config at 96 dpi: tap slop 15.1 px, double-tap slop 30.2 px.

TEST_CASE("a short touch taps once, at the touch-down point") {
    Session s;
    s.down(1, {100, 100}, 1000);
    s.up(1, {102, 101}, 1080);
    CHECK(kinds(s.log) == Kinds{K::Tap});
    CHECK(s.log[0].at == Vec2{100, 100});
    CHECK(s.recognizer.contacts() == 0);
}

TEST_CASE("a finger wandering less than the tap slop still taps") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.move(1, {110, 105}, 40);  // 11.2 px from the start
    s.move(1, {104, 111}, 70);  // 11.7 px
    s.up(1, {104, 111}, 90);
    CHECK(kinds(s.log) == Kinds{K::Tap});
}

TEST_CASE("moving past the tap slop pans instead of tapping") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.move(1, {116, 100}, 40);  // 16 px
    CHECK(kinds(s.log) == Kinds{K::PanBegin, K::Pan});
    s.up(1, {116, 100}, 300);
    CHECK(count(s.log, K::Tap) == 0);
    CHECK(s.log.back().kind == K::PanEnd);
}

TEST_CASE("a touch held longer than tapMaxMs but shorter than a long press does nothing") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.update(300);
    s.up(1, {100, 100}, 450);
    CHECK(s.log.empty());
}

TEST_CASE("a quick second tap nearby is a DoubleTap, after an immediate Tap") {
    Session s;
    s.tap(1, {200, 200}, 1000);
    CHECK(kinds(s.log) == Kinds{K::Tap});  // no waiting for a possible second tap
    s.tap(2, {210, 205}, 1200);            // 120 ms after the first release, 11 px away
    CHECK(kinds(s.log) == Kinds{K::Tap, K::DoubleTap});
    CHECK(s.log[1].at == Vec2{210, 205});

    SUBCASE("a third tap starts a new chain") {
        s.tap(3, {210, 205}, 1400);
        CHECK(kinds(s.log) == Kinds{K::Tap, K::DoubleTap, K::Tap});
    }
}

TEST_CASE("the double-tap gap is measured from the first release to the second press") {
    Session s;
    s.tap(1, {200, 200}, 0);  // released at 80
    SUBCASE("exactly at the gap") {
        s.tap(2, {200, 200}, 380);
        CHECK(kinds(s.log) == Kinds{K::Tap, K::DoubleTap});
    }
    SUBCASE("one millisecond late") {
        s.tap(2, {200, 200}, 381);
        CHECK(kinds(s.log) == Kinds{K::Tap, K::Tap});
    }
}

TEST_CASE("a second tap too far away is a new Tap") {
    Session s;
    s.tap(1, {200, 200}, 0);
    s.tap(2, {240, 200}, 150);  // 40 px > 30.2 px
    CHECK(kinds(s.log) == Kinds{K::Tap, K::Tap});
}

TEST_CASE("a drag between two taps breaks the double-tap chain") {
    Session s;
    s.tap(1, {200, 200}, 0);
    s.down(2, {200, 200}, 100);
    s.slide(2, {200, 200}, {200, 260}, 100, 150);
    s.up(2, {200, 260}, 200);   // rested first: no fling to catch
    s.tap(3, {200, 200}, 250);  // 170 ms after the first release
    CHECK(only(s.log, K::DoubleTap).empty());
    CHECK(count(s.log, K::Tap) == 2);
}

TEST_CASE("a resting finger long-presses at the deadline and then taps nothing") {
    Session s;
    s.down(1, {50, 60}, 1000);
    CHECK(s.recognizer.nextDeadline() == 1600);
    s.update(1599);
    CHECK(s.log.empty());
    s.update(1600);
    CHECK(kinds(s.log) == Kinds{K::LongPress});
    CHECK(s.log[0].at == Vec2{50, 60});
    s.update(1700);
    s.up(1, {50, 60}, 1750);
    CHECK(kinds(s.log) == Kinds{K::LongPress});
}

TEST_CASE("a long press is recognised even when the release arrives before any update") {
    Session s;
    s.down(1, {50, 60}, 0);
    s.up(1, {50, 60}, 700);
    CHECK(kinds(s.log) == Kinds{K::LongPress});
}

TEST_CASE("a finger that starts dragging after a long press still pans") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.update(650);
    s.slide(1, {100, 100}, {100, 200}, 650, 1650, 20);  // slow: no fling
    s.up(1, {100, 200}, 1650);
    CHECK(kinds(before(s.log, K::Pan)) == Kinds{K::LongPress, K::PanBegin});
    CHECK(sumOfDeltas(s.log, K::Pan).y == doctest::Approx(100));
    CHECK(s.log.back().kind == K::PanEnd);
}

TEST_CASE("moving before the deadline cancels the long press") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.move(1, {130, 100}, 100);
    s.update(2000);
    CHECK(count(s.log, K::LongPress) == 0);
}

TEST_CASE("ghost contacts shorter than ghostMs produce nothing") {
    Session s;
    s.down(1, {300, 300}, 0);
    s.up(1, {300, 300}, 29);
    s.update(500);
    CHECK(s.log.empty());

    SUBCASE("but a contact of exactly ghostMs taps") {
        s.tap(2, {300, 300}, 1000, 30);
        CHECK(kinds(s.log) == Kinds{K::Tap});
    }
}

TEST_CASE("a ghost contact between two taps does not break the double tap") {
    Session s;
    s.tap(1, {200, 200}, 0);
    s.tap(2, {600, 50}, 100, 5);  // electrical noise elsewhere
    s.tap(3, {200, 200}, 200);
    CHECK(kinds(s.log) == Kinds{K::Tap, K::DoubleTap});
}

TEST_CASE("a two-finger touch taps nothing") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.down(2, {200, 100}, 20);
    s.up(1, {100, 100}, 80);
    s.up(2, {200, 100}, 90);
    CHECK(count(s.log, K::Tap) == 0);
    CHECK(count(s.log, K::DoubleTap) == 0);
    CHECK(kinds(s.log) == Kinds{K::PanBegin, K::PanEnd});
}
