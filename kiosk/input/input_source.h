#pragma once
// Which SDL input events come from a real device. On X11 and Wayland SDL also synthesizes a
// mouse event for every touch (and, with SDL_HINT_MOUSE_TOUCH_EVENTS, touch events from the
// mouse); the app must handle each physical action once, so it drops the synthesized copies
// and keeps real mice and real touches.
#include <cstdint>

namespace kiosk::input {

// SDL_TOUCH_MOUSEID: the `which` of mouse events made from touches. Spelled out here so this
// pure model needs no SDL include; SDL 2 defines it as ((Uint32)-1).
inline constexpr std::uint32_t kTouchMouseId = 0xFFFFFFFFu;
// SDL_MOUSE_TOUCHID: the `touchId` of touch events made from the mouse, ((Sint64)-1).
inline constexpr std::int64_t kMouseTouchId = -1;

// For SDL mouse button/motion/wheel events: true for a real mouse, false for a touch copy.
constexpr bool isRealMouse(std::uint32_t which) {
    return which != kTouchMouseId;
}

// For SDL finger events: true for a real touch panel, false for a mouse copy.
constexpr bool isRealTouch(std::int64_t touchId) {
    return touchId != kMouseTouchId;
}

}  // namespace kiosk::input
