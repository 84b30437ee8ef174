// The update manifest (kiosk/update/manifest.h): parseManifest on the input, and whatever it
// accepts must survive formatManifest and parse again to the same text (what `pack` relies on).
#include "fuzz_support.h"
#include "kiosk/update/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::update;
    ManifestParse parsed = parseManifest(kiosk::fuzz::asText(data, size));
    FUZZ_CHECK(parsed.manifest.has_value() != parsed.refusal.refused());
    if (!parsed.manifest) return 0;
    FUZZ_CHECK(isValidExhibitId(parsed.manifest->exhibitId));
    std::string formatted = formatManifest(*parsed.manifest);
    if (formatted.size() > ManifestLimits{}.maxManifestBytes) return 0;
    ManifestParse again = parseManifest(formatted);
    FUZZ_CHECK(again.manifest.has_value());
    FUZZ_CHECK(formatManifest(*again.manifest) == formatted);
    return 0;
}
