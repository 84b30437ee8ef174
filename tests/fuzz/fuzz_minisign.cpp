// minisign public keys and signatures (kiosk/update/minisign.h). The input goes through both
// parsers, then is checked as the signature of a fixed message against a fixed key: the key
// and the message that signed corpus/minisign/signature-* (made with `minisign -S`).
#include <vector>

#include "fuzz_support.h"
#include "kiosk/update/minisign.h"

namespace {

constexpr std::string_view kMessage = "{\"format\": 1}\n";
constexpr std::string_view kKeyLine = "RWTIzTg2bCibIr8UTs6/bplvIFc/y3U+uQdswciYQxh2+rcCVsU4+/KR";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::update;
    static const std::vector<PublicKey> trusted{*parsePublicKey(kKeyLine).key};
    std::string_view text = kiosk::fuzz::asText(data, size);

    PublicKeyParse key = parsePublicKey(text);
    FUZZ_CHECK(key.key.has_value() == key.error.empty());
    if (key.key) (void)keyIdHex(key.key->keyId);

    MinisigParse sig = parseMinisig(text);
    FUZZ_CHECK(sig.minisig.has_value() == sig.error.empty());
    if (sig.minisig) FUZZ_CHECK(sig.minisig->trustedComment.size() <= kMaxCommentBytes);

    SignatureCheck check = verifyMinisign(kMessage, text, trusted);
    if (check.ok()) FUZZ_CHECK(sig.minisig.has_value());
    return 0;
}
