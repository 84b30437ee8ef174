#include "kiosk/tools/font_check.h"

namespace kiosk::tools {

std::string FontGlyphCheck::languageProblem(std::string_view code) const {
    std::optional<text::ExemplarGap> gap = text::exemplarGap(fonts_, code);
    if (!gap || gap->missing.empty()) return {};
    return "the bundled fonts (" + fonts_.families() + ") lack " +
           std::to_string(gap->missing.size()) + " of the " + std::to_string(gap->exemplars) +
           " letters CLDR lists for \"" + std::string(code) + "\", e.g. " +
           text::describeCodePoint(gap->missing.front()) +
           "; its texts would show empty boxes. Add a font for it (kiosk/text/font_files.cpp) "
           "before listing the language";
}

std::string FontGlyphCheck::textProblem(std::string_view text) const {
    std::optional<text::Uncovered> first = text::firstUncovered(fonts_, text);
    if (!first) return {};
    std::string more = first->count > 1
                           ? " (and " + std::to_string(first->count - 1) + " more such characters)"
                           : "";
    return text::describeCodePoint(first->codePoint) + ", character " +
           std::to_string(first->character) + " of this text, is in no bundled font (" +
           fonts_.families() + ") and would show as an empty box" + more;
}

}  // namespace kiosk::tools
