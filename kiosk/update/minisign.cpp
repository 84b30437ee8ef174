#include "kiosk/update/minisign.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "kiosk/core/text_file.h"
#include "kiosk/update/hashing.h"

namespace kiosk::update {
namespace {

constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";

// Lines without their "\n" or "\r\n"; a final newline does not start an extra line.
std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

// Decodes standard padded base64 to exactly `size` bytes.
bool decodeBase64(std::string_view text, unsigned char* out, std::size_t size) {
    if (text.size() > 4 * (size / 3 + 1)) return false;
    // Checked here too: libsodium 1.0.18 reads a byte with the top bit set as its ASCII twin.
    for (char c : text)
        if (!std::isalnum((unsigned char)c) && c != '+' && c != '/' && c != '=') return false;
    std::size_t decoded = 0;
    const char* end = nullptr;
    int rc = sodium_base642bin(out, size, text.data(), text.size(), nullptr, &decoded, &end,
                               sodium_base64_VARIANT_ORIGINAL);
    return rc == 0 && decoded == size && end == text.data() + text.size();
}

bool hasControlBytes(std::string_view text) {
    for (char c : text)
        if ((unsigned char)c < 0x20 && c != '\t' && c != '\n' && c != '\r') return true;
    return false;
}

std::string describeTrusted(std::span<const PublicKey> keys) {
    if (keys.empty()) return "this kiosk trusts no key yet";
    std::string list;
    for (const PublicKey& key : keys) list += (list.empty() ? "" : ", ") + keyIdHex(key.keyId);
    return "this kiosk trusts " + list;
}

const PublicKey* findKey(std::span<const PublicKey> keys, const KeyId& id) {
    for (const PublicKey& key : keys)
        if (key.keyId == id) return &key;
    return nullptr;
}

bool verifyDetached(const std::uint8_t* sig, const unsigned char* message, std::size_t size,
                    const PublicKey& key) {
    return crypto_sign_verify_detached(sig, message, size, key.key.data()) == 0;
}

bool verifyMessage(const Minisig& sig, std::string_view message, const PublicKey& key) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(message.data());
    if (!sig.prehashed) return verifyDetached(sig.signature.data(), bytes, message.size(), key);
    std::array<unsigned char, crypto_generichash_BYTES_MAX> hash{};
    crypto_generichash(hash.data(), hash.size(), bytes, message.size(), nullptr, 0);
    return verifyDetached(sig.signature.data(), hash.data(), hash.size(), key);
}

bool verifyTrustedComment(const Minisig& sig, const PublicKey& key) {
    std::vector<unsigned char> signedPart(sig.signature.begin(), sig.signature.end());
    signedPart.insert(signedPart.end(), sig.trustedComment.begin(), sig.trustedComment.end());
    return verifyDetached(sig.globalSignature.data(), signedPart.data(), signedPart.size(), key);
}

MinisigParse malformed(std::string why) {
    return {std::nullopt, std::move(why)};
}

}  // namespace

std::string keyIdHex(const KeyId& id) {
    // minisign prints the id as a little-endian 64-bit number.
    std::array<std::uint8_t, 8> reversed{};
    for (std::size_t i = 0; i < 8; ++i) reversed[i] = id[7 - i];
    std::string hex = toHex(reversed);
    for (char& c : hex) c = char(std::toupper((unsigned char)c));
    std::size_t firstDigit = std::min(hex.find_first_not_of('0'), hex.size() - 1);
    return hex.substr(firstDigit);  // minisign prints no leading zeros
}

