#pragma once
// Checking signatures made by the standard `minisign -S` tool, with libsodium's Ed25519.
// Both of minisign's modes: "ED" (the default, signs the BLAKE2b-512 hash of the file) and the
// legacy "Ed" (signs the file itself). The trusted comment is checked too: minisign signs the
// signature followed by the comment with the same key (the "global signature").
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/update/refusal.h"

namespace kiosk::update {

inline constexpr std::size_t kMaxKeyFileBytes = 2048;
inline constexpr std::size_t kMaxMinisigBytes = 4096;
inline constexpr std::size_t kMaxCommentBytes = 1024;

using KeyId = std::array<std::uint8_t, 8>;

struct PublicKey {
    KeyId keyId{};
    std::array<std::uint8_t, 32> key{};
};

// The key id as minisign prints it, e.g. "29FA954CDB90A4AB" (hex, no leading zeros).
std::string keyIdHex(const KeyId& id);

struct PublicKeyParse {
    std::optional<PublicKey> key;
    std::string error;  // why not, when key is empty
};

// A minisign public key file ("untrusted comment: ..." and the base64 line), or the line alone.
// A leading UTF-8 BOM and CRLF line ends are accepted (normaliseText), as minisign does.
PublicKeyParse parsePublicKey(std::string_view bytes);

struct Minisig {
    bool prehashed = true;  // "ED"; false for the legacy "Ed"
    KeyId keyId{};
    std::array<std::uint8_t, 64> signature{};
    std::string trustedComment;
    std::array<std::uint8_t, 64> globalSignature{};
};

struct MinisigParse {
    std::optional<Minisig> minisig;
    std::string error;
};

// Strict: exactly four lines (untrusted comment, signature, trusted comment, global
// signature), each within its size limit, base64 decoding to the exact lengths. A leading
// UTF-8 BOM and CRLF line ends are accepted (normaliseText).
MinisigParse parseMinisig(std::string_view bytes);

struct SignatureCheck {
    Refusal refusal;             // none when everything verified
    std::string keyIdHex;        // the key the file claims to be signed with
    std::string trustedComment;  // authentic only when ok()
    bool ok() const { return !refusal.refused(); }
};

// Verifies `message` (the manifest's bytes) against a .minisig text and the pinned keys.
SignatureCheck verifyMinisign(std::string_view message, std::string_view minisigText,
                              std::span<const PublicKey> trustedKeys);

}  // namespace kiosk::update
