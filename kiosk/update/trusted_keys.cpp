#include "kiosk/update/trusted_keys.h"

#include <filesystem>

#include "kiosk/update/stick_copy.h"

namespace kiosk::update {

// A key that cannot be read is reported; the others are still trusted.
TrustedKeyLoad loadTrustedKeys(const std::vector<std::string>& items) {
    TrustedKeyLoad result;
    auto fail = [&](const std::string& error) {
        if (result.error.empty()) result.error = error;
    };
    for (const std::string& item : items) {
        // A base64 minisign key starts "RW" (base64 of "Ed"); a file name rarely does.
        PublicKeyParse parsed = parsePublicKey(item);
        if (!parsed.key) {
            std::error_code ec;
            if (!std::filesystem::is_regular_file(item, ec)) {
                fail(item + ": no such key file, and not a base64 minisign key");
                continue;
            }
            SmallFile file = readSmallFile(item, kMaxKeyFileBytes);
            if (file.refusal.refused()) {
                fail(item + ": the key file could not be read");
                continue;
            }
            parsed = parsePublicKey(file.bytes);
        }
        if (!parsed.key) {
            fail(item + ": " + parsed.error);
            continue;
        }
        result.keys.push_back(*parsed.key);
    }
    return result;
}

}  // namespace kiosk::update