PublicKeyParse parsePublicKey(std::string_view bytes) {
    sodiumReady();
    if (bytes.size() > kMaxKeyFileBytes) return {std::nullopt, "the key file is too big"};
    std::string text = normaliseText(bytes);  // minisign itself accepts a BOM
    std::vector<std::string_view> lines;
    for (std::string_view line : splitLines(text))
        if (!line.empty()) lines.push_back(line);
    if (!lines.empty() && lines[0].starts_with(kUntrustedPrefix)) lines.erase(lines.begin());
    if (lines.size() != 1)
        return {std::nullopt, "expected a minisign public key (one base64 line)"};
    std::array<unsigned char, 42> raw{};
    if (!decodeBase64(lines[0], raw.data(), raw.size()))
        return {std::nullopt, "the key line is not a minisign public key (base64, 56 characters)"};
    if (raw[0] != 'E' || raw[1] != 'd')
        return {std::nullopt, "not an Ed25519 minisign key (unknown algorithm)"};
    PublicKey key;
    std::copy(raw.begin() + 2, raw.begin() + 10, key.keyId.begin());
    std::copy(raw.begin() + 10, raw.end(), key.key.begin());
    return {key, {}};
}

MinisigParse parseMinisig(std::string_view bytes) {
    sodiumReady();
    if (bytes.size() > kMaxMinisigBytes) return malformed("the signature file is too big");
    std::string text = normaliseText(bytes);
    if (hasControlBytes(text)) return malformed("the signature file holds control characters");
    std::vector<std::string_view> lines = splitLines(text);
    if (lines.size() != 4) return malformed("a minisign signature file has exactly four lines");
    if (!lines[0].starts_with(kUntrustedPrefix) ||
        lines[0].size() > kUntrustedPrefix.size() + kMaxCommentBytes)
        return malformed("line 1 is not an untrusted comment");
    std::array<unsigned char, 74> raw{};
    if (!decodeBase64(lines[1], raw.data(), raw.size()))
        return malformed("line 2 is not a minisign signature");
    if (!lines[2].starts_with(kTrustedPrefix) ||
        lines[2].size() > kTrustedPrefix.size() + kMaxCommentBytes)
        return malformed("line 3 is not a trusted comment");
    Minisig sig;
    if (!decodeBase64(lines[3], sig.globalSignature.data(), sig.globalSignature.size()))
        return malformed("line 4 is not the trusted comment's signature");
    if (raw[0] != 'E' || (raw[1] != 'D' && raw[1] != 'd'))
        return malformed("unknown signature algorithm (expected minisign's Ed25519)");
    sig.prehashed = raw[1] == 'D';
    std::copy(raw.begin() + 2, raw.begin() + 10, sig.keyId.begin());
    std::copy(raw.begin() + 10, raw.end(), sig.signature.begin());
    sig.trustedComment = std::string(lines[2].substr(kTrustedPrefix.size()));
    return {std::move(sig), {}};
}

SignatureCheck verifyMinisign(std::string_view message, std::string_view minisigText,
                              std::span<const PublicKey> trustedKeys) {
    SignatureCheck check;
    if (!sodiumReady()) {
        check.refusal = refuse(RefusalCode::LocalError, "libsodium could not start");
        return check;
    }
    MinisigParse parsed = parseMinisig(minisigText);
    if (!parsed.minisig) {
        check.refusal = refuse(RefusalCode::MalformedSignature,
                               "manifest.json.minisig is damaged: " + parsed.error);
        return check;
    }
    const Minisig& sig = *parsed.minisig;
    check.keyIdHex = keyIdHex(sig.keyId);
    const PublicKey* key = findKey(trustedKeys, sig.keyId);
    if (!key)
        check.refusal = refuse(RefusalCode::UnknownKey, "signed with key " + check.keyIdHex + "; " +
                                                            describeTrusted(trustedKeys));
    else if (!verifyMessage(sig, message, *key))
        check.refusal = refuse(RefusalCode::BadSignature,
                               "the signature does not match manifest.json (changed after "
                               "signing, or signed by another key with the same id)");
    else if (!verifyTrustedComment(sig, *key))
        check.refusal = refuse(RefusalCode::BadTrustedComment,
                               "the trusted comment in manifest.json.minisig was changed after "
                               "signing");
    else
        check.trustedComment = sig.trustedComment;
    return check;
}

}  // namespace kiosk::update
