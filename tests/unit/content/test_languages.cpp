// Issue 13: each language's review status and digits in exhibit.json, the per-language
// summary of missing and unreviewed texts, languageStatus for the staff panel, and the
// warnings for bidi controls and for characters the fonts lack (through a stand-in check).
#include <doctest/doctest.h>

#include "content_test_support.h"
#include "kiosk/content/language_status.h"
#include "kiosk/content/reader.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;

namespace {

const std::string kEnglish = R"({"code": "en", "name": "English", "rtl": false})";

// The minimal fixture with more languages, one a line from line 9 of exhibit.json.
ContentTexts withLanguages(std::string_view entries) {
    ContentTexts files = minimalTexts();
    patch(files, "exhibit.json", kEnglish, kEnglish + ",\n    " + std::string(entries));
    return files;
}

std::size_t countWith(const LoadResult& result, std::string_view says) {
    std::size_t n = 0;
    for (const Problem& p : result.problems)
        if (p.message.find(says) != std::string::npos) ++n;
    return n;
}

// Answers like kiosk-content's font check, from fixed lists.
struct FakeGlyphs : GlyphCheck {
    std::string languageProblem(std::string_view code) const override {
        return code == "he" ? "no font for he" : "";
    }
    std::string textProblem(std::string_view text) const override {
        return text.find("\xD7\x90") != std::string_view::npos ? "U+05D0 has no font" : "";
    }
};

LoadResult loadWithGlyphs(const ContentTexts& files) {
    static const FakeGlyphs glyphs;
    LoadOptions options;
    options.checkImages = false;
    options.glyphs = &glyphs;
    return loadContentTexts(files, fixture("minimal"), options);
}

}  // namespace

TEST_CASE("review and digits are read per language, with English reviewed by default") {
    LoadResult result = loadTexts(withLanguages(
        R"({"code": "ru", "name": "Русский", "review": "reviewed", "reviewed_by": "A. Curator",)"
        R"( "reviewed_on": "2026-11-20", "digits": "latn"},)"
        "\n    "
        R"({"code": "ar", "name": "العربية", "rtl": true, "digits": "arab"})"));
    INFO(listProblems(result));
    REQUIRE(result.ok());
    const auto& languages = result.library->settings().languages;
    REQUIRE(languages.size() == 3);
    CHECK(languages[0].review == Review::Reviewed);
    CHECK(languages[0].digits.empty());
    CHECK(languages[1].review == Review::Reviewed);
    CHECK(languages[1].reviewedBy == "A. Curator");
    REQUIRE(languages[1].reviewedOn);
    CHECK(languages[1].reviewedOn->day == 20);
    CHECK(languages[1].digits == "latn");
    CHECK(languages[2].review == Review::Draft);
    CHECK(languages[2].digits == "arab");

    // A default_language other than English is still a translation: a draft until signed off.
    ContentTexts arabicFirst = withLanguages(R"({"code": "ar", "name": "العربية"})");
    patch(arabicFirst, "exhibit.json", R"("default_language": "en")",
          R"("default_language": "ar")");
    LoadResult ar = loadTexts(arabicFirst);
    REQUIRE(ar.ok());
    CHECK(ar.library->settings().languages[1].review == Review::Draft);
}

TEST_CASE("bad review, digits and review dates are located errors") {
    struct Case {
        std::string_view entry, path, says;
    } cases[] = {
        {R"({"code": "ru", "name": "R", "review": "revieved"})", "/languages/1/review",
         R"(expected "draft" or "reviewed"; found the text "revieved" (did you mean "reviewed"?))"},
        {R"({"code": "ru", "name": "R", "review": true})", "/languages/1/review",
         R"(expected "draft" or "reviewed"; found true)"},
        {R"({"code": "ar", "name": "A", "digits": "arabic"})", "/languages/1/digits",
         R"(expected "latn" or "arab"; found the text "arabic")"},
        {R"({"code": "ar", "name": "A", "review": "reviewed", "reviewed_on": "2026-11"})",
         "/languages/1/reviewed_on", "expected a day like 2026-11-27"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.entry);
        Problem error = onlyErrorIn(loadTexts(withLanguages(c.entry)), "exhibit.json");
        CHECK(error.path == c.path);
        CHECK(error.line == 9);
        CHECK_MESSAGE(error.message.find(c.says) != std::string::npos, error.message);
    }
    LoadResult unsigned_ =
        loadTexts(withLanguages(R"({"code": "ru", "name": "R", "review": "draft", )"
                                R"("reviewed_by": "A. Curator"})"));
    const Problem* warning = findProblem(unsigned_, "exhibit.json", "/languages/1/review");
    REQUIRE(warning);
    CHECK(warning->severity == Problem::Severity::Warning);
    CHECK(warning->message.find("names a reviewer") != std::string::npos);
}

