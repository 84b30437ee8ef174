// The recognizer takes the panel's word (issue 14): a finger it does not know, or dropped as
// stale, that moves or lifts is adopted as a live contact, never ignored and never a jump.
#include "touch_script.h"

using namespace kiosk::input;
using namespace kiosk::input::test;
using K = GestureKind;
using kiosk::Millis;

TEST_CASE("a finger that rests 3.5 s and then drags pans the view (the case that worked)") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.frames(0, 3500);
    s.slide(1, {100, 100}, {300, 100}, 3500, 3700);
    CHECK(sumOfDeltas(s.log, K::Pan).x == doctest::Approx(200));
    CHECK(largestStep(s.log) <= 25.0f);  // the first step crosses the slop
}

TEST_CASE("a finger that rests 4 s or more and then drags pans the view the same way") {
    for (Millis rest : {4000, 4500, 9000}) {
        CAPTURE(rest);
        Session s;
        s.down(1, {100, 100}, 0);
        s.frames(0, rest);  // dropped as stale on the way: the panel sent no motion
        const std::size_t mark = s.mark();
        s.slide(1, {100, 100}, {300, 100}, rest, rest + 200);
        CHECK(sumOfDeltas(s.since(mark), K::Pan).x == doctest::Approx(200));
        CHECK(largestStep(s.since(mark)) <= 25.0f);  // moves and the slop: no jump
        s.up(1, {300, 100}, rest + 200);
        CHECK(s.log.back().kind == K::PanEnd);
        CHECK(count(s.since(mark), K::Tap) == 0);
        CHECK(s.recognizer.contacts() == 0);
    }
}

TEST_CASE("the stale finger's motion is adopted even when no frame ran since it went stale") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.slide(1, {100, 100}, {100, 300}, 5000, 5200);  // the first move finds it stale
    CHECK(sumOfDeltas(s.log, K::Pan).y == doctest::Approx(200));
    CHECK(largestStep(s.log) <= 25.0f);
}

TEST_CASE("motion from a finger whose down was lost drags from where it is first seen") {
    Session s;
    s.move(5, {200, 200}, 0);
    s.slide(5, {200, 200}, {200, 50}, 0, 150);
    CHECK(sumOfDeltas(s.log, K::Pan).y == doctest::Approx(-150));
    CHECK(largestStep(s.log) <= 25.0f);
    s.up(5, {200, 50}, 150);
    CHECK(count(s.log, K::Tap) == 0);  // its press was never seen
    CHECK(count(s.log, K::LongPress) == 0);
    CHECK(s.recognizer.contacts() == 0);
}

TEST_CASE("an adopted finger beside a resting one pinches without a jump") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.move(2, {300, 100}, 20);  // its down was lost
    CHECK(s.recognizer.contacts() == 2);
    s.slide(2, {300, 100}, {500, 100}, 20, 220);
    CHECK(productOfScales(s.log) == doctest::Approx(2.0f).epsilon(0.01));
    CHECK(largestScaleChange(s.log) < 0.06f);
}

TEST_CASE("a long-stale finger's lift ends it quietly: no tap, no fling") {
    Session s;
    s.down(1, {100, 100}, 0);
    s.frames(0, 5000);
    const std::size_t mark = s.mark();
    s.up(1, {100, 100}, 5100);
    CHECK(s.since(mark).empty());
    CHECK(s.recognizer.contacts() == 0);
}
