#include "kiosk/text/paragraph.h"

#include <hb.h>
#include <unicode/brkiter.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <map>
#include <memory>

namespace kiosk::text {
namespace {

struct ShapedGlyph {
    std::uint32_t id, cluster;
    float advance, dx, dy;  // px
};

struct Item {
    std::int32_t start, end;  // UTF-16 offsets
    bool rtl;
    std::uint16_t face;
    UScriptCode script;
    std::vector<ShapedGlyph> glyphs;  // HarfBuzz's order: visual within the item
};

struct Paragraph {
    const std::u16string& text;  // one paragraph, without its '\n'
    std::vector<Item> items;
    std::vector<float> advance;  // px per UTF-16 unit (a cluster's width on its first unit)
};

using BidiPtr = std::unique_ptr<UBiDi, decltype(&ubidi_close)>;

char32_t codePointAt(const std::u16string& s, std::int32_t i) {
    UChar32 c;
    U16_GET(s.data(), 0, i, static_cast<std::int32_t>(s.size()), c);
    return static_cast<char32_t>(c);
}

// Scripts per UTF-16 unit; Common and Inherited take the script before them (or after,
// at the start), so "PLO, 2021" stays one item and marks stay with their base.
std::vector<UScriptCode> resolveScripts(const std::u16string& s) {
    std::vector<UScriptCode> scripts(s.size(), USCRIPT_COMMON);
    UScriptCode last = USCRIPT_COMMON;
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
        UErrorCode err = U_ZERO_ERROR;
        char32_t cp = codePointAt(s, i);
        UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
        if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || U_FAILURE(err)) sc = last;
        std::int32_t n = U16_LENGTH(cp);
        for (std::int32_t k = 0; k < n; ++k) scripts[i + k] = sc;
        last = sc;
        i += n;
    }
    UScriptCode next = USCRIPT_LATIN;
    for (auto it = scripts.rbegin(); it != scripts.rend(); ++it) {
        if (*it == USCRIPT_COMMON)
            *it = next;
        else
            next = *it;
    }
    return scripts;
}

hb_script_t toHarfBuzz(UScriptCode sc) {
    return hb_script_from_string(uscript_getShortName(sc), -1);
}

void shapeItem(const FontSet& fonts, const std::u16string& text, Item& item, UScriptCode script,
               hb_language_t language, float scale) {
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf16(buf, reinterpret_cast<const std::uint16_t*>(text.data()),
                        static_cast<int>(text.size()), static_cast<unsigned>(item.start),
                        item.end - item.start);
    hb_buffer_set_direction(buf, item.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, toHarfBuzz(script));
    hb_buffer_set_language(buf, language);
    hb_shape(fonts.hbFont(item.face), buf, nullptr, 0);
    unsigned n = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
    item.glyphs.reserve(n);
    for (unsigned g = 0; g < n; ++g)
        item.glyphs.push_back({info[g].codepoint, info[g].cluster, pos[g].x_advance * scale,
                               pos[g].x_offset * scale, pos[g].y_offset * scale});
    hb_buffer_destroy(buf);
}

// Splits the bidi level runs at script and face changes, and shapes each piece.
void buildItems(const FontSet& fonts, UBiDi* bidi, Paragraph& p, hb_language_t language,
                float scale, std::vector<bool>& facesUsed) {
    const std::u16string& s = p.text;
    auto len = static_cast<std::int32_t>(s.size());
    std::vector<UScriptCode> scripts = resolveScripts(s);
    std::int32_t runStart = 0;
    while (runStart < len) {
        std::int32_t runEnd = len;
        UBiDiLevel level = 0;
        ubidi_getLogicalRun(bidi, runStart, &runEnd, &level);
        std::int32_t i = runStart;
        while (i < runEnd) {
            char32_t cp = codePointAt(s, i);
            UScriptCode script = scripts[i];
            Item item{i,      i, (level & 1) != 0, static_cast<std::uint16_t>(fonts.faceFor(cp)),
                      script, {}};
            while (i < runEnd && scripts[i] == script) {
                char32_t c = codePointAt(s, i);
                // Keep the face for anything it has: digits and spaces stay in the item.
                if (!fonts.has(item.face, c) && fonts.faceFor(c) != item.face) break;
                i += U16_LENGTH(c);
            }
            item.end = std::max(i, item.start + 1);
            i = item.end;
            shapeItem(fonts, s, item, script, language, scale);
            facesUsed[item.face] = true;
            for (const ShapedGlyph& g : item.glyphs) p.advance[g.cluster] += g.advance;
            p.items.push_back(std::move(item));
        }
        runStart = runEnd;
    }
}

