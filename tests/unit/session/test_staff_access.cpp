// The staff panel's way in: a two-corner hold, then the PIN, with a lockout.
#include <doctest/doctest.h>

#include "kiosk/session/staff_access.h"

using namespace kiosk;
using session::StaffAccess;
using session::StaffStage;

namespace {

constexpr Vec2f kScreen{1280, 800};
constexpr float kPxPerMm = 4;  // corners reach 60 px

void holdTwoCorners(StaffAccess& a, Millis at) {
    a.fingerDown(1, {10, 10}, kScreen, kPxPerMm, at);
    a.fingerDown(2, {1270, 10}, kScreen, kPxPerMm, at + 100);
}

void type(StaffAccess& a, const std::string& digits, Millis at) {
    for (char d : digits) a.typeDigit(d, at);
}

}  // namespace

TEST_CASE("holding two corners for three seconds asks for the PIN, and the PIN opens it") {
    StaffAccess a;
    a.configure("2468");
    holdTwoCorners(a, 0);
    CHECK_FALSE(a.update(100 + StaffAccess::kHoldMs - 1));
    REQUIRE(a.holdProgress(2000).has_value());
    CHECK(a.update(100 + StaffAccess::kHoldMs));
    CHECK(a.stage() == StaffStage::Pin);
    type(a, "2468", 4000);
    CHECK(a.submitPin(4100));
    CHECK(a.stage() == StaffStage::Open);
    a.request(session::StaffAction::RollBack, 4200);
    auto actions = a.takeActions();
    REQUIRE(actions.size() == 1);
    CHECK(actions[0] == session::StaffAction::RollBack);
}

TEST_CASE("one corner, or the same corner twice, or letting go early opens nothing") {
    StaffAccess a;
    a.configure("2468");
    a.fingerDown(1, {10, 10}, kScreen, kPxPerMm, 0);
    a.fingerDown(2, {30, 20}, kScreen, kPxPerMm, 0);  // both in the top left
    CHECK_FALSE(a.update(10'000));
    a.fingerUp(1, 0);
    a.fingerUp(2, 0);
    holdTwoCorners(a, 20'000);
    a.fingerUp(2, 0);  // let go after a second
    CHECK_FALSE(a.update(21'100));
    CHECK_FALSE(a.update(30'000));
    holdTwoCorners(a, 40'000);
    a.fingerMove(1, {640, 400}, kScreen, kPxPerMm);  // slides out of the corner
    CHECK_FALSE(a.update(50'000));
    CHECK(a.stage() == StaffStage::Hidden);
}

TEST_CASE("three wrong PINs lock the panel for a while") {
    StaffAccess a;
    a.configure("2468");
    holdTwoCorners(a, 0);
    REQUIRE(a.update(5000));
    for (int i = 0; i < StaffAccess::kMaxTries; ++i) {
        type(a, "1111", 6000);
        CHECK_FALSE(a.submitPin(6000 + i));
    }
    CHECK(a.lockedOut(7000));
    type(a, "2468", 7000);
    CHECK_FALSE(a.submitPin(7000));  // even the right PIN, while locked
    CHECK(a.message().find("Too many") != std::string::npos);
    type(a, "2468", 7000 + StaffAccess::kLockoutMs);
    CHECK(a.submitPin(7000 + StaffAccess::kLockoutMs));
}

TEST_CASE("without a PIN in the settings the panel stays locked and says so once") {
    StaffAccess a;
    holdTwoCorners(a, 0);
    CHECK_FALSE(a.update(5000));
    CHECK(a.stage() == StaffStage::Hidden);
    CHECK(a.takeLockedNotice());
    CHECK_FALSE(a.takeLockedNotice());
}

TEST_CASE("a panel left open closes by itself") {
    StaffAccess a;
    a.configure("2468");
    holdTwoCorners(a, 0);
    REQUIRE(a.update(5000));
    type(a, "2468", 6000);
    REQUIRE(a.submitPin(6000));
    REQUIRE(a.nextDeadline() == 6000 + StaffAccess::kIdleCloseMs);
    CHECK(a.update(6000 + StaffAccess::kIdleCloseMs));
    CHECK(a.stage() == StaffStage::Hidden);
}

TEST_CASE("the touch test keeps a lifted finger's ring for a moment, then lets it go") {
    StaffAccess a;
    a.configure("2468");
    holdTwoCorners(a, 0);
    a.update(100 + StaffAccess::kHoldMs);
    type(a, "2468", 4000);
    REQUIRE(a.submitPin(4100));
    a.fingerUp(1, 4150);
    a.fingerUp(2, 4150);
    a.showTestPattern(true, 4200);
    REQUIRE(a.stage() == StaffStage::TestPattern);
    a.fingerDown(7, {640, 400}, kScreen, kPxPerMm, 5000);
    a.fingerMove(7, {650, 410}, kScreen, kPxPerMm);
    a.fingerUp(7, 5100);  // a quick tap
    REQUIRE(a.testTouches().size() == 1);
    CHECK(a.testTouches()[0].at.x == 650);
    CHECK(a.nextDeadline() == 5100 + StaffAccess::kTestRingMs);
    CHECK_FALSE(a.update(5100 + StaffAccess::kTestRingMs - 1));
    CHECK(a.testTouches().size() == 1);                // still shown well after the lift
    CHECK(a.update(5100 + StaffAccess::kTestRingMs));  // gone: redraw
    CHECK(a.testTouches().empty());
}
