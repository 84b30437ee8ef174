// The staff PIN in the running exhibit: wrong PINs are logged (never the digits) and the
// lockout is kept in the data folder, so a restart does not give a guesser fresh tries.
#include "kiosk/app/runner.h"

namespace kiosk::app {

void Runner::restoreStaffLockout() {
    if (dataDir_.empty() || !exhibit_->staff().enabled()) return;
    pinStore_ = std::make_unique<session::PinLockoutStore>(dataDir_);
    auto read = pinStore_->load(clock_->wallMs(), session::StaffAccess::kLockoutMs);
    if (!read.problem.empty()) log("staff: " + read.problem);
    exhibit_->staff().restoreLockout(read.lockout.wrongTries, read.lockout.lockedForMs,
                                     clock_->steadyMs());
    if (read.lockout.lockedForMs > 0)
        log("staff: the PIN pad is locked for another " +
            std::to_string((read.lockout.lockedForMs + 59'999) / 60'000) + " min");
}

void Runner::noteStaffPins() {
    auto& staff = exhibit_->staff();
    auto attempts = staff.takePinAttempts();
    if (attempts.empty()) return;
    for (const auto& attempt : attempts) log("staff: " + session::describePinAttempt(attempt));
    if (!pinStore_) return;
    std::string error = pinStore_->save({staff.wrongTries(), staff.lockoutLeft(clock_->steadyMs())},
                                        clock_->wallMs());
    if (!error.empty()) log("staff: the PIN lockout could not be saved: " + error);
}

}  // namespace kiosk::app
