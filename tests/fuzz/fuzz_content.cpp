// The content loader (kiosk/content/load.h) with one file of a content folder replaced by the
// input. The first byte picks the file (its low 3 bits, in kNames order) and the base folder
// (bit 3: the bundled content/, else tests/fixtures/content/minimal); the rest is the text.
// Pictures are probed in the base folder's media/, read-only.
#include <array>

#include "fuzz_support.h"
#include "kiosk/content/load.h"

namespace {

using kiosk::content::ContentTexts;

constexpr std::array<const char*, 8> kNames = {"exhibit.json", "tracks.json", "sources.json",
                                               "places.json",  "actors.json", "media.json",
                                               "events.json",  "tours.json"};

struct Base {
    std::filesystem::path folder;
    ContentTexts texts;
};

Base readBase(const char* relative) {
    Base base{std::filesystem::path(KIOSK_SOURCE_DIR) / relative, {}};
    for (const char* name : kNames)
        base.texts[name] = kiosk::fuzz::readSourceFile(std::filesystem::path(relative) / name);
    return base;
}

const Base& minimal() {
    static const Base base = readBase("tests/fixtures/content/minimal");
    return base;
}
const Base& bundled() {
    static const Base base = readBase("content");
    return base;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    minimal();
    bundled();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const Base& base = (data[0] & 8) ? bundled() : minimal();
    ContentTexts texts = base.texts;
    texts[kNames[data[0] & 7]] = std::string(kiosk::fuzz::asText(data + 1, size - 1));
    kiosk::content::LoadResult result = kiosk::content::loadContentTexts(texts, base.folder);
    FUZZ_CHECK(result.ok() == (result.errors == 0));
    for (const kiosk::content::Problem& problem : result.problems) {
        FUZZ_CHECK(!problem.message.empty());
        (void)problem.format();
    }
    return 0;
}
