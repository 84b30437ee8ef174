#pragma once
// Keeping the staff PIN's lockout across a restart: without it, a new process would accept
// guesses at once (issue 16, item 2). One small file in the data folder,
// <data-dir>/staff-lockout.json: {"wrong_tries": 1, "locked_until": "2026-11-27T10:05:00.000Z"}
// (UTC). Written through platform/safe_folder (never through a link). A file that cannot be
// read or makes no sense fails safe: the pad is locked for a full lockout.
#include <filesystem>
#include <string>
#include <string_view>

#include "kiosk/core/clock.h"
#include "platform/safe_folder.h"

namespace kiosk::session {

inline constexpr std::string_view kPinLockoutFile = "staff-lockout.json";

struct PinLockout {
    int wrongTries = 0;      // towards the next lockout
    Millis lockedForMs = 0;  // from the time it was read; 0: not locked
};

struct PinLockoutRead {
    PinLockout lockout;
    std::string problem;  // why the file was not used as written (then locked, to be safe)
};

// The file's text for `lockout` at wall time `nowUtcMs`.
std::string formatPinLockout(const PinLockout& lockout, Millis nowUtcMs);
// The file's text read at wall time `nowUtcMs`; `lockoutMs` is the full lockout (fail safe).
PinLockoutRead parsePinLockout(std::string_view text, Millis nowUtcMs, Millis lockoutMs);

class PinLockoutStore {
  public:
    // Opens (and creates) the data folder; an error is kept and reported by load() and save().
    explicit PinLockoutStore(const std::filesystem::path& dataDir);
    // Nothing saved: not locked. Unreadable (a link, too big, damaged): locked for lockoutMs.
    PinLockoutRead load(Millis nowUtcMs, Millis lockoutMs) const;
    // Returns an error message, or "" when saved.
    std::string save(const PinLockout& lockout, Millis nowUtcMs) const;

  private:
    platform::SafeFolder folder_;
    std::string openError_;
};

}  // namespace kiosk::session
