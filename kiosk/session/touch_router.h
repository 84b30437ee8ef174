#pragma once
// Fingers, routed to the part of the screen they landed on: the map's, the timeline's or the
// card's gesture recognizer, the staff panel, or nowhere (the touch that wakes attract). It
// also feeds ImGui's pointer and the rings that answer every touch.
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "kiosk/input/gestures.h"
#include "kiosk/input/pointer_latch.h"
#include "kiosk/session/cameras.h"
#include "kiosk/session/session_context.h"
#include "kiosk/session/visit.h"

namespace kiosk::session {

// A short-lived ring drawn where a finger touched, so every touch is answered at once.
struct TouchMark {
    Vec2f at;
    Millis start;
};

class TouchRouter {
  public:
    static constexpr Millis kTouchMarkMs = 350;

    TouchRouter(SessionContext& ctx, Cameras& cameras, Visit& visit)
        : ctx_(ctx), cameras_(cameras), visit_(visit) {}

    // New recognizers for the panel's density.
    void configure(const input::GestureConfig& config);
    // The region of the screen layout under p (pixels); the card only while it shows.
    Region regionAt(Vec2f p) const;

    // A finger went down in region r: Staff and None feed no recognizer; None (the waking
    // touch) not even the pointer. Every down leaves a ring.
    void down(std::int64_t finger, Vec2f at, Region r);
    // A ring only: the touch is answered but changes nothing (a presentation).
    void mark(Vec2f at) { marks_.push_back({at, ctx_.now()}); }
    // Motion and lift of a known finger; the region it went down in, none if unknown.
    std::optional<Region> move(std::int64_t finger, Vec2f at);
    std::optional<Region> up(std::int64_t finger, Vec2f at);

    // Applies this frame's gestures: camera moves, taps on targets, card swipes.
    void applyGestures();
    // Advances recognizers (long press, fling), expires rings, frees a stuck pointer.
    void update(Millis now);
    bool needsFrame() const;
    std::optional<Millis> nextDeadline() const;
    // Everything let go: recognizers, fingers and the pointer.
    void reset();
    void releasePointer() { pointer_.releaseAll(); }
    input::PointerFrame nextPointer();
    const std::vector<TouchMark>& marks() const { return marks_; }

  private:
    input::GestureRecognizer* recognizerFor(Region r);
    std::vector<std::pair<std::int64_t, Region>>::iterator find(std::int64_t finger);

    SessionContext& ctx_;
    Cameras& cameras_;
    Visit& visit_;
    input::GestureRecognizer mapGestures_, timelineGestures_;
    input::PointerLatch pointer_;
    std::vector<std::pair<std::int64_t, Region>> fingerRegions_;
    std::vector<TouchMark> marks_;
};

}  // namespace kiosk::session
