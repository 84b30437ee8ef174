#pragma once
// Paragraph layout: UTF-8 text in, positioned glyphs out, line by line in visual order.
//   1. Bidi levels: ICU's implementation of the Unicode Bidirectional Algorithm (UAX #9,
//      ubidi_setPara), with the base direction given or found from the first strong letter.
//   2. Items: each level run is split where the script (ICU uscript_getScript, UAX #24;
//      Common and Inherited take their neighbour's) or the font face changes.
//   3. Shaping: HarfBuzz shapes each item in the faces' units, with the whole paragraph as
//      context, so Arabic joins and lam-alef ligates across item edges as it should.
//   4. Lines: ICU's line break iterator (UAX #14, CLDR tailoring for the language) gives
//      the break opportunities; lines are filled greedily to maxWidth.
//   5. Visual order: ICU reorders each line (ubidi_setLine, ubidi_getVisualRun); within
//      a right-to-left run HarfBuzz's output is already in visual order.
// No SDL, ImGui or GL; kiosk/ui draws the glyphs through its glyph atlas.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/text/font_set.h"

namespace kiosk::text {

enum class Direction { Auto, LeftToRight, RightToLeft };

struct LayoutParams {
    float px = 16;       // size in pixels, as ImGui's: the primary face's ascender-descender
    float maxWidth = 0;  // pixels; 0 or less: never wrap
    int maxLines = 0;    // 0: no limit; else the last line ends with an ellipsis if cut
    Direction direction = Direction::Auto;
    bool autoFallbackRtl = false;  // Auto with no strong letter: right to left when true
    std::string language = "en";   // BCP 47; picks line-break tailoring and OpenType language
    float lineSpacing = 1.25f;     // minimum line height, in px units (taller faces win)
};

struct Glyph {
    std::uint32_t id = 0;       // glyph index in its face (not a code point)
    std::uint32_t cluster = 0;  // UTF-16 offset in the text of the first character it shows
    std::uint16_t face = 0;     // index into the FontSet
    float x = 0, y = 0;         // pen position in px: x from the line's left, y down from baseline
};

struct Line {
    std::vector<Glyph> glyphs;  // left to right on screen
    float width = 0;            // px, without trailing spaces
    float baseline = 0;         // px from the layout's top
    bool rtl = false;           // the paragraph's direction: right-aligned text when true
};

struct TextLayout {
    std::vector<Line> lines;
    float width = 0;       // px, the widest line
    float height = 0;      // px, lines * lineHeight
    float lineHeight = 0;  // px, from the faces used (Arabic lines are taller)
    float emPx = 0;        // the em size glyphs are rasterised at
    bool rtl = false;      // the first paragraph's base direction
    bool truncated = false;
};

// Lays out text (UTF-8; invalid bytes show as U+FFFD; '\n' ends a paragraph). Never throws;
// an empty FontSet gives an empty layout. Cost: ICU and HarfBuzz per call, so cache results.
TextLayout layoutText(const FontSet& fonts, std::string_view utf8, const LayoutParams& params);

// One shaped item, for tests and tools: the text of [start, end) (UTF-16 offsets into the
// paragraph), shaped in one face, script and direction. Glyphs in HarfBuzz's order (visual
// within the item), advances and offsets in the face's font units, as `hb-shape` prints them.
struct ShapedRun {
    std::int32_t start = 0, end = 0;
    bool rtl = false;
    std::uint16_t face = 0;
    std::string script;  // ISO 15924 code, "Arab"
    struct G {
        std::uint32_t id, cluster;
        int advance, dx, dy;
    };
    std::vector<G> glyphs;
};
// The items of one paragraph (no '\n'), as layoutText shapes them.
std::vector<ShapedRun> shapeRuns(const FontSet& fonts, std::string_view utf8,
                                 Direction direction = Direction::Auto,
                                 const std::string& language = "en");

// The base direction ICU finds for text (first strong letter), or fallback with none.
bool isRightToLeft(std::string_view utf8, bool fallback = false);

}  // namespace kiosk::text