bool isSpace(char16_t c) {
    return u_isWhitespace(c) || c == 0x00A0;
}

std::unique_ptr<icu::BreakIterator> lineBreaker(const std::string& language) {
    // One iterator per language; ICU builds its rules once, clones are cheap.
    static std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
    auto& proto = prototypes[language];
    if (!proto) {
        UErrorCode err = U_ZERO_ERROR;
        proto.reset(icu::BreakIterator::createLineInstance(icu::Locale(language.c_str()), err));
        if (U_FAILURE(err)) proto.reset();
    }
    return proto ? std::unique_ptr<icu::BreakIterator>(proto->clone()) : nullptr;
}

float widthOf(const Paragraph& p, std::int32_t from, std::int32_t to) {
    while (to > from && isSpace(p.text[to - 1])) --to;
    float w = 0;
    for (std::int32_t i = from; i < to; ++i) w += p.advance[i];
    return w;
}

// Line ends (UTF-16 offsets, exclusive), greedy, never an empty line.
std::vector<std::int32_t> breakLines(const Paragraph& p, const LayoutParams& params) {
    auto len = static_cast<std::int32_t>(p.text.size());
    std::vector<std::int32_t> ends;
    if (params.maxWidth <= 0 || len == 0) return {len};
    std::vector<std::int32_t> opportunities;
    if (auto it = lineBreaker(params.language)) {
        icu::UnicodeString u(false, p.text.data(), len);
        it->setText(u);
        for (std::int32_t b = it->following(0); b != icu::BreakIterator::DONE; b = it->next())
            opportunities.push_back(b);
    }
    if (opportunities.empty() || opportunities.back() != len) opportunities.push_back(len);
    std::int32_t start = 0;
    while (start < len) {
        std::int32_t best = -1;
        for (std::int32_t b : opportunities) {
            if (b <= start) continue;
            if (widthOf(p, start, b) > params.maxWidth) break;
            best = b;
        }
        if (best < 0) {
            // One word wider than the box: cut between clusters (never inside one).
            best = start + 1;
            for (std::int32_t i = start + 1; i <= len; ++i) {
                if (i < len && p.advance[i] == 0) continue;
                if (widthOf(p, start, i) > params.maxWidth) break;
                best = i;
            }
            while (best < len && p.advance[best] == 0) ++best;
        }
        ends.push_back(best);
        start = best;
    }
    return ends;
}

// Places the glyphs of [from, to) in visual order, ICU deciding the order of the runs.
Line placeLine(UBiDi* para, const Paragraph& p, std::int32_t from, std::int32_t to, bool rtl) {
    Line line;
    line.rtl = rtl;
    while (to > from && isSpace(p.text[to - 1])) --to;
    if (to <= from) return line;
    UErrorCode err = U_ZERO_ERROR;
    BidiPtr lineBidi(ubidi_openSized(to - from, 0, &err), &ubidi_close);
    ubidi_setLine(para, from, to, lineBidi.get(), &err);
    if (U_FAILURE(err)) return line;
    float pen = 0;
    std::int32_t runs = ubidi_countRuns(lineBidi.get(), &err);
    for (std::int32_t r = 0; r < runs; ++r) {
        std::int32_t start = 0, length = 0;
        bool runRtl = ubidi_getVisualRun(lineBidi.get(), r, &start, &length) == UBIDI_RTL;
        std::int32_t rs = from + start, re = rs + length;
        auto place = [&](const Item& item) {
            if (item.end <= rs || item.start >= re) return;
            for (const ShapedGlyph& g : item.glyphs) {
                if (static_cast<std::int32_t>(g.cluster) < rs ||
                    static_cast<std::int32_t>(g.cluster) >= re)
                    continue;
                line.glyphs.push_back({g.id, g.cluster, item.face, pen + g.dx, -g.dy});
                pen += g.advance;
            }
        };
        if (runRtl)
            for (auto it = p.items.rbegin(); it != p.items.rend(); ++it) place(*it);
        else
            for (const Item& item : p.items) place(item);
    }
    line.width = pen;
    return line;
}

}  // namespace

