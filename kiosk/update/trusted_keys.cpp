#include "kiosk/update/trusted_keys.h"

#include "kiosk/update/stick_copy.h"

namespace kiosk::update {

TrustedKeyLoad loadTrustedKeys(const std::vector<std::string>& items) {
    TrustedKeyLoad result;
    for (const std::string& item : items) {
        // A base64 minisign key starts "RW" (base64 of "Ed"); a file name rarely does.
        PublicKeyParse parsed = parsePublicKey(item);
        if (!parsed.key) {
            SmallFile file = readSmallFile(item, kMaxKeyFileBytes);
            if (file.refusal.refused()) {
                result.error =
                    item + ": not a key, and not a readable key file (" + file.refusal.reason + ")";
                return result;
            }
            parsed = parsePublicKey(file.bytes);
        }
        if (!parsed.key) {
            result.error = item + ": " + parsed.error;
            return result;
        }
        result.keys.push_back(*parsed.key);
    }
    return result;
}

}  // namespace kiosk::update
