#include "kiosk/session/pin_lockout.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/core/iso_time.h"

namespace kiosk::session {
namespace {

constexpr std::size_t kMaxFileBytes = 4096;

PinLockoutRead failSafe(std::string why, Millis lockoutMs) {
    return {{0, lockoutMs},
            std::string(kPinLockoutFile) + ": " + std::move(why) +
                "; the PIN pad stays locked for a full lockout, to be safe"};
}

}  // namespace

std::string formatPinLockout(const PinLockout& lockout, Millis nowUtcMs) {
    nlohmann::ordered_json j = {{"wrong_tries", lockout.wrongTries}};
    if (lockout.lockedForMs > 0) j["locked_until"] = formatIsoUtc(nowUtcMs + lockout.lockedForMs);
    return j.dump() + "\n";
}

PinLockoutRead parsePinLockout(std::string_view text, Millis nowUtcMs, Millis lockoutMs) {
    auto j = nlohmann::json::parse(std::string(text), nullptr, false);
    if (!j.is_object()) return failSafe("not a JSON object", lockoutMs);
    PinLockoutRead read;
    auto tries = j.find("wrong_tries");
    if (tries == j.end() || !tries->is_number_integer() || tries->get<long long>() < 0 ||
        tries->get<long long>() > 100)
        return failSafe("\"wrong_tries\" is not a small whole number", lockoutMs);
    read.lockout.wrongTries = tries->get<int>();
    if (auto until = j.find("locked_until"); until != j.end()) {
        auto time = until->is_string() ? parseIsoTime(until->get<std::string>()) : std::nullopt;
        if (!time) return failSafe("\"locked_until\" is not an ISO time", lockoutMs);
        // A clock set back since (or a far-off time written) locks for one lockout at most.
        read.lockout.lockedForMs = std::clamp<Millis>(time->utcMs - nowUtcMs, 0, lockoutMs);
    }
    return read;
}

PinLockoutStore::PinLockoutStore(const std::filesystem::path& dataDir)
    : folder_(platform::SafeFolder::openConfigured(dataDir, openError_)) {}

PinLockoutRead PinLockoutStore::load(Millis nowUtcMs, Millis lockoutMs) const {
    if (!folder_.isOpen()) return failSafe(openError_, lockoutMs);
    std::string error;
    auto text = folder_.readFile(kPinLockoutFile, kMaxFileBytes, error);
    if (!error.empty()) return failSafe(error, lockoutMs);
    if (!text) return {};  // never locked on this kiosk
    return parsePinLockout(*text, nowUtcMs, lockoutMs);
}

std::string PinLockoutStore::save(const PinLockout& lockout, Millis nowUtcMs) const {
    if (!folder_.isOpen()) return openError_;
    std::string error;
    folder_.replaceFile(kPinLockoutFile, formatPinLockout(lockout, nowUtcMs), error, 0600);
    return error;
}

}  // namespace kiosk::session