bool isRightToLeft(std::string_view utf8, bool fallback) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    UBiDiDirection d = ubidi_getBaseDirection(u.getBuffer(), u.length());
    return d == UBIDI_NEUTRAL ? fallback : d == UBIDI_RTL;
}

namespace {

ShapedGlyph shapeEllipsis(const FontSet& fonts, std::uint16_t& face, float scale) {
    face = static_cast<std::uint16_t>(fonts.faceFor(U'\u2026'));
    hb_codepoint_t id = 0;
    hb_font_get_nominal_glyph(fonts.hbFont(face), U'\u2026', &id);
    float advance = hb_font_get_glyph_h_advance(fonts.hbFont(face), id) * scale;
    return {id, 0, advance, 0, 0};
}

// The last line allowed: as much of [from, end) as fits with an ellipsis at its logical end.
Line ellipsizedLine(const FontSet& fonts, UBiDi* bidi, const Paragraph& p, std::int32_t from,
                    std::int32_t end, bool rtl, const LayoutParams& params, float scale) {
    std::uint16_t face = 0;
    ShapedGlyph dots = shapeEllipsis(fonts, face, scale);
    std::int32_t cut = from;
    if (params.maxWidth > 0) {
        for (std::int32_t i = from + 1; i <= end; ++i) {
            if (i < end && p.advance[i] == 0) continue;  // inside a cluster
            if (widthOf(p, from, i) + dots.advance > params.maxWidth) break;
            cut = i;
        }
        // Prefer a word boundary when one is in the second half of the line.
        for (std::int32_t i = cut; i > from + (cut - from) / 2; --i)
            if (isSpace(p.text[i - 1])) {
                cut = i;
                break;
            }
    } else {
        cut = end;
    }
    Line line = placeLine(bidi, p, from, std::max(cut, from), rtl);
    Glyph g{dots.id, static_cast<std::uint32_t>(cut), face, 0, 0};
    if (rtl) {
        for (Glyph& other : line.glyphs) other.x += dots.advance;
        line.glyphs.insert(line.glyphs.begin(), g);
    } else {
        g.x = line.width;
        line.glyphs.push_back(g);
    }
    line.width += dots.advance;
    return line;
}

}  // namespace

std::vector<ShapedRun> shapeRuns(const FontSet& fonts, std::string_view utf8, Direction direction,
                                 const std::string& language) {
    std::vector<ShapedRun> runs;
    if (fonts.size() == 0) return runs;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    std::u16string text(u.getBuffer(), static_cast<std::size_t>(u.length()));
    Paragraph p{text, {}, std::vector<float>(text.size())};
    UErrorCode err = U_ZERO_ERROR;
    BidiPtr bidi(ubidi_open(), &ubidi_close);
    UBiDiLevel level = direction == Direction::LeftToRight   ? 0
                       : direction == Direction::RightToLeft ? 1
                                                             : UBIDI_DEFAULT_LTR;
    ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(text.data()),
                  static_cast<std::int32_t>(text.size()), level, nullptr, &err);
    if (U_FAILURE(err)) return runs;
    std::vector<bool> used(fonts.size());
    buildItems(fonts, bidi.get(), p, hb_language_from_string(language.c_str(), -1), 1.0f, used);
    for (const Item& item : p.items) {
        ShapedRun run{item.start, item.end, item.rtl, item.face, uscript_getShortName(item.script),
                      {}};
        for (const ShapedGlyph& g : item.glyphs)
            run.glyphs.push_back({g.id, g.cluster, static_cast<int>(g.advance),
                                  static_cast<int>(g.dx), static_cast<int>(g.dy)});
        runs.push_back(std::move(run));
    }
    return runs;
}

