#pragma once
// Emulates one mouse pointer for ImGui widgets from the primary finger. ImGui 1.86 has no input
// queue: it samples the pointer once per frame, so a press and release inside one frame would be
// lost. The latch hands out at most one button change per frame:
//   press+release in one frame -> this frame down at the press point, next frame up;
//   after a release            -> one frame up at the release point (so the click lands),
//                                 then the pointer is moved away so nothing stays hovered.
// Only the first finger of a multi-touch drives the pointer; the others are ignored.
#include <cstdint>
#include <limits>
#include <vector>

#include "kiosk/input/vec2.h"

namespace kiosk::input {

// ImGui's "no mouse" position (-FLT_MAX).
inline constexpr float kPointerAway = -std::numeric_limits<float>::max();

struct PointerFrame {
    Vec2 pos{kPointerAway, kPointerAway};
    bool down = false;
    bool valid = false;  // false: pointer away, pos is the sentinel
};

class PointerLatch {
  public:
    void fingerDown(std::int64_t finger, Vec2 at);
    void fingerMove(std::int64_t finger, Vec2 at);
    void fingerUp(std::int64_t finger, Vec2 at);
    // A lift whose tap the session has already handled: the pointer is released away from
    // every widget, so ImGui shows the press but clicks nothing a frame later.
    void fingerUpAway(std::int64_t finger);
    // Releases the pointer and forgets every finger. Call when the gesture recognizers have
    // dropped all contacts (a lost FINGERUP) and on the idle reset, or a stuck finger would
    // keep new touches from ever becoming primary.
    void releaseAll();

    // The pointer state for this frame. Call exactly once per frame.
    PointerFrame next();
    // True while another frame is needed: a latched event waiting, or the pointer not yet away.
    bool pending() const;
    int fingersDown() const { return static_cast<int>(fingers_.size()); }

  private:
    enum class Step { Press, Move, Release };
    struct Event {
        Step step;
        Vec2 at;
    };
    void queue(Step step, Vec2 at);
    bool isDown(std::int64_t finger) const;

    std::vector<std::int64_t> fingers_;  // every finger down, primary or not
    std::int64_t primary_ = 0;
    bool hasPrimary_ = false;
    Vec2 primaryPos_;
    std::vector<Event> events_;  // not yet reported, oldest first
    PointerFrame current_;
};

}  // namespace kiosk::input
