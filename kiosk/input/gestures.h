#pragma once
// Turns raw finger contacts into gestures. Pure model: no SDL, no ImGui; positions are pixels,
// times come from the injected clock. One recognizer serves one region of the screen (the map,
// the timeline, a card), so two visitors on two views do not disturb each other.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "kiosk/core/clock.h"

namespace kiosk::input {

struct Vec2 {
    float x = 0, y = 0;
};

// Thresholds in millimetres of the real panel, converted with pixelsPerMm.
struct GestureConfig {
    float pixelsPerMm = 3.78f;       // 96 dpi; set from the panel-size setting
    float tapSlopMm = 4.0f;          // a finger may wander this far and still tap
    Millis tapMaxMs = 350;           // longer than this is not a tap
    Millis doubleTapGapMs = 300;     // between first release and second press
    float doubleTapSlopMm = 8.0f;    // second tap this close to the first
    Millis longPressMs = 600;
    Millis ghostMs = 30;             // contacts shorter than this with no movement are noise
    Millis staleContactMs = 4000;    // a contact with no news for this long is dropped
    float flingMinSpeedMmPerS = 60;  // slower releases stop dead
    float flingDecelMmPerS2 = 2500;  // inertial deceleration
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
    GestureKind kind;
    Vec2 at;
    Vec2 delta;
    float scale = 1.0f;
    Vec2 velocity;
};

class GestureRecognizer {
public:
    explicit GestureRecognizer(GestureConfig config = {});

    void fingerDown(std::int64_t finger, Vec2 at, Millis now);
    void fingerMove(std::int64_t finger, Vec2 at, Millis now);
    void fingerUp(std::int64_t finger, Vec2 at, Millis now);
    // Advances time: long presses, stale contacts, fling inertia. Call once per frame.
    void update(Millis now);
    // Gestures recognised since the last call, in order.
    std::vector<Gesture> take();

    // True while something needs frames (a fling coasting, fingers down).
    bool animating() const;
    // When update() next has something to do without new input (long press, tap timeout).
    std::optional<Millis> nextDeadline() const;
    int contacts() const;
    // Drop all contacts and inertia (idle reset, mode change).
    void reset();

    const GestureConfig& config() const { return config_; }

private:
    GestureConfig config_;
    struct State;
    std::shared_ptr<State> state_;
};

}  // namespace kiosk::input
