#pragma once
// Fingers, routed to the part of the screen they landed on: the map's, the timeline's or the
// card's gesture recognizer, the staff panel, or nowhere (the touch that wakes attract). It
// also feeds ImGui's pointer and the rings that answer every touch.
// A tap means what was under the finger when it went down, in the frame the visitor saw:
// the target is looked up at the down, so a card sliding in or a camera flight between down
// and lift never changes it. Buttons (header, card) are tapped here too, per finger, so they
// act in the frame of the lift and a second visitor's pinch cannot swallow them; ImGui sees
// those lifts away from every widget and clicks nothing.
#include <cstdint>
#include <optional>
#include <string>
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

    // A finger went down in region r at time t (the event's ms, on the exhibit's clock):
    // Staff and None feed no recognizer; None (the waking touch) not even the pointer. Every
    // down leaves a ring.
    void down(std::int64_t finger, Vec2f at, Region r, Millis t);
    // A ring only: the touch is answered but changes nothing (a presentation).
    void mark(Vec2f at) { marks_.push_back({at, ctx_.now()}); }
    // Motion and lift at time t; the region the finger went down in. A finger not known here
    // (its down was lost, or a reset forgot it) is adopted in the region under it; outside
    // Explore, or over no region, it is ignored (nullopt).
    std::optional<Region> move(std::int64_t finger, Vec2f at, Millis t);
    std::optional<Region> up(std::int64_t finger, Vec2f at, Millis t);

    // Applies this frame's gestures: camera moves, taps on targets, card swipes.
    void applyGestures();
    // Buttons tapped since the last call ("button:home", "language:ar", "chip:place:x", ...),
    // in order, for the exhibit to act on before the frame is drawn.
    std::vector<std::string> takeButtonTaps();
    // Advances recognizers (long press, fling), expires rings, frees a stuck pointer.
    void update(Millis now);
    bool needsFrame() const;
    // A visitor's fingers are on the map / the timeline now.
    bool holdingMap() const { return mapGestures_.contacts() > 0; }
    bool holdingTimeline() const { return timelineGestures_.contacts() > 0; }
    std::optional<Millis> nextDeadline() const;
    // Everything let go: recognizers, fingers and the pointer.
    void reset();
    void releasePointer() { pointer_.releaseAll(); }
    input::PointerFrame nextPointer();
    const std::vector<TouchMark>& marks() const { return marks_; }

  private:
    // One finger down: where, when, and what was under it then.
    struct Finger {
        std::int64_t id = 0;
        Region region = Region::None;
        Vec2f downAt;
        Millis downTime = 0;
        std::string target;                // the button, place, event or cluster under the down
        std::optional<map::GeoPoint> geo;  // the map's point under the down, for a country tap
        bool adopted = false;              // its down was not seen: it taps nothing
    };
    input::GestureRecognizer* recognizerFor(Region r);
    std::vector<Finger>::iterator find(std::int64_t finger);
    const Finger* lifted(std::int64_t finger) const;
    void tapPlaceOrCountry(const input::Gesture& g);
    void tapTimeline(const input::Gesture& g);
    bool isButtonTap(const Finger& f, Vec2f at, Millis t) const;

    SessionContext& ctx_;
    Cameras& cameras_;
    Visit& visit_;
    input::GestureRecognizer mapGestures_, timelineGestures_;
    input::GestureConfig config_;
    input::PointerLatch pointer_;
    std::vector<Finger> fingers_;  // down now
    std::vector<Finger> lifted_;   // lifted since the last applyGestures, for their taps
    std::vector<std::string> buttonTaps_;
    std::vector<TouchMark> marks_;
};

}  // namespace kiosk::session
