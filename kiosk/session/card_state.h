#pragma once
// The story card's touch behaviour: it slides in and out, its text scrolls by dragging (with
// the recognizer's fling for inertia), and a horizontal swipe asks for the next or previous
// story. Pure model; ui/card_panel draws it.
#include "kiosk/core/clock.h"
#include "kiosk/input/gestures.h"

namespace kiosk::session {

enum class Swipe { None, Next, Previous };

class CardState {
  public:
    static constexpr Millis kSlideMs = 280;

    void configure(const input::GestureConfig& config);
    input::GestureRecognizer& gestures() { return gestures_; }
    const input::GestureRecognizer& gestures() const { return gestures_; }

    // Slide towards open or closed; the slide eases from wherever it is now.
    void setOpen(bool open, Millis now);
    // Advances the slide; returns the eased open amount, 0..1.
    float update(Millis now);
    float amount() const { return amount_; }
    bool sliding() const { return sliding_; }
    // Opening or open (the target of the slide), as the visitor asked.
    bool isOpen() const { return to_ > 0.5f; }

    // Consumes this frame's gestures: vertical drags scroll, horizontal swipes turn pages.
    Swipe applyGestures();
    void setExtent(float contentHeight, float viewHeight);
    float scroll() const { return scroll_; }
    float maxScroll() const;
    void resetScroll() { scroll_ = 0; }
    // True once a drag has begun on the card, until every finger lifts: a drag is never
    // also a tap on the button it started on.
    bool dragging() const { return dragging_; }
    void reset();
    // Right to left: a swipe toward the right edge turns to the later event.
    void setRightToLeft(bool rtl) { rtl_ = rtl; }

  private:
    void onPan(const input::Gesture& g);
    Swipe onPanEnd(const input::Gesture& g);

    input::GestureRecognizer gestures_;
    float pixelsPerMm_ = 3.78f;
    float amount_ = 0, from_ = 0, to_ = 0;
    Millis slideStart_ = 0;
    bool sliding_ = false;
    float scroll_ = 0, contentHeight_ = 0, viewHeight_ = 0;
    enum class Axis { Undecided, Vertical, Horizontal } axis_ = Axis::Undecided;
    float swipeX_ = 0, swipeY_ = 0;
    bool dragging_ = false;
    bool rtl_ = false;
};

}  // namespace kiosk::session