TEST_CASE("missing texts: the first five located, then one counted summary per language") {
    LoadResult result = loadTexts(withLanguages(R"({"code": "ru", "name": "Русский"})"));
    INFO(listProblems(result));
    REQUIRE(result.ok());
    const Problem* summary = findProblem(result, "exhibit.json", "/languages/1");
    REQUIRE(summary);
    CHECK(summary->severity == Problem::Severity::Warning);
    CHECK(summary->line == 9);
    CHECK(summary->column == 5);
    CHECK(summary->message ==
          "ru: 23 of 23 texts are missing (English is shown instead); first: exhibit.json:6:12 "
          "/title; kiosk-content validate --missing ru lists them all");
    CHECK(countWith(result, "no Русский (\"ru\") translation") == kMissingListed);
    CHECK(countWith(result, "not yet reviewed") == 0);  // nothing in Russian to review
    const Problem* first = findProblem(result, "exhibit.json", "/title");
    REQUIRE(first);
    CHECK(first->line == 6);

    LoadOptions all;
    all.checkImages = false;
    all.listMissingIn = "ru";
    LoadResult listed = loadContentTexts(withLanguages(R"({"code": "ru", "name": "Русский"})"),
                                         fixture("minimal"), all);
    CHECK(countWith(listed, "no Русский (\"ru\") translation") == 23);
    CHECK(listed.warnings == 24);
}

TEST_CASE("a draft language counts the texts it has as not yet reviewed") {
    ContentTexts files = withLanguages(R"({"code": "ar", "name": "العربية", "rtl": true})");
    patch(files, "events.json", R"({"en": "Palestinian factions meet in Cairo"})",
          R"({"en": "Palestinian factions meet in Cairo", "ar": "اجتماع الفصائل في القاهرة"})");
    LoadResult draft = loadTexts(files);
    INFO(listProblems(draft));
    CHECK(countWith(draft, "ar: 22 of 23 texts are missing") == 1);
    CHECK(countWith(draft, "ar: draft: 1 text not yet reviewed by a native-speaking curator") == 1);

    patch(files, "exhibit.json", R"("rtl": true})", R"("rtl": true, "review": "reviewed"})");
    CHECK(countWith(loadTexts(files), "not yet reviewed") == 0);
    // English is the original: never reported as a draft unless exhibit.json says so.
    CHECK(countWith(loadTexts(minimalTexts()), "draft") == 0);
    ContentTexts englishDraft = minimalTexts();
    patch(englishDraft, "exhibit.json", R"("rtl": false})", R"("rtl": false, "review": "draft"})");
    CHECK(countWith(loadTexts(englishDraft), "en: draft: 23 texts not yet reviewed") == 1);
}

TEST_CASE("languageStatus counts what validate counts, per language") {
    ContentTexts files = withLanguages(
        R"({"code": "ru", "name": "Русский", "review": "reviewed", "reviewed_by": "A. C."})");
    patch(files, "tracks.json", R"({"en": "Palestinian reconciliation"})",
          R"({"en": "Palestinian reconciliation", "ru": "Палестинское примирение"})");
    LoadResult result = loadTexts(files);
    REQUIRE(result.ok());
    std::vector<LanguageStatus> status = languageStatus(*result.library);
    REQUIRE(status.size() == 2);
    CHECK(status[0].code == "en");
    CHECK(status[0].name == "English");
    CHECK(status[0].review == Review::Reviewed);
    CHECK(status[0].texts == 23);
    CHECK(status[0].missing == 0);
    CHECK(status[1].code == "ru");
    CHECK(status[1].name == "Русский");
    CHECK(status[1].reviewedBy == "A. C.");
    CHECK(status[1].texts == 23);
    CHECK(status[1].missing == 22);
    CHECK(countWith(result, "ru: 22 of 23 texts are missing") == 1);
}

