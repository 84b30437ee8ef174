// kiosk/text/coverage.h against the installed fonts-noto-core: the exhibit's three languages are
// covered, Hebrew and Chinese are not, and a stray character is found and named.
#include <doctest/doctest.h>

#include "kiosk/text/coverage.h"

using namespace kiosk::text;

namespace {

const FontCoverage& bundled() {
    static const FontCoverage fonts(findFontFiles(Weight::Regular));
    return fonts;
}

}  // namespace

TEST_CASE("the bundled fonts cover every letter CLDR lists for English, Russian and Arabic") {
    REQUIRE(!bundled().empty());
    CHECK(bundled().families() == "Noto Sans, Noto Sans Arabic");
    for (const char* language : {"en", "ru", "ar", "ar-EG", "fr"}) {
        CAPTURE(language);
        std::optional<ExemplarGap> gap = exemplarGap(bundled(), language);
        REQUIRE(gap);
        CHECK(gap->exemplars >= 26);
        CHECK(gap->missing.empty());
    }
    CHECK(exemplarGap(bundled(), "en")->exemplars == 52);  // a-z with their capitals
}

TEST_CASE("Hebrew and Chinese are languages the bundled fonts cannot show") {
    std::optional<ExemplarGap> he = exemplarGap(bundled(), "he");
    REQUIRE(he);
    CHECK(he->missing.size() == he->exemplars);
    REQUIRE(!he->missing.empty());
    CHECK(he->missing.front() == U'\u05D0');
    std::optional<ExemplarGap> zh = exemplarGap(bundled(), "zh");
    REQUIRE(zh);
    CHECK(zh->missing.size() > 1000);
    CHECK(!exemplarGap(bundled(), "xx"));  // CLDR does not know it: nothing to say
    CHECK(!exemplarGap(FontCoverage({}), "he")->missing.empty());
}

TEST_CASE("the first character no font has is found, named, and counted with the rest") {
    std::optional<Uncovered> first = firstUncovered(bundled(), "Shalom \u05D0\u05D1 and \u4E2D");
    REQUIRE(first);
    CHECK(first->codePoint == U'\u05D0');
    CHECK(first->character == 8);
    CHECK(first->count == 3);
    CHECK(describeCodePoint(first->codePoint) == "U+05D0 HEBREW LETTER ALEF (Hebrew script)");
    CHECK(describeCodePoint(U'\u4E2D') == "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (Han script)");

    // Never drawn, so never missing: line breaks, tabs, bidi marks and controls, ZWJ and ZWNJ.
    CHECK(!firstUncovered(bundled(), "a\n\tb\u200E\u200F\u202B\u202C\u2066\u2069\u200C\u200D"));
    // Variation selector 16 (emoji style) is in no bundled cmap, but is default-ignorable.
    REQUIRE(!bundled().has(U'\uFE0F'));
    CHECK(!firstUncovered(bundled(), "a\uFE0Fb"));
    CHECK(!firstUncovered(bundled(), "Встреча в Каире, 8 февраля 2021 «цитата» — №3"));
    CHECK(!firstUncovered(bundled(), "لا إله، اجتماع الفصائل في القاهرة ٢٠٢١ PLO"));
    CHECK(!firstUncovered(bundled(), "Al-Ghoul’s “quote” – 1–2 … é ü"));

    // Printable ASCII is skipped in runs; what follows a long run is still found and counted.
    REQUIRE(bundled().coversPrintableAscii());
    std::optional<Uncovered> late = firstUncovered(bundled(), "Talks in Cairo, day one: \u4E2D!");
    REQUIRE(late);
    CHECK(late->character == 26);
    CHECK(late->count == 1);
    std::optional<Uncovered> control = firstUncovered(bundled(), "Talks in Cairo\x01 on day one");
    REQUIRE(control);
    CHECK(control->character == 15);
}
