#pragma once
// The pinned public keys a kiosk trusts. Each is given as a minisign public key file (what
// `minisign -G` writes) or as its base64 line, e.g. from the planned `trusted_keys` setting
// in /etc/mediation-map/kiosk.conf (see docs/staff-guide.md).
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/update/minisign.h"

namespace kiosk::update {

struct TrustedKeyLoad {
    std::vector<PublicKey> keys;
    std::string error;  // the first key that could not be read, and why (others still load)
    bool ok() const { return error.empty(); }
};

// Each item is a path to a key file or a base64 key line ("RWS...").
TrustedKeyLoad loadTrustedKeys(const std::vector<std::string>& items);

}  // namespace kiosk::update
