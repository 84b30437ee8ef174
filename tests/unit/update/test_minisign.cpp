// Signatures made by the real minisign program, checked with libsodium.
#include <doctest/doctest.h>

#include "kiosk/update/minisign.h"
#include "update_test_support.h"

namespace kiosk::update::testing {
namespace {

struct Signed {
    TempDir dir;
    KeyPair key = makeKeyPair(dir.path() / "keys");
    std::string message = "{\"hello\": \"exhibit\"}\n";
    std::string minisig;

    explicit Signed(bool legacy = false) {
        writeFile(dir.path() / "manifest.json", message);
        sign(key, dir.path() / "manifest.json", "content version 7", legacy);
        minisig = readFile(dir.path() / "manifest.json.minisig");
    }
    SignatureCheck check(std::string_view text, std::string_view sig) const {
        std::vector<PublicKey> keys{key.publicKey()};
        return verifyMinisign(text, sig, keys);
    }
};

// Replaces the line `index` (0-based) of a .minisig text.
std::string withLine(const std::string& minisig, int index, const std::string& line) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = minisig.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(minisig.substr(start, end - start));
    REQUIRE(lines.size() == 4);
    lines[std::size_t(index)] = line;
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("a public key file and its base64 line both parse, with minisign's key id") {
    TempDir dir;
    KeyPair key = makeKeyPair(dir.path());
    std::string file = readFile(key.publicFile);
    PublicKeyParse fromFile = parsePublicKey(file);
    REQUIRE_MESSAGE(fromFile.key, fromFile.error);
    std::string line = file.substr(file.find('\n') + 1);
    PublicKeyParse fromLine = parsePublicKey(line);
    REQUIRE(fromLine.key);
    CHECK(fromLine.key->key == fromFile.key->key);
    // minisign writes "untrusted comment: minisign public key <ID>" on the first line.
    CHECK(file.find(keyIdHex(fromFile.key->keyId)) != std::string::npos);
    CHECK_FALSE(parsePublicKey("RWSnotakey").key);
    CHECK_FALSE(parsePublicKey(line + line).key);
}

TEST_CASE("a default (prehashed) minisign signature verifies, trusted comment included") {
    Signed s;
    SignatureCheck check = s.check(s.message, s.minisig);
    CHECK_MESSAGE(check.ok(), check.refusal.reason);
    CHECK(check.trustedComment == "content version 7");
    CHECK(parseMinisig(s.minisig).minisig->prehashed);
}

TEST_CASE("a legacy (-l) minisign signature verifies") {
    Signed s(true);
    SignatureCheck check = s.check(s.message, s.minisig);
    CHECK_MESSAGE(check.ok(), check.refusal.reason);
    CHECK_FALSE(parseMinisig(s.minisig).minisig->prehashed);
}

TEST_CASE("a changed manifest is a bad signature") {
    Signed s;
    std::string changed = s.message;
    changed[3] = 'H';
    CHECK(s.check(changed, s.minisig).refusal.code == RefusalCode::BadSignature);
}

TEST_CASE("an edited trusted comment is refused") {
    Signed s;
    std::string edited = withLine(s.minisig, 2, "trusted comment: content version 8");
    CHECK(s.check(s.message, edited).refusal.code == RefusalCode::BadTrustedComment);
}

TEST_CASE("the untrusted comment is not signed, so editing it changes nothing") {
    Signed s;
    std::string edited = withLine(s.minisig, 0, "untrusted comment: anything at all");
    CHECK(s.check(s.message, edited).ok());
}

TEST_CASE("a signature from another key is refused as an unknown key, naming the key") {
    Signed s;
    KeyPair other = makeKeyPair(s.dir.path() / "other");
    sign(other, s.dir.path() / "manifest.json", "someone else");
    std::string foreign = readFile(s.dir.path() / "manifest.json.minisig");
    SignatureCheck check = s.check(s.message, foreign);
    CHECK(check.refusal.code == RefusalCode::UnknownKey);
    CHECK(check.refusal.reason.find(keyIdHex(other.publicKey().keyId)) != std::string::npos);
    std::vector<PublicKey> both{s.key.publicKey(), other.publicKey()};
    CHECK(verifyMinisign(s.message, foreign, both).ok());
}

TEST_CASE("malformed .minisig files are refused strictly") {
    Signed s;
    auto code = [&](const std::string& sig) { return s.check(s.message, sig).refusal.code; };
    CHECK(code("") == RefusalCode::MalformedSignature);
    CHECK(code(s.minisig.substr(0, s.minisig.rfind('\n', s.minisig.size() - 2) + 1)) ==
          RefusalCode::MalformedSignature);
    CHECK(code(s.minisig + "extra line\n") == RefusalCode::MalformedSignature);
    CHECK(code(withLine(s.minisig, 0, "comment: no prefix")) == RefusalCode::MalformedSignature);
    CHECK(code(withLine(s.minisig, 1, "RWQ=")) == RefusalCode::MalformedSignature);
    CHECK(code(withLine(s.minisig, 2, "untrusted comment: wrong")) ==
          RefusalCode::MalformedSignature);
    CHECK(code(withLine(s.minisig, 3, "AAAA")) == RefusalCode::MalformedSignature);
    CHECK(code(std::string(kMaxMinisigBytes + 1, 'a')) == RefusalCode::MalformedSignature);
    std::string longComment = "trusted comment: " + std::string(kMaxCommentBytes + 1, 'x');
    CHECK(code(withLine(s.minisig, 2, longComment)) == RefusalCode::MalformedSignature);
}

TEST_CASE("an unknown signature algorithm is refused") {
    Signed s;
    std::string sig = s.minisig;
    std::size_t line2 = sig.find('\n') + 1;
    REQUIRE(sig.substr(line2, 2) == "RU");  // base64 of "ED..."
    sig[line2 + 1] = 'X';                   // no longer "ED" or "Ed"
    CHECK(s.check(s.message, sig).refusal.code == RefusalCode::MalformedSignature);
}

TEST_CASE("Windows line endings in the .minisig are accepted") {
    Signed s;
    std::string crlf;
    for (char c : s.minisig) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(s.check(s.message, crlf).ok());
}

}  // namespace kiosk::update::testing
