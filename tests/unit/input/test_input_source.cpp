// Dropping SDL's synthesized mouse/touch copies while keeping real devices.
#include <doctest/doctest.h>

#include <cstdint>

#include "kiosk/input/input_source.h"

using namespace kiosk::input;

static_assert(kTouchMouseId == static_cast<std::uint32_t>(-1), "matches SDL_TOUCH_MOUSEID");
static_assert(kMouseTouchId == static_cast<std::int64_t>(-1), "matches SDL_MOUSE_TOUCHID");

TEST_CASE("mouse events synthesized from touches are dropped, real mice kept") {
    CHECK_FALSE(isRealMouse(0xFFFFFFFFu));
    CHECK(isRealMouse(0));  // the first real mouse
    CHECK(isRealMouse(1));
    CHECK(isRealMouse(0xFFFFFFFEu));
}

TEST_CASE("touch events synthesized from the mouse are dropped, real panels kept") {
    CHECK_FALSE(isRealTouch(-1));
    CHECK(isRealTouch(0));
    CHECK(isRealTouch(12));
    CHECK(isRealTouch(0xFFFFFFFF));  // a 32-bit all-ones id is a legitimate 64-bit touch id
}