TEST_CASE("on the bundled content, languageStatus and the loader count the same texts") {
    ContentTexts files;
    for (const auto& entry : std::filesystem::directory_iterator(KIOSK_SOURCE_DIR "/content"))
        if (entry.path().extension() == ".json")
            files.emplace(entry.path().filename().string(), readFile(entry.path()));
    std::string& exhibit = files["exhibit.json"];
    std::size_t list = exhibit.find("\"languages\": [");
    REQUIRE(list != std::string::npos);
    exhibit.insert(list + 14, R"({"code": "xx", "name": "Test"}, )");
    LoadOptions options;
    options.checkImages = false;
    LoadResult result = loadContentTexts(files, KIOSK_SOURCE_DIR "/content", options);
    INFO(listProblems(result));
    REQUIRE(result.ok());
    auto status = languageStatus(*result.library);
    const LanguageStatus* xx = nullptr;
    for (const LanguageStatus& s : status)
        if (s.code == "xx") xx = &s;
    REQUIRE(xx);
    CHECK(xx->missing == xx->texts);
    CHECK(xx->texts > 300);
    std::string counted = "xx: " + std::to_string(xx->texts) + " of " + std::to_string(xx->texts) +
                          " texts are missing";
    CHECK_MESSAGE(countWith(result, counted) == 1, counted);
}

TEST_CASE("unbalanced bidi controls are named with their position") {
    struct Case {
        std::string_view text, says;
    } bad[] = {
        {"ab\u202Bcd",
         "U+202B (RLE), character 3, is not closed by a PDF (U+202C) before the "
         "text ends"},
        {"\u202Eab\ncd\u202C",
         "U+202E (RLO), character 1, is not closed by a PDF (U+202C) "
         "before the line ends"},
        {"\u2067ab", "U+2067 (RLI), character 1, is not closed by a PDI (U+2069)"},
        {"\u2068a\u202Ab\u2069",
         "U+202A (LRE), character 3, is not closed by a PDF (U+202C) "
         "before its isolate is closed"},
        {"ab\u202C", "U+202C (PDF), character 3, closes no embedding or override"},
        {"\u2066a\u202Cb\u2069", "U+202C (PDF), character 3, closes no embedding"},
        {"a\u2069", "U+2069 (PDI), character 2, closes no isolate"},
    };
    for (const Case& c : bad) {
        CAPTURE(c.text);
        std::string why = detail::bidiControlProblem(c.text);
        CHECK_MESSAGE(why.find(c.says) != std::string::npos, why);
    }
    for (std::string_view fine :
         {"plain", "\u202Bab\u202C", "\u2067\u202Aa\u202C\u2069", "a\u200Fb\u200E",
          "\u2066x\u2069\n"
          "\u202Dy\u202C"})
        CHECK(detail::bidiControlProblem(fine).empty());

    ContentTexts files = minimalTexts();
    patch(files, "events.json", R"({"en": "Palestinian factions meet in Cairo"})",
          R"({"en": "Palestinian \u202bfactions meet in Cairo"})");
    LoadResult result = loadTexts(files);
    REQUIRE(result.ok());
    const Problem* warning = findProblem(result, "events.json", "/events/0/title/en");
    REQUIRE(warning);
    CHECK(warning->severity == Problem::Severity::Warning);
    CHECK(warning->line == 5);
    CHECK(warning->column == 23);
    CHECK(warning->message.find("U+202B (RLE), character 13,") != std::string::npos);
    // Shown without the stray control: an unclosed embedding would turn the line around.
    CHECK(warning->message.find("shows this text without its bidi controls") != std::string::npos);
    bool shownClean = false;
    for (const auto& e : result.library->events())
        shownClean = shownClean || e.title.get("en") == "Palestinian factions meet in Cairo";
    CHECK(shownClean);
}

TEST_CASE("the font check warns at the language and at each text, not at both") {
    ContentTexts files = withLanguages(R"({"code": "he", "name": "עברית", "rtl": true})");
    patch(files, "events.json", R"({"en": "Palestinian factions meet in Cairo"})",
          R"({"en": "Palestinian factions meet in Cairo \u05d0", "he": "\u05d0"})");
    LoadResult result = loadWithGlyphs(files);
    INFO(listProblems(result));
    REQUIRE(result.ok());
    const Problem* language = findProblem(result, "exhibit.json", "/languages/1/code");
    REQUIRE(language);
    CHECK(language->line == 9);
    CHECK(language->message == "no font for he");
    const Problem* text = findProblem(result, "events.json", "/events/0/title/en");
    REQUIRE(text);
    CHECK(text->line == 5);
    CHECK(text->message == "U+05D0 has no font");
    CHECK(countWith(result, "has no font") == 1);  // not again for the Hebrew text
    CHECK(countWith(loadWithGlyphs(minimalTexts()), "font") == 0);
}
