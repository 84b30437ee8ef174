#pragma once
// Turns raw finger contacts into gestures. Pure model: no SDL, no ImGui; positions are pixels,
// times come from the injected clock. One recognizer serves one region of the screen (the map,
// the timeline, a card), so two visitors on two views do not disturb each other.
//
// Gesture stream, as a view sees it:
//   Tap                 emitted at release at once (no waiting for a possible second tap);
//   Tap, DoubleTap      a quick second tap nearby is reported as DoubleTap instead of a 2nd Tap,
//                       so views select on Tap and zoom in on DoubleTap;
//   LongPress           while the finger still rests; its release then taps nothing;
//   PanBegin (Pan | Pinch)* PanEnd [Pan* FlingEnd]
//                       one manipulation, from the first finger passing the slop (or a second
//                       finger landing) until the last finger lifts. Pinch: apply `delta`, then
//                       scale by `scale` about `at`. Pans after PanEnd are the fling coasting.
//                       A new touch stops a fling at once (FlingEnd) and taps nothing itself.
//   Cancel              a finger that was not panning was dropped as stale (lost FINGERUP);
//                       a panning one ends with PanEnd at zero velocity instead (no fling).
// The panel's word wins over this bookkeeping: motion or a lift from a finger the recognizer
// does not know (its down was lost, or it rested so long it was dropped as stale) adopts it
// as a live contact, taken up where it was last seen, so it moves the view without a jump.
// An adopted finger never taps or long-presses: its press was not seen.
// Times are the input events' own timestamps (SDL's), so a slow frame that delivers a down
// and an up together still measures the real press.
// The first two fingers down drive a pinch; more are ignored until a driver lifts. Finger
// changes (join, leave, stale) re-base the reference, so they never make the view jump.
#include <cstdint>
#include <optional>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/input/fling.h"
#include "kiosk/input/vec2.h"
#include "kiosk/input/velocity_tracker.h"

namespace kiosk::input {

// Thresholds in millimetres of the real panel, converted with pixelsPerMm.
struct GestureConfig {
    float pixelsPerMm = 3.78f;     // 96 dpi; set from the panel-size setting
    float tapSlopMm = 4.0f;        // a finger may wander this far and still tap
    Millis tapMaxMs = 350;         // longer than this is not a tap
    Millis doubleTapGapMs = 300;   // between first release and second press
    float doubleTapSlopMm = 8.0f;  // second tap this close to the first
    Millis longPressMs = 600;
    Millis ghostMs = 30;               // contacts shorter than this with no movement are noise
    Millis staleContactMs = 4000;      // a contact with no news for this long is dropped
    float flingMinSpeedMmPerS = 60;    // slower releases stop dead
    float flingDecelMmPerS2 = 2500;    // inertial deceleration
    float flingMaxSpeedMmPerS = 2000;  // caps the flick a glitching sample could fake
    Millis velocityWindowMs = 80;      // release velocity is fitted over this much recent motion
    float pinchMinSpanMm = 5.0f;       // finger distances below this count as this (no ÷0)
    int maxContacts = 20;              // further fingers are ignored (hostile input bound)
};

enum class GestureKind {
    Tap,        // at
    DoubleTap,  // at
    LongPress,  // at
    PanBegin,   // at
    Pan,        // delta in pixels since the last Pan (also emitted while a fling coasts)
    PanEnd,     // velocity in px/s at release; a fling follows if fast enough
    FlingEnd,   // inertia has stopped or was caught by a new touch
    Pinch,      // at = centroid, scale = factor since the last Pinch, delta = centroid motion
    Cancel,     // the gesture was abandoned (e.g. a stale contact dropped)
};

struct Gesture {
    GestureKind kind = GestureKind::Cancel;
    std::int64_t finger = -1;  // Tap, DoubleTap, LongPress: the finger; -1 for the others
    Vec2 at;
    Vec2 delta;
    float scale = 1.0f;
    Vec2 velocity;
};

class GestureRecognizer {
  public:
    explicit GestureRecognizer(GestureConfig config = {});

    // Bad input is ignored: a second down for a finger already down, non-finite positions (an
    // up with one still ends the contact at its last position). Moves and ups for unknown
    // fingers adopt them (see above). `now` is the event's time in ms; times that go
    // backwards are treated as the latest time seen.
    void fingerDown(std::int64_t finger, Vec2 at, Millis now);
    void fingerMove(std::int64_t finger, Vec2 at, Millis now);
    void fingerUp(std::int64_t finger, Vec2 at, Millis now);
    // Advances time: long presses, stale contacts, fling inertia. Call once per frame.
    void update(Millis now);
    // Gestures recognised since the last call, in order.
    std::vector<Gesture> take();

    // True while something needs frames (a fling coasting, fingers down).
    bool animating() const;
    bool flinging() const { return fling_.has_value(); }
    // When update() next has something to do without new input (long press, stale contact).
    // A coasting fling is not a deadline: it needs every frame, see animating().
    std::optional<Millis> nextDeadline() const;
    int contacts() const;
    // Drop all contacts, inertia and gestures not yet taken (idle reset, mode change).
    void reset();

    const GestureConfig& config() const { return config_; }

  private:
    struct Contact {
        std::int64_t id;
        Vec2 downPos, pos;
        Millis downAt, lastNewsAt;
        VelocityTracker velocity;
    };
    enum class Ending { Lifted, Dropped };  // a real FINGERUP, or dropped as stale
    struct TapRecord {
        Vec2 at;
        Millis releasedAt;
    };

    float px(float mm) const { return mm * config_.pixelsPerMm; }
    Millis advanceClock(Millis now);
    void advanceTime();
    Contact* find(std::int64_t finger);
    void emit(GestureKind kind, Vec2 at, Vec2 delta = {}, float scale = 1.0f, Vec2 velocity = {});
    Contact& adopt(std::int64_t finger, Vec2 at);

    void moveContact(Contact& contact, Vec2 at);
    void panSoleFinger(const Contact& contact);
    void emitPinch();
    void rebase();
    void beginMultiTouch();
    void releaseContact(std::size_t index, Ending ending);
    void endSoleContact(const Contact& contact, Ending ending);
    void endPan(const Contact& contact, Ending ending);
    void recognizeTap(const Contact& contact);

    void fireLongPress();
    void dropStaleContacts();
    void coastFling();
    bool catchFling();

    GestureConfig config_;
    std::vector<Contact> contacts_;  // in touch-down order; the first two drive a pinch
    std::vector<Gesture> pending_;
    Millis now_;
    bool manipulating_ = false;    // between PanBegin and PanEnd
    bool tapPossible_ = false;     // the sole finger may still tap
    bool longPressArmed_ = false;  // the sole finger may still long-press
    Vec2 panReference_;            // sole finger position at the last Pan
    Vec2 pinchCentroid_;           // driver centroid at the last Pinch
    float pinchSpan_ = 1;          // driver distance at the last Pinch
    std::optional<TapRecord> lastTap_;
    std::optional<Fling> fling_;
    Vec2 flingFrom_;
    struct Dropped {
        std::int64_t id;
        Vec2 pos;
    };
    std::vector<Dropped> dropped_;  // stale contacts' last positions, for their adoption  //
                                    // release position, so coasting Pans can report where they are
};

}  // namespace kiosk::input
