#include "kiosk/session/staff_access.h"

#include <algorithm>

namespace kiosk::session {

const char* staffStageName(StaffStage stage) {
    switch (stage) {
        case StaffStage::Hidden:
            return "hidden";
        case StaffStage::Pin:
            return "pin";
        case StaffStage::Open:
            return "open";
        case StaffStage::TestPattern:
            return "test-pattern";
    }
    return "hidden";
}

std::string describePinAttempt(const PinAttempt& attempt) {
    std::string of = " of " + std::to_string(StaffAccess::kMaxTries) + " tries";
    switch (attempt.result) {
        case PinAttempt::Result::Opened:
            return "panel opened with the PIN";
        case PinAttempt::Result::Wrong:
            return "wrong PIN (" + std::to_string(attempt.wrongTries) + of + ")";
        case PinAttempt::Result::LockedOut:
            return "wrong PIN (" + std::to_string(StaffAccess::kMaxTries) + of +
                   "); the PIN pad is locked for " +
                   std::to_string(StaffAccess::kLockoutMs / 60'000) + " min";
        case PinAttempt::Result::WhileLocked:
            return "a PIN was tried while the pad is locked";
    }
    return "a PIN was tried";
}

int StaffAccess::cornerOf(Vec2f at, Vec2f screen, float pixelsPerMm) {
    float reach = kCornerMm * pixelsPerMm;
    bool left = at.x < reach, right = at.x >= screen.x - reach;
    bool top = at.y < reach, bottom = at.y >= screen.y - reach;
    if (top && left) return 0;
    if (top && right) return 1;
    if (bottom && right) return 2;
    if (bottom && left) return 3;
    return -1;
}

bool StaffAccess::twoCornersHeld() const {
    for (std::size_t i = 0; i < contacts_.size(); ++i)
        for (std::size_t j = i + 1; j < contacts_.size(); ++j)
            if (contacts_[i].corner >= 0 && contacts_[j].corner >= 0 &&
                contacts_[i].corner != contacts_[j].corner)
                return true;
    return false;
}

void StaffAccess::fingerDown(std::int64_t finger, Vec2f at, Vec2f screen, float pixelsPerMm,
                             Millis now) {
    touched(now);
    std::erase_if(contacts_, [&](const Contact& c) { return c.finger == finger; });
    contacts_.push_back({finger, cornerOf(at, screen, pixelsPerMm)});
    if (stage_ == StaffStage::Hidden && twoCornersHeld() && !holdSince_) holdSince_ = now;
    if (stage_ == StaffStage::TestPattern) {
        std::erase_if(testTouches_, [&](const TestTouch& t) { return t.finger == finger; });
        testTouches_.push_back({finger, at, std::nullopt});
    }
}

void StaffAccess::fingerMove(std::int64_t finger, Vec2f at, Vec2f screen, float pixelsPerMm) {
    for (auto& c : contacts_)
        if (c.finger == finger) c.corner = cornerOf(at, screen, pixelsPerMm);
    if (!twoCornersHeld()) holdSince_.reset();  // sliding out of a corner cancels the hold
    for (auto& t : testTouches_)
        if (t.finger == finger && !t.lifted) t.at = at;
}

void StaffAccess::fingerUp(std::int64_t finger, Millis now) {
    std::erase_if(contacts_, [&](const Contact& c) { return c.finger == finger; });
    for (auto& t : testTouches_)
        if (t.finger == finger && !t.lifted) t.lifted = now;
    if (!twoCornersHeld()) holdSince_.reset();
}

bool StaffAccess::update(Millis now) {
    auto faded = [&](const TestTouch& t) { return t.lifted && now - *t.lifted >= kTestRingMs; };
    if (std::erase_if(testTouches_, faded) > 0) return true;
    if (stage_ == StaffStage::Hidden && holdSince_ && now - *holdSince_ >= kHoldMs) {
        holdSince_.reset();
        if (!enabled()) {
            lockedNotice_ = true;
            return false;
        }
        stage_ = StaffStage::Pin;
        typed_.clear();
        message_ = lockedOut(now) ? "Too many wrong PINs: try again later" : "";
        touched(now);
        return true;
    }
    if (stage_ != StaffStage::Hidden && now - lastTouch_ >= kIdleCloseMs) {
        close();
        return true;
    }
    return false;
}

std::optional<Millis> StaffAccess::nextDeadline() const {
    if (stage_ == StaffStage::Hidden)
        return holdSince_ ? std::optional<Millis>(*holdSince_ + kHoldMs) : std::nullopt;
    Millis next = lastTouch_ + kIdleCloseMs;
    for (const auto& t : testTouches_)
        if (t.lifted) next = std::min(next, *t.lifted + kTestRingMs);
    return next;
}

std::optional<float> StaffAccess::holdProgress(Millis now) const {
    if (stage_ != StaffStage::Hidden || !holdSince_ || !enabled()) return std::nullopt;
    return std::clamp(float(now - *holdSince_) / float(kHoldMs), 0.f, 1.f);
}

void StaffAccess::typeDigit(char digit, Millis now) {
    touched(now);
    if (stage_ != StaffStage::Pin || digit < '0' || digit > '9' || typed_.size() >= 8) return;
    typed_ += digit;
}

void StaffAccess::eraseDigit(Millis now) {
    touched(now);
    if (!typed_.empty()) typed_.pop_back();
}

bool StaffAccess::submitPin(Millis now) {
    touched(now);
    if (stage_ != StaffStage::Pin) return false;
    if (lockedOut(now)) {
        message_ = "Too many wrong PINs: try again later";
        typed_.clear();
        attempts_.push_back({PinAttempt::Result::WhileLocked, wrongTries_});
        return false;
    }
    if (typed_ == pin_) {
        stage_ = StaffStage::Open;
        wrongTries_ = 0;
        lockedUntil_.reset();
        message_.clear();
        typed_.clear();
        attempts_.push_back({PinAttempt::Result::Opened, 0});
        return true;
    }
    typed_.clear();
    if (++wrongTries_ >= kMaxTries) {
        lockedUntil_ = now + kLockoutMs;
        wrongTries_ = 0;
        message_ = "Too many wrong PINs: try again later";
        attempts_.push_back({PinAttempt::Result::LockedOut, 0});
    } else {
        message_ = "Wrong PIN, " + std::to_string(kMaxTries - wrongTries_) + " tries left";
        attempts_.push_back({PinAttempt::Result::Wrong, wrongTries_});
    }
    return false;
}

std::vector<PinAttempt> StaffAccess::takePinAttempts() {
    std::vector<PinAttempt> out;
    out.swap(attempts_);
    return out;
}

Millis StaffAccess::lockoutLeft(Millis now) const {
    return lockedOut(now) ? *lockedUntil_ - now : 0;
}

void StaffAccess::restoreLockout(int wrongTries, Millis lockedForMs, Millis now) {
    wrongTries_ = std::clamp(wrongTries, 0, kMaxTries - 1);
    lockedForMs = std::clamp<Millis>(lockedForMs, 0, kLockoutMs);
    if (lockedForMs > 0)
        lockedUntil_ = now + lockedForMs;
    else
        lockedUntil_.reset();
}

void StaffAccess::showTestPattern(bool on, Millis now) {
    touched(now);
    if (stage_ == StaffStage::Open && on) stage_ = StaffStage::TestPattern;
    if (stage_ == StaffStage::TestPattern && !on) stage_ = StaffStage::Open;
    testTouches_.clear();
}

void StaffAccess::request(StaffAction action, Millis now) {
    touched(now);
    if (stage_ == StaffStage::Open) actions_.push_back(action);
}

std::vector<StaffAction> StaffAccess::takeActions() {
    std::vector<StaffAction> out;
    out.swap(actions_);
    return out;
}

void StaffAccess::close() {
    stage_ = StaffStage::Hidden;
    typed_.clear();
    holdSince_.reset();
}

}  // namespace kiosk::session
