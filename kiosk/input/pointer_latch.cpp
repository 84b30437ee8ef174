#include "kiosk/input/pointer_latch.h"

#include <algorithm>

namespace kiosk::input {
namespace {

// Bounds memory if ups are lost or a frame never comes; real hands stay far below.
constexpr std::size_t kMaxFingers = 32;
constexpr std::size_t kMaxEvents = 64;

}  // namespace

bool PointerLatch::isDown(std::int64_t finger) const {
    return std::find(fingers_.begin(), fingers_.end(), finger) != fingers_.end();
}

void PointerLatch::fingerDown(std::int64_t finger, Vec2 at) {
    if (!isUsablePosition(at) || isDown(finger) || fingers_.size() >= kMaxFingers) return;
    fingers_.push_back(finger);
    if (fingers_.size() > 1) return;  // a second finger of a multi-touch
    hasPrimary_ = true;
    primary_ = finger;
    primaryPos_ = at;
    queue(Step::Press, at);
}

void PointerLatch::fingerMove(std::int64_t finger, Vec2 at) {
    if (!isUsablePosition(at) || !hasPrimary_ || finger != primary_) return;
    primaryPos_ = at;
    queue(Step::Move, at);
}

void PointerLatch::fingerUp(std::int64_t finger, Vec2 at) {
    if (!isDown(finger)) return;
    fingers_.erase(std::find(fingers_.begin(), fingers_.end(), finger));
    if (!hasPrimary_ || finger != primary_) return;
    if (isUsablePosition(at)) primaryPos_ = at;
    hasPrimary_ = false;
    queue(Step::Release, primaryPos_);
}

void PointerLatch::fingerUpAway(std::int64_t finger) {
    if (!isDown(finger)) return;
    fingers_.erase(std::find(fingers_.begin(), fingers_.end(), finger));
    if (!hasPrimary_ || finger != primary_) return;
    hasPrimary_ = false;
    // Off screen but a valid position: ImGui treats a release at its "no mouse" sentinel
    // differently (widgets pressed afterwards stopped clicking).
    queue(Step::Release, {-10000.0f, -10000.0f});
}

void PointerLatch::releaseAll() {
    fingers_.clear();
    if (!hasPrimary_) return;
    hasPrimary_ = false;
    queue(Step::Release, primaryPos_);
}

void PointerLatch::queue(Step step, Vec2 at) {
    // Only the latest position matters between two button changes.
    if (step == Step::Move && !events_.empty() && events_.back().step == Step::Move) {
        events_.back().at = at;
        return;
    }
    if (events_.size() >= kMaxEvents) events_.erase(events_.begin());
    events_.push_back({step, at});
}

PointerFrame PointerLatch::next() {
    if (events_.empty()) {
        if (current_.valid && !current_.down) current_ = PointerFrame{};  // shown up once: away
        return current_;
    }
    std::size_t used = 0;
    while (used < events_.size()) {
        const Event event = events_[used++];
        current_.pos = event.at;
        current_.valid = true;
        if (event.step == Step::Move) continue;
        current_.down = event.step == Step::Press;
        break;  // one button change per frame; the rest waits for the next frame
    }
    events_.erase(events_.begin(), events_.begin() + static_cast<std::ptrdiff_t>(used));
    return current_;
}

bool PointerLatch::pending() const {
    return !events_.empty() || (current_.valid && !current_.down);
}

}  // namespace kiosk::input
