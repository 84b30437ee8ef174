// The staff PIN's lockout survives a restart, fails safe when its file is damaged, and wrong
// PINs are reported without their digits (issue 16, item 2).
#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"
#include "kiosk/session/pin_lockout.h"
#include "kiosk/session/staff_access.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;
using session::PinAttempt;
using session::PinLockoutStore;
using session::StaffAccess;
using session::StaffStage;
using test_support::readWholeFile;
using test_support::TempDataDir;
using test_support::writeWholeFile;
namespace fs = std::filesystem;

namespace {

constexpr Vec2f kScreen{1280, 800};
const Millis kWall = parseIsoTime("2026-11-27T10:00:00Z")->utcMs;

// A pad asking for the PIN, as after the two-corner hold.
StaffAccess padAt(Millis steady) {
    StaffAccess a;
    a.configure("2468");
    a.fingerDown(1, {10, 10}, kScreen, 4, steady);
    a.fingerDown(2, {1270, 10}, kScreen, 4, steady);
    REQUIRE(a.update(steady + StaffAccess::kHoldMs));
    return a;
}

bool tryPin(StaffAccess& a, const std::string& pin, Millis at) {
    for (char d : pin) a.typeDigit(d, at);
    return a.submitPin(at);
}

// What the runner does after each frame: save the lockout when a PIN was tried.
void saveAfter(StaffAccess& a, const PinLockoutStore& store, Millis steady, Millis wall) {
    if (!a.takePinAttempts().empty())
        CHECK(store.save({a.wrongTries(), a.lockoutLeft(steady)}, wall).empty());
}

// A new process: a fresh pad, restored from the store at (steady, wall).
StaffAccess restarted(const PinLockoutStore& store, Millis steady, Millis wall,
                      std::string* problem = nullptr) {
    StaffAccess a = padAt(steady);
    auto read = store.load(wall, StaffAccess::kLockoutMs);
    if (problem) *problem = read.problem;
    a.restoreLockout(read.lockout.wrongTries, read.lockout.lockedForMs, steady + 4000);
    return a;
}

}  // namespace

TEST_CASE("a lockout is kept across a restart, until it runs out") {
    TempDataDir data;
    PinLockoutStore store(data.path());
    StaffAccess a = padAt(0);
    for (int i = 0; i < StaffAccess::kMaxTries; ++i) CHECK_FALSE(tryPin(a, "1111", 5000));
    CHECK(a.lockedOut(5000));
    saveAfter(a, store, 5000, kWall);
    // Restarted a minute later (steady time starts again near 0): still locked.
    StaffAccess b = restarted(store, 0, kWall + 60'000);
    CHECK(b.lockedOut(4000));
    CHECK_FALSE(tryPin(b, "2468", 4000));
    CHECK(b.message().find("Too many") != std::string::npos);
    // After the five minutes, by the wall clock, the right PIN opens it.
    StaffAccess c = restarted(store, 0, kWall + StaffAccess::kLockoutMs + 1);
    CHECK_FALSE(c.lockedOut(4000));
    CHECK(tryPin(c, "2468", 4000));
}

TEST_CASE("wrong tries short of a lockout are kept too") {
    TempDataDir data;
    PinLockoutStore store(data.path());
    StaffAccess a = padAt(0);
    CHECK_FALSE(tryPin(a, "1111", 5000));
    CHECK_FALSE(tryPin(a, "1112", 5000));
    saveAfter(a, store, 5000, kWall);
    StaffAccess b = restarted(store, 0, kWall + 1000);
    CHECK_FALSE(tryPin(b, "1113", 4000));  // the third try overall
    CHECK(b.lockedOut(4000));
}

TEST_CASE("a damaged or planted lockout file fails safe: locked, and no crash") {
    TempDataDir data;
    TempDataDir elsewhere;
    PinLockoutStore store(data.path());
    fs::path file = data.path() / std::string(session::kPinLockoutFile);
    for (const std::string& bytes :
         {std::string("{\"wrong_tries\": "), std::string("\xff\xfe\0x", 4), std::string("[]"),
          std::string(R"({"wrong_tries": -3})"),
          std::string(R"({"wrong_tries": 0, "locked_until": 7})"), std::string(100'000, '{')}) {
        writeWholeFile(file, bytes);
        std::string problem;
        StaffAccess a = restarted(store, 0, kWall, &problem);
        CHECK(a.lockedOut(4000));
        CHECK(problem.find("staff-lockout.json") != std::string::npos);
    }
    // A clock set back by a day locks for one lockout at most, not for a day.
    CHECK(store.save({0, StaffAccess::kLockoutMs}, kWall + 86'400'000).empty());
    StaffAccess back = restarted(store, 0, kWall);
    CHECK(back.lockedOut(4000 + StaffAccess::kLockoutMs - 1));
    CHECK_FALSE(back.lockedOut(4000 + StaffAccess::kLockoutMs));
    // A link in the file's place: read as damaged, and saving replaces the link, never
    // writing through it.
    writeWholeFile(elsewhere.path() / "events.json", "kept");
    fs::remove(file);
    fs::create_symlink(elsewhere.path() / "events.json", file);
    std::string problem;
    CHECK(restarted(store, 0, kWall, &problem).lockedOut(4000));
    CHECK(problem.find("symbolic link") != std::string::npos);
    CHECK(store.save({1, 0}, kWall).empty());
    CHECK(readWholeFile(elsewhere.path() / "events.json") == "kept");
    CHECK_FALSE(fs::is_symlink(fs::symlink_status(file)));
}

TEST_CASE("no file yet: not locked") {
    TempDataDir data;
    PinLockoutStore store(data.path());
    std::string problem;
    StaffAccess a = restarted(store, 0, kWall, &problem);
    CHECK(problem.empty());
    CHECK(tryPin(a, "2468", 4000));
}

TEST_CASE("each PIN tried is reported for the log, never with its digits") {
    StaffAccess a = padAt(0);
    CHECK_FALSE(tryPin(a, "9753", 5000));
    CHECK_FALSE(tryPin(a, "8642", 5000));
    CHECK_FALSE(tryPin(a, "7531", 5000));
    CHECK_FALSE(tryPin(a, "2468", 6000));  // right, but locked
    std::vector<PinAttempt> attempts = a.takePinAttempts();
    REQUIRE(attempts.size() == 4);
    CHECK(attempts[0].result == PinAttempt::Result::Wrong);
    CHECK(attempts[1].wrongTries == 2);
    CHECK(attempts[2].result == PinAttempt::Result::LockedOut);
    CHECK(attempts[3].result == PinAttempt::Result::WhileLocked);
    std::string log;
    for (const auto& attempt : attempts) log += session::describePinAttempt(attempt) + "\n";
    CHECK(log.find("wrong PIN (1 of 3 tries)") != std::string::npos);
    CHECK(log.find("locked for 5 min") != std::string::npos);
    for (const char* pin : {"9753", "8642", "7531", "2468"})
        CHECK(log.find(pin) == std::string::npos);
    CHECK(a.takePinAttempts().empty());
}
