#pragma once
// Which font files the exhibit draws with, in fallback order. Debian's fonts-noto-core:
// Noto Sans covers Latin, Cyrillic and Greek; Noto Sans Arabic covers Arabic, with the
// ligatures (lam-alef) and marks that HarfBuzz's Arabic shaper needs. DejaVu Sans
// (fonts-dejavu-core) is the last resort, so that a missing Noto still gives readable text.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text {

enum class Weight { Regular, Bold };

struct FontFile {
    std::string path;    // absolute path of a .ttf file that exists
    std::string family;  // "Noto Sans", "Noto Sans Arabic", "DejaVu Sans"
};

// The files for one weight, first choice first; a code point is drawn with the first file
// whose cmap has it. overrideDir (e.g. $KIOSK_FONT_DIR), when not empty, is searched first for
// the same file names. Returns an empty list when none of the files exists.
std::vector<FontFile> findFontFiles(Weight weight, std::string_view overrideDir = {});

}  // namespace kiosk::text
