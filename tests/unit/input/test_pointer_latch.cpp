// The single emulated pointer ImGui sees, one state per frame.
#include <doctest/doctest.h>

#include <limits>

#include "kiosk/input/pointer_latch.h"

using namespace kiosk::input;

namespace {

bool isAway(const PointerFrame& frame) {
    return !frame.valid && !frame.down && frame.pos.x == kPointerAway &&
           frame.pos.y == kPointerAway;
}

bool isAt(const PointerFrame& frame, Vec2 pos, bool down) {
    return frame.valid && frame.down == down && frame.pos.x == pos.x && frame.pos.y == pos.y;
}

}  // namespace

TEST_CASE("before any touch the pointer is away and nothing is pending") {
    PointerLatch latch;
    CHECK_FALSE(latch.pending());
    CHECK(isAway(latch.next()));
    CHECK(kPointerAway == -std::numeric_limits<float>::max());
}

TEST_CASE("press, hold, drag and release across frames") {
    PointerLatch latch;
    latch.fingerDown(1, {10, 20});
    CHECK(latch.pending());
    CHECK(isAt(latch.next(), {10, 20}, true));
    CHECK_FALSE(latch.pending());
    CHECK(isAt(latch.next(), {10, 20}, true));  // held, no news
    latch.fingerMove(1, {15, 20});
    latch.fingerMove(1, {30, 25});
    CHECK(isAt(latch.next(), {30, 25}, true));  // only the latest position matters
    latch.fingerUp(1, {31, 25});
    CHECK(isAt(latch.next(), {31, 25}, false));  // one frame up at the release point
    CHECK(latch.pending());
    CHECK(isAway(latch.next()));  // then away: nothing stays hovered
    CHECK_FALSE(latch.pending());
    CHECK(isAway(latch.next()));
}

TEST_CASE("a press and release within one frame are latched across two frames") {
    PointerLatch latch;
    latch.fingerDown(1, {100, 200});
    latch.fingerMove(1, {102, 201});
    latch.fingerUp(1, {103, 201});
    CHECK(isAt(latch.next(), {100, 200}, true));  // down at the press point
    CHECK(latch.pending());
    CHECK(isAt(latch.next(), {103, 201}, false));  // up at the release point
    CHECK(isAway(latch.next()));
}

TEST_CASE("two quick taps inside one frame each get their own press and release") {
    PointerLatch latch;
    latch.fingerDown(1, {10, 10});
    latch.fingerUp(1, {10, 10});
    latch.fingerDown(2, {50, 50});
    latch.fingerUp(2, {50, 50});
    CHECK(isAt(latch.next(), {10, 10}, true));
    CHECK(isAt(latch.next(), {10, 10}, false));
    CHECK(isAt(latch.next(), {50, 50}, true));
    CHECK(isAt(latch.next(), {50, 50}, false));
    CHECK(isAway(latch.next()));
    CHECK_FALSE(latch.pending());
}

TEST_CASE("only the first finger of a multi-touch drives the pointer") {
    PointerLatch latch;
    latch.fingerDown(1, {10, 10});
    latch.fingerDown(2, {90, 90});
    latch.fingerMove(2, {95, 95});
    CHECK(isAt(latch.next(), {10, 10}, true));
    latch.fingerUp(2, {95, 95});
    CHECK(isAt(latch.next(), {10, 10}, true));
    CHECK(latch.fingersDown() == 1);

    SUBCASE("a finger left over after the primary lifts does not take over") {
        latch.fingerDown(3, {50, 50});
        latch.fingerUp(1, {10, 10});
        CHECK(isAt(latch.next(), {10, 10}, false));
        latch.fingerMove(3, {60, 60});
        CHECK(isAway(latch.next()));
        latch.fingerUp(3, {60, 60});
        latch.fingerDown(4, {70, 70});  // all fingers were up: a new primary
        CHECK(isAt(latch.next(), {70, 70}, true));
    }
}

TEST_CASE("releaseAll frees a pointer whose FINGERUP was lost") {
    PointerLatch latch;
    latch.fingerDown(1, {10, 10});
    latch.fingerMove(1, {20, 10});
    CHECK(isAt(latch.next(), {10, 10}, true));  // the press frame shows the press point
    CHECK(isAt(latch.next(), {20, 10}, true));
    latch.fingerDown(2, {40, 40});  // ignored: finger 1 still counts as down
    CHECK(isAt(latch.next(), {20, 10}, true));
    latch.releaseAll();
    CHECK(isAt(latch.next(), {20, 10}, false));
    CHECK(isAway(latch.next()));
    latch.fingerDown(2, {40, 40});
    CHECK(isAt(latch.next(), {40, 40}, true));
}

TEST_CASE("bad events are ignored") {
    PointerLatch latch;
    latch.fingerMove(5, {1, 1});
    latch.fingerUp(5, {1, 1});
    latch.fingerDown(6, {NAN, 1});
    CHECK_FALSE(latch.pending());
    CHECK(isAway(latch.next()));

    latch.fingerDown(1, {10, 10});
    latch.fingerDown(1, {99, 99});  // duplicate
    latch.fingerMove(1, {INFINITY, 10});
    CHECK(isAt(latch.next(), {10, 10}, true));
    latch.fingerUp(1, {NAN, NAN});  // released where it last was
    CHECK(isAt(latch.next(), {10, 10}, false));
    CHECK(isAway(latch.next()));
}
