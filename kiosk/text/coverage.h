#pragma once
// Which characters the bundled fonts can draw, checked against what the content needs: the
// letters of a language (CLDR's exemplar characters, from ICU) and the characters of a text.
// For kiosk-content validate's warnings; the exhibit itself falls back font by font and never
// asks this. No SDL or ImGui here.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/text/font_files.h"

namespace kiosk::text {

// The union of the cmaps of some font files (HarfBuzz's hb_face_collect_unicodes on face 0 of
// each file). A file that cannot be read adds nothing.
class FontCoverage {
  public:
    explicit FontCoverage(const std::vector<FontFile>& files);
    bool has(char32_t codePoint) const {
        if (codePoint < kBmp) return (bmp_[codePoint / 64] >> (codePoint % 64)) & 1;
        return hasBeyondBmp(codePoint);
    }
    bool coversPrintableAscii() const { return printableAscii_; }  // U+0020-U+007E all
    bool empty() const { return codePoints_.empty(); }
    std::size_t size() const { return codePoints_.size(); }
    // "Noto Sans, Noto Sans Arabic": the families read, for messages.
    const std::string& families() const { return families_; }

  private:
    static constexpr char32_t kBmp = 0x10000;
    bool hasBeyondBmp(char32_t codePoint) const;
    std::vector<char32_t> codePoints_;                                        // sorted
    std::vector<std::uint64_t> bmp_ = std::vector<std::uint64_t>(kBmp / 64);  // has() at once
    std::string families_;
    bool printableAscii_ = false;
};

// The standard exemplar characters of a language that the fonts lack.
struct ExemplarGap {
    std::size_t exemplars = 0;      // code points in CLDR's standard set, with case forms
    std::vector<char32_t> missing;  // those the fonts lack, ascending
};

// `language` is a BCP 47 tag ("he", "pt-BR"). nullopt when CLDR has no exemplar characters
// for it, so nothing can be said. Strings in the set
// (e.g. "ch") count by their code points. nullopt also when ICU would answer with the default
// locale's data instead.
std::optional<ExemplarGap> exemplarGap(const FontCoverage& fonts, std::string_view language);

// The first character of a UTF-8 text that the fonts lack, skipping line breaks, tabs and
// default-ignorable code points (bidi controls, ZWJ, ZWNJ), which are never drawn.
struct Uncovered {
    char32_t codePoint = 0;
    std::size_t character = 0;  // 1-based position in code points
    std::size_t count = 0;      // uncovered characters in the whole text, this one included
};
std::optional<Uncovered> firstUncovered(const FontCoverage& fonts, std::string_view utf8);

// "U+05D0 HEBREW LETTER ALEF (Hebrew script)": Unicode name and script from ICU
// (u_charName, uscript_getScript, uscript_getName).
std::string describeCodePoint(char32_t codePoint);

}  // namespace kiosk::text
