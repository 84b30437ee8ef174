// Random damage to a signed manifest and its .minisig: never a crash (run under ASan/UBSan
// with -DKIOSK_SANITIZE=ON), never accepted unless the signed bytes are unchanged.
#include <doctest/doctest.h>

#include <random>

#include "kiosk/update/manifest.h"
#include "kiosk/update/minisign.h"
#include "kiosk/update/package_paths.h"
#include "update_test_support.h"

namespace kiosk::update::testing {
namespace {

constexpr int kRounds = 3000;

std::string mutate(std::string text, std::mt19937& random) {
    std::uniform_int_distribution<int> kind(0, 5), byte(0, 255);
    int edits = 1 + int(random() % 4);
    for (int i = 0; i < edits && !text.empty(); ++i) {
        std::size_t at = random() % text.size();
        switch (kind(random)) {
            case 0:
                text[at] = char(byte(random));
                break;
            case 1:
                text[at] ^= char(1 << (random() % 8));
                break;
            case 2:
                text.erase(at, 1 + random() % 16);
                break;
            case 3:
                text.insert(at, std::string(1 + random() % 8, char(byte(random))));
                break;
            case 4:
                text.insert(at, text.substr(random() % text.size(), random() % 64));
                break;
            default:
                text.resize(at);
                break;
        }
    }
    return text;
}

struct SignedManifest {
    TempDir dir;
    KeyPair key = makeKeyPair(dir.path() / "keys");
    std::string manifest, minisig;
    SignedManifest() {
        writeContent(dir.path() / "src", 2);
        makeSignedPackage(dir.path() / "src", dir.path() / "pkg", key);
        manifest = readFile(dir.path() / "pkg" / kManifestName);
        minisig = readFile(dir.path() / "pkg" / kSignatureName);
    }
};

}  // namespace

TEST_CASE("random damage to manifest.json never verifies and never crashes the parser") {
    SignedManifest s;
    std::vector<PublicKey> keys{s.key.publicKey()};
    REQUIRE(verifyMinisign(s.manifest, s.minisig, keys).ok());
    std::mt19937 random(20261127);
    int parsedOk = 0;
    for (int round = 0; round < kRounds; ++round) {
        std::string damaged = mutate(s.manifest, random);
        if (damaged == s.manifest) continue;
        CHECK_FALSE(verifyMinisign(damaged, s.minisig, keys).ok());
        ManifestParse parsed = parseManifest(damaged);
        CHECK((parsed.manifest.has_value() || !parsed.refusal.reason.empty()));
        parsedOk += parsed.manifest.has_value();
    }
    MESSAGE(parsedOk << " of " << kRounds << " damaged manifests still parsed");
}

TEST_CASE(
    "random damage to the .minisig never verifies unless only the untrusted comment changed") {
    SignedManifest s;
    std::vector<PublicKey> keys{s.key.publicKey()};
    std::string signedPart = s.minisig.substr(s.minisig.find('\n'));
    std::mt19937 random(42);
    for (int round = 0; round < kRounds; ++round) {
        std::string damaged = mutate(s.minisig, random);
        SignatureCheck check = verifyMinisign(s.manifest, damaged, keys);
        if (!check.ok()) {
            CHECK_FALSE(check.refusal.reason.empty());
            continue;
        }
        // Accepted: the signature, the trusted comment and its signature must be intact
        // (line endings aside); only line 1 is not signed.
        CHECK(check.trustedComment == "package for the update tests");
        std::string rest = damaged.substr(damaged.find('\n'));
        std::erase(rest, '\r');
        if (rest.back() != '\n') rest += '\n';
        CHECK(rest == signedPart);
    }
}

TEST_CASE("random bytes as a public key or .minisig are refused, not crashed on") {
    std::mt19937 random(7);
    for (int round = 0; round < kRounds; ++round) {
        std::string noise(random() % 300, '\0');
        for (char& c : noise) c = char(random() % 256);
        CHECK_FALSE(parsePublicKey(noise).key);
        CHECK_FALSE(parseMinisig(noise).minisig);
    }
}

}  // namespace kiosk::update::testing
