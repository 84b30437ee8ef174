#include "kiosk/session/card_state.h"

#include <algorithm>
#include <cmath>

#include "kiosk/core/geometry.h"

namespace kiosk::session {
namespace {

constexpr float kSwipeMinMm = 18;         // a deliberate sideways stroke, not a wobble
constexpr float kSwipeFlickMmPerS = 150;  // or a quick flick
constexpr float kAxisLockMm = 3;          // decide the axis once the finger has moved this far

}  // namespace

void CardState::configure(const input::GestureConfig& config) {
    gestures_ = input::GestureRecognizer(config);
    pixelsPerMm_ = config.pixelsPerMm;
}

void CardState::setOpen(bool open, Millis now) {
    float target = open ? 1.f : 0.f;
    if (target == to_ && (sliding_ || amount_ == target)) return;
    from_ = amount_;
    to_ = target;
    slideStart_ = now;
    sliding_ = true;
}

float CardState::update(Millis now) {
    if (!sliding_) return amount_;
    double t = double(now - slideStart_) / double(kSlideMs);
    amount_ = float(from_ + (to_ - from_) * easeInOutCubic(t));
    if (t >= 1) {
        amount_ = to_;
        sliding_ = false;
    }
    return amount_;
}

void CardState::setExtent(float contentHeight, float viewHeight) {
    contentHeight_ = contentHeight;
    viewHeight_ = viewHeight;
    scroll_ = std::clamp(scroll_, 0.f, maxScroll());
}

float CardState::maxScroll() const {
    return std::max(0.f, contentHeight_ - viewHeight_);
}

void CardState::onPan(const input::Gesture& g) {
    if (axis_ == Axis::Undecided) {
        swipeX_ += g.delta.x;
        swipeY_ += g.delta.y;
        if (std::hypot(swipeX_, swipeY_) < kAxisLockMm * pixelsPerMm_) return;
        axis_ = std::abs(swipeX_) > std::abs(swipeY_) ? Axis::Horizontal : Axis::Vertical;
        if (axis_ == Axis::Vertical) scroll_ -= swipeY_;
    } else if (axis_ == Axis::Horizontal) {
        swipeX_ += g.delta.x;
        swipeY_ += g.delta.y;
    } else {
        scroll_ -= g.delta.y;
    }
    scroll_ = std::clamp(scroll_, 0.f, maxScroll());
}

Swipe CardState::onPanEnd(const input::Gesture& g) {
    if (axis_ != Axis::Horizontal) return Swipe::None;
    bool far = std::abs(swipeX_) >= kSwipeMinMm * pixelsPerMm_;
    bool flick = std::abs(g.velocity.x) >= kSwipeFlickMmPerS * pixelsPerMm_ &&
                 std::abs(swipeX_) >= kAxisLockMm * 2 * pixelsPerMm_;
    if (!far && !flick) return Swipe::None;
    // Swiping the card to the left brings the next story, as turning a page.
    // The finger pulls the next page in from the side later time lies on.
    return (swipeX_ < 0) != rtl_ ? Swipe::Next : Swipe::Previous;
}

Swipe CardState::applyGestures() {
    Swipe swipe = Swipe::None;
    for (const auto& g : gestures_.take()) {
        switch (g.kind) {
            case input::GestureKind::PanBegin:
                axis_ = Axis::Undecided;
                swipeX_ = swipeY_ = 0;
                dragging_ = true;
                break;
            case input::GestureKind::Pan:
                if (axis_ != Axis::Horizontal || gestures_.contacts() > 0) onPan(g);
                break;
            case input::GestureKind::PanEnd:
                if (Swipe s = onPanEnd(g); s != Swipe::None) {
                    swipe = s;
                    gestures_.reset();  // no coasting after a page turn
                }
                break;
            default:
                break;
        }
    }
    if (gestures_.contacts() == 0 && !gestures_.flinging()) dragging_ = false;
    return swipe;
}

void CardState::reset() {
    gestures_.reset();
    amount_ = from_ = to_ = 0;
    sliding_ = false;
    scroll_ = 0;
    axis_ = Axis::Undecided;
    dragging_ = false;
}

}  // namespace kiosk::session