TextLayout layoutText(const FontSet& fonts, std::string_view utf8, const LayoutParams& params) {
    TextLayout out;
    if (fonts.size() == 0 || params.px <= 0) return out;
    const FaceMetrics& primary = fonts.metrics(0);
    float extent = static_cast<float>(primary.ascender - primary.descender);
    out.emPx = params.px * primary.unitsPerEm / (extent > 0 ? extent : primary.unitsPerEm);
    float scale = out.emPx / primary.unitsPerEm;
    hb_language_t language = hb_language_from_string(params.language.c_str(), -1);
    std::vector<bool> facesUsed(fonts.size(), false);

    icu::UnicodeString all = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    std::u16string whole(all.getBuffer(), static_cast<std::size_t>(all.length()));
    UBiDiLevel level = params.direction == Direction::LeftToRight   ? 0
                       : params.direction == Direction::RightToLeft ? 1
                       : params.autoFallbackRtl                     ? UBIDI_DEFAULT_RTL
                                                                    : UBIDI_DEFAULT_LTR;
    std::size_t from = 0;
    bool done = false;
    while (!done && from <= whole.size()) {
        std::size_t nl = whole.find(u'\n', from);
        if (nl == std::u16string::npos) nl = whole.size();
        bool moreAfter = nl < whole.size();
        std::u16string text = whole.substr(from, nl - from);
        from = nl + 1;
        Paragraph p{text, {}, std::vector<float>(text.size())};
        UErrorCode err = U_ZERO_ERROR;
        BidiPtr bidi(ubidi_open(), &ubidi_close);
        ubidi_setPara(bidi.get(), reinterpret_cast<const UChar*>(text.data()),
                      static_cast<std::int32_t>(text.size()), level, nullptr, &err);
        bool rtl = U_SUCCESS(err) && (ubidi_getParaLevel(bidi.get()) & 1);
        if (out.lines.empty()) out.rtl = rtl;
        if (U_FAILURE(err) || text.empty()) {
            out.lines.push_back(Line{{}, 0, 0, rtl});
            continue;
        }
        buildItems(fonts, bidi.get(), p, language, scale, facesUsed);
        std::vector<std::int32_t> ends = breakLines(p, params);
        std::int32_t start = 0;
        for (std::size_t k = 0; k < ends.size(); ++k) {
            bool last =
                params.maxLines > 0 && static_cast<int>(out.lines.size()) == params.maxLines - 1;
            bool more = k + 1 < ends.size() || moreAfter;
            if (last && more) {
                out.lines.push_back(ellipsizedLine(fonts, bidi.get(), p, start,
                                                   static_cast<std::int32_t>(text.size()), rtl,
                                                   params, scale));
                out.truncated = done = true;
                break;
            }
            out.lines.push_back(placeLine(bidi.get(), p, start, ends[k], rtl));
            start = ends[k];
        }
    }

    // Line height and baseline from the faces actually used: Arabic's are taller.
    float ascent = 0, descent = 0;
    for (std::size_t f = 0; f < fonts.size(); ++f) {
        if (!facesUsed[f] && f != 0) continue;
        const FaceMetrics& m = fonts.metrics(f);
        float s = out.emPx / m.unitsPerEm;
        ascent = std::max(ascent, m.ascender * s);
        descent = std::max(descent, -m.descender * s);
    }
    out.lineHeight = std::max(params.px * params.lineSpacing, ascent + descent);
    float baseline = (out.lineHeight - (ascent + descent)) / 2 + ascent;
    for (std::size_t i = 0; i < out.lines.size(); ++i) {
        out.lines[i].baseline = baseline + out.lineHeight * static_cast<float>(i);
        out.width = std::max(out.width, out.lines[i].width);
    }
    out.height = out.lineHeight * static_cast<float>(out.lines.size());
    return out;
}

}  // namespace kiosk::text
