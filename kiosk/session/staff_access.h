#pragma once
// The staff panel's way in and its state. Hold two corners of the screen at once for three
// seconds, then type the PIN from the installation's settings. Visitors don't stumble in:
// there is no visible button, the hold is long, and three wrong PINs lock it for a while.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/core/geometry.h"

namespace kiosk::session {

enum class StaffStage { Hidden, Pin, Open, TestPattern };
const char* staffStageName(StaffStage stage);

// What the panel's buttons ask the app to do.
enum class StaffAction { RollBack, ExportUsage };

// One PIN submitted, for the log and for keeping the lockout across a restart. Never holds
// the digits typed.
struct PinAttempt {
    enum class Result { Opened, Wrong, LockedOut, WhileLocked };
    Result result = Result::Wrong;
    int wrongTries = 0;  // wrong tries counted towards the lockout after this attempt
};

// A line for the log: "wrong PIN (2 of 3 tries)". Never the digits typed.
std::string describePinAttempt(const PinAttempt& attempt);

class StaffAccess {
  public:
    static constexpr Millis kHoldMs = 3000;
    static constexpr int kMaxTries = 3;
    static constexpr Millis kLockoutMs = 5 * 60 * 1000;
    static constexpr Millis kIdleCloseMs = 2 * 60 * 1000;  // a panel left open closes
    static constexpr float kCornerMm = 15;
    // The touch test keeps a lifted finger's ring this long, so staff see where it landed.
    static constexpr Millis kTestRingMs = 1500;
    struct TestTouch {
        std::int64_t finger;
        Vec2f at;
        std::optional<Millis> lifted;  // empty while the finger is down
    };

    // An empty PIN keeps the panel locked (the installation has not set one).
    void configure(std::string pin) { pin_ = std::move(pin); }
    bool enabled() const { return !pin_.empty(); }

    // Every finger, in any mode, before the exhibit routes it.
    void fingerDown(std::int64_t finger, Vec2f at, Vec2f screen, float pixelsPerMm, Millis now);
    void fingerMove(std::int64_t finger, Vec2f at, Vec2f screen, float pixelsPerMm);
    void fingerUp(std::int64_t finger, Millis now);
    // True when the stage changed (a hold completed, the panel timed out).
    bool update(Millis now);
    std::optional<Millis> nextDeadline() const;
    // Two corners are held: the UI shows how far the hold has come, 0..1.
    std::optional<float> holdProgress(Millis now) const;

    void typeDigit(char digit, Millis now);
    void eraseDigit(Millis now);
    // Checks the PIN; true when it opened the panel.
    bool submitPin(Millis now);
    void showTestPattern(bool on, Millis now);
    void request(StaffAction action, Millis now);
    std::vector<StaffAction> takeActions();
    void close();
    // True once after a hold completed while no PIN is set: the app says why nothing opened.
    bool takeLockedNotice() { return std::exchange(lockedNotice_, false); }

    StaffStage stage() const { return stage_; }
    bool visible() const { return stage_ != StaffStage::Hidden; }
    // The touch test's fingers: down, or lifted less than kTestRingMs ago (update() drops
    // the older ones and reports the change, so the screen is redrawn without them).
    const std::vector<TestTouch>& testTouches() const { return testTouches_; }
    std::size_t digitsTyped() const { return typed_.size(); }
    const std::string& message() const { return message_; }  // "Wrong PIN, 2 tries left"
    bool lockedOut(Millis now) const { return lockedUntil_ && now < *lockedUntil_; }

    // The PINs submitted since the last call (the app logs them and saves the lockout).
    std::vector<PinAttempt> takePinAttempts();
    int wrongTries() const { return wrongTries_; }
    // How long the lockout still lasts at `now` (steady ms); 0 when not locked.
    Millis lockoutLeft(Millis now) const;
    // At start, what the last run left (see pin_lockout.h): the wrong tries so far and the
    // rest of a lockout, from `now` (steady ms). Values outside 0..kMaxTries-1 and
    // 0..kLockoutMs are clamped.
    void restoreLockout(int wrongTries, Millis lockedForMs, Millis now);

  private:
    struct Contact {
        std::int64_t finger;
        int corner;  // 0..3 clockwise from top left, -1 outside the corners
    };
    static int cornerOf(Vec2f at, Vec2f screen, float pixelsPerMm);
    bool twoCornersHeld() const;
    void touched(Millis now) { lastTouch_ = now; }

    std::string pin_;
    StaffStage stage_ = StaffStage::Hidden;
    std::vector<Contact> contacts_;
    std::vector<TestTouch> testTouches_;
    std::optional<Millis> holdSince_;
    std::string typed_;
    int wrongTries_ = 0;
    std::optional<Millis> lockedUntil_;
    Millis lastTouch_ = 0;
    std::string message_;
    std::vector<StaffAction> actions_;
    std::vector<PinAttempt> attempts_;
    bool lockedNotice_ = false;
};

}  // namespace kiosk::session
