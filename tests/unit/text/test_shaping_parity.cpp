// Shaping parity with HarfBuzz's own command-line shaper, and visual order with ICU's bidi
// reordering, for the reference strings issue 13 names.
#include <doctest/doctest.h>
#include <unicode/ubidi.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

#include "kiosk/text/paragraph.h"

using namespace kiosk::text;

namespace {

const char* const kReferences[] = {
    "لا السلام",                               // lam-alef, alone and inside a word
    "تتبع ب",                                  // initial, medial, final and isolated forms
    "منظمة التحرير (PLO) عام 2021، 14 فصيلاً",  // Latin and digits inside Arabic
    "Переговоры в Москве, 8 февраля 2021",     // Cyrillic
    "Talks with محمود عباس in Ramallah",       // an Arabic name inside English
};

FontSet& fonts() {
    static FontSet set(findFontFiles(Weight::Regular));
    return set;
}

std::string utf8Of(const icu::UnicodeString& u, std::int32_t start, std::int32_t end) {
    std::string out;
    u.tempSubStringBetween(start, end).toUTF8String(out);
    return out;
}

// hb-shape's "[gid@dx,dy+adv|...]" (--no-glyph-names --no-clusters) as glyph triples.
std::vector<ShapedRun::G> hbShape(const std::string& font, const std::string& text, bool rtl,
                                  const std::string& script, const std::string& language) {
    std::string cmd =
        "hb-shape --no-glyph-names --no-clusters --direction=" + std::string(rtl ? "rtl" : "ltr") +
        " --script=" + script + " --language=" + language + " '" + font + "' '" + text + "'";
    std::vector<ShapedRun::G> out;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return out;
    char buf[8192];
    std::string s;
    while (fgets(buf, sizeof buf, pipe)) s += buf;
    pclose(pipe);
    std::size_t i = s.find('[');
    while (i != std::string::npos && i + 1 < s.size()) {
        ShapedRun::G g{0, 0, 0, 0, 0};
        char* p = &s[i + 1];
        g.id = static_cast<std::uint32_t>(std::strtoul(p, &p, 10));
        if (*p == '@') {
            g.dx = static_cast<int>(std::strtol(p + 1, &p, 10));
            g.dy = static_cast<int>(std::strtol(p + 1, &p, 10));
        }
        if (*p == '+') g.advance = static_cast<int>(std::strtol(p + 1, &p, 10));
        out.push_back(g);
        i = s.find('|', static_cast<std::size_t>(p - s.data()));
    }
    return out;
}

bool haveHbShape() {
    return std::system("hb-shape --version >/dev/null 2>&1") == 0;
}

}  // namespace

TEST_CASE("each shaped item matches hb-shape: glyph ids, advances and offsets") {
#ifdef KIOSK_TEST_UNDER_EMULATOR
    return;  // the host's hb-shape is not the target's HarfBuzz
#endif
    REQUIRE_MESSAGE(haveHbShape(), "install libharfbuzz-bin (tools/dev does)");
    auto files = findFontFiles(Weight::Regular);
    for (const char* text : kReferences) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
        auto runs = shapeRuns(fonts(), text);
        REQUIRE(!runs.empty());
        for (const ShapedRun& run : runs) {
            std::string piece = utf8Of(u, run.start, run.end);
            auto ref = hbShape(files[run.face].path, piece, run.rtl, run.script, "en");
            INFO(text << " / item \"" << piece << "\" " << run.script
                      << (run.rtl ? " rtl" : " ltr"));
            REQUIRE(ref.size() == run.glyphs.size());
            for (std::size_t g = 0; g < ref.size(); ++g) {
                CHECK(run.glyphs[g].id == ref[g].id);
                CHECK(run.glyphs[g].advance == ref[g].advance);
                CHECK(run.glyphs[g].dx == ref[g].dx);
                CHECK(run.glyphs[g].dy == ref[g].dy);
            }
        }
    }
}

TEST_CASE("lam-alef is one glyph, and Arabic uses the Arabic face") {
    auto runs = shapeRuns(fonts(), "لا");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].rtl);
    CHECK(runs[0].script == "Arab");
    CHECK(fonts().family(runs[0].face) == "Noto Sans Arabic");
    CHECK(runs[0].glyphs.size() == 1);
}

TEST_CASE("the visual order of every line is ICU's bidi reordering") {
    for (const char* text : kReferences) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
        TextLayout layout = layoutText(fonts(), text, LayoutParams{});
        REQUIRE(layout.lines.size() == 1);
        // Our order: the clusters of the glyphs, left to right.
        std::vector<std::int32_t> ours;
        std::set<std::int32_t> clusters;
        for (const Glyph& g : layout.lines[0].glyphs) {
            if (ours.empty() || ours.back() != static_cast<std::int32_t>(g.cluster))
                ours.push_back(static_cast<std::int32_t>(g.cluster));
            clusters.insert(static_cast<std::int32_t>(g.cluster));
        }
        // ICU's: the logical index at each visual position, keeping cluster starts only.
        UErrorCode err = U_ZERO_ERROR;
        UBiDi* bidi = ubidi_open();
        ubidi_setPara(bidi, u.getBuffer(), u.length(), UBIDI_DEFAULT_LTR, nullptr, &err);
        std::vector<std::int32_t> map(static_cast<std::size_t>(u.length()));
        ubidi_getVisualMap(bidi, map.data(), &err);
        ubidi_close(bidi);
        REQUIRE(U_SUCCESS(err));
        std::vector<std::int32_t> icu;
        for (std::int32_t logical : map)
            if (clusters.count(logical) && (icu.empty() || icu.back() != logical))
                icu.push_back(logical);
        INFO(text);
        CHECK(ours == icu);
    }
}

TEST_CASE("base direction: Arabic paragraphs are right to left, English left to right") {
    CHECK(layoutText(fonts(), "منظمة التحرير (PLO)", {}).rtl);
    CHECK_FALSE(layoutText(fonts(), "Talks with محمود عباس", {}).rtl);
    CHECK(isRightToLeft("عام 2021"));
    CHECK_FALSE(isRightToLeft("2021"));
    CHECK(isRightToLeft("2021", true));
}

TEST_CASE("lines break at ICU's opportunities, fit the width, and an ellipsis ends a cut") {
    LayoutParams p;
    p.px = 20;
    p.maxWidth = 200;
    std::string text = "The foreign ministers of Germany, France, Egypt and Jordan met in Munich.";
    TextLayout all = layoutText(fonts(), text, p);
    CHECK(all.lines.size() >= 2);
    for (const Line& l : all.lines) CHECK(l.width <= p.maxWidth + 0.01f);
    p.maxLines = 2;
    TextLayout cut = layoutText(fonts(), text, p);
    REQUIRE(cut.lines.size() == 2);
    CHECK(cut.truncated);
    CHECK(cut.lines[1].width <= p.maxWidth + 0.01f);
    CHECK(cut.height == doctest::Approx(2 * cut.lineHeight));
}

TEST_CASE("Arabic lines are taller than Latin ones at the same size") {
    LayoutParams p;
    p.px = 20;
    CHECK(layoutText(fonts(), "السلام", p).lineHeight > layoutText(fonts(), "Peace", p).lineHeight);
}
