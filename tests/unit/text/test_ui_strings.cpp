// The UI string catalog: CLDR plurals through ICU MessageFormat, digits per language, and
// located problems that fall back to English, then to the key, and never throw.
#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/text/ui_strings.h"

using namespace kiosk::text;

namespace {

UiStrings parsed(const std::string& json, std::vector<CatalogProblem>& problems) {
    return UiStrings::parse(json, "ui.json", problems);
}

// The one problem about `key` in `language`; fails the test when there is not exactly one.
CatalogProblem only(const std::vector<CatalogProblem>& problems, const std::string& language,
                    const std::string& key) {
    std::vector<CatalogProblem> found;
    for (const auto& p : problems)
        if (p.language == language && p.key == key) found.push_back(p);
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == "ui.json");
    return found[0];
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const char* kPlurals = R"({
  "$comment": "categories by name",
  "en": {"n": "{count, plural, one {# event} other {# events}}", "hello": "Hello {name}"},
  "ru": {"n": "{count, plural, one {# событие} few {# события} many {# событий} other {# события}}",
         "hello": "Привет, {name}"},
  "ar": {"n": "{count, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}",
         "hello": "مرحبا {name}"}})";

}  // namespace

TEST_CASE("Russian plurals follow CLDR: 1 событие, 3 события, 5 событий, 21 событие") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(kPlurals, problems);
    CHECK(problems.empty());
    CHECK(ui.format("n", "ru", {{"count", 1}}) == "1 событие");
    CHECK(ui.format("n", "ru", {{"count", 3}}) == "3 события");
    CHECK(ui.format("n", "ru", {{"count", 5}}) == "5 событий");
    CHECK(ui.format("n", "ru", {{"count", 11}}) == "11 событий");
    CHECK(ui.format("n", "ru", {{"count", 21}}) == "21 событие");
    CHECK(ui.format("n", "ru", {{"count", 1.5}}) == "1,5 события");
    CHECK(ui.format("n", "en", {{"count", 1}}) == "1 event");
    CHECK(ui.format("n", "ru", {{"count", std::size_t{2}}}) == "2 события");
    CHECK(ui.format("n", "ru", {{"count", 5LL}}) == "5 событий");
    CHECK(ui.format("n", "en", {{"count", 5}}) == "5 events");
    CHECK(ui.format("hello", "ru", {{"name", std::string("Лавров")}}) == "Привет, Лавров");
}

TEST_CASE("Arabic has all six categories, in Arabic-Indic digits unless set to latn") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(kPlurals, problems);
    CHECK(problems.empty());
    CHECK(ui.format("n", "ar", {{"count", 0}}) == "zero ٠");
    CHECK(ui.format("n", "ar", {{"count", 1}}) == "one ١");
    CHECK(ui.format("n", "ar", {{"count", 2}}) == "two ٢");
    CHECK(ui.format("n", "ar", {{"count", 3}}) == "few ٣");
    CHECK(ui.format("n", "ar", {{"count", 11}}) == "many ١١");
    CHECK(ui.format("n", "ar", {{"count", 100}}) == "other ١٠٠");
    CHECK(ui.setDigits("ar", "latn"));
    CHECK(ui.format("n", "ar", {{"count", 103}}) == "few 103");
    CHECK(ui.setDigits("ar", "arab"));
    CHECK(ui.format("n", "ar", {{"count", 14}}) == "many ١٤");
    CHECK_FALSE(ui.setDigits("ar", "roman"));
    CHECK(ui.format("n", "ar", {{"count", 14}}) == "many ١٤");
}

TEST_CASE("a missing key falls back to English, then to the key itself") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(R"({"en": {"a": "Alpha", "b": "Beta"}, "ru": {"a": "Альфа"}})", problems);
    CHECK(ui.format("a", "ru") == "Альфа");
    CHECK(ui.format("b", "ru") == "Beta");
    CHECK_FALSE(ui.has("b", "ru"));
    CHECK(ui.format("c", "ru") == "c");
    CHECK(ui.format("a", "fr") == "Alpha");
    CHECK(contains(only(problems, "ru", "b").message, "missing; English is shown"));
    CHECK(problems.size() == 1);
    CHECK(only(problems, "ru", "b").text() == "ui.json: ru: b: missing; English is shown");
}

TEST_CASE("a pattern ICU cannot parse falls back to English, located") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(R"({"en": {"n": "{count, plural, one {# event} other {# events}}"},
        "ru": {"n": "{count, plural, one {# событие} few {# события"}})",
                          problems);
    auto p = only(problems, "ru", "n");
    CHECK(contains(p.message, "expected an ICU MessageFormat pattern (a { without its }"));
    CHECK(contains(p.message, "English is shown"));
    CHECK(ui.format("n", "ru", {{"count", 3}}) == "3 events");
    CHECK_FALSE(ui.has("n", "ru"));
}

TEST_CASE("a bad English pattern shows the key") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(R"({"en": {"n": "{count, plural, one {x}}"}})", problems);
    CHECK(contains(only(problems, "en", "n").message, "without its 'other' branch"));
    CHECK(contains(only(problems, "en", "n").message, "the key itself is shown"));
    CHECK(ui.format("n", "en", {{"count", 1}}) == "n");
}

TEST_CASE("an argument English does not have is refused; a lacking one is only reported") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(R"({"en": {"o": "Only {name}", "v": "Version {version} of {date}"},
        "ru": {"o": "Только {nmae}", "v": "Версия {version}"}})",
                          problems);
    auto extra = only(problems, "ru", "o");
    CHECK(contains(extra.message, "uses {nmae}, which English does not have"));
    CHECK(contains(extra.message, "expected only {name}"));
    CHECK(ui.format("o", "ru", {{"name", "PLO"}}) == "Only PLO");
    CHECK(contains(only(problems, "ru", "v").message, "does not show {date}"));
    CHECK(ui.format("v", "ru", {{"version", 7}, {"date", "x"}}) == "Версия 7");
}

TEST_CASE("a plural without a category the language needs is reported, =0 covers zero") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(R"({"en": {"n": "{count, plural, one {# event} other {# events}}"},
        "ru": {"n": "{count, plural, one {# событие} other {# событий}}"},
        "ar": {"n": "{count, plural, =0 {none} one {a} two {b} few {c} many {d} other {e}}"}})",
                          problems);
    auto p = only(problems, "ru", "n");
    CHECK(contains(p.message, "few, many"));
    CHECK(ui.format("n", "ru", {{"count", 5}}) == "5 событий");  // still used
    CHECK(problems.size() == 1);                                 // Arabic's =0 is enough
}

TEST_CASE("structural problems are located and never throw") {
    std::vector<CatalogProblem> problems;
    UiStrings broken = parsed("{\"en\": {\"a\": \"A\",}\n}", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].language.empty());
    CHECK(contains(problems[0].message, "expected JSON"));
    CHECK(contains(problems[0].message, "line 1"));
    CHECK(broken.format("a", "en") == "a");

    problems.clear();
    UiStrings odd =
        parsed(R"({"en": {"a": "A", "b": 3}, "ru": ["x"], "ar": {"zz": "ز"}})", problems);
    CHECK(contains(only(problems, "en", "b").message, "expected a text"));
    CHECK(contains(only(problems, "ru", "").message, "expected an object of key: pattern"));
    CHECK(contains(only(problems, "ar", "zz").message, "expected one of the English keys"));
    CHECK(odd.format("a", "ar") == "A");

    problems.clear();
    parsed(R"({"ru": {"a": "А"}})", problems);
    CHECK(contains(only(problems, "", "").message, "expected English"));

    problems.clear();
    UiStrings none = UiStrings::load("/nonexistent/strings/ui.json", problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "/nonexistent/strings/ui.json");
    CHECK(contains(problems[0].message, "expected the UI string catalog"));
    CHECK(none.format("button.home", "en") == "button.home");
}

TEST_CASE("an argument the caller does not pass shows as its name") {
    std::vector<CatalogProblem> problems;
    UiStrings ui = parsed(kPlurals, problems);
    CHECK(ui.format("hello", "en") == "Hello {name}");
}

TEST_CASE("the bundled catalog loads cleanly, in all three languages, with every key") {
    std::vector<CatalogProblem> problems;
    auto path = uiStringsPath(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets");
    UiStrings ui = UiStrings::load(path, problems);
    // A key not yet translated is shown in English: reported, not a failure. Anything else is.
    for (const auto& p : problems) {
        if (p.message.rfind("missing;", 0) == 0)
            MESSAGE(p.text());
        else
            FAIL_CHECK(p.text());
    }
    CHECK(ui.languages() == std::vector<std::string>{"ar", "en", "ru"});
    for (const char* key : {"button.home", "card.events_count", "closed.opens", "date.approximate",
                            "staff.language_status", "hours.closed_day"})
        for (const char* lang : {"en", "ru", "ar"})
            CHECK_MESSAGE(ui.has(key, lang), lang << " " << key);
    CHECK(ui.format("card.events_count", "en", {{"count", 1}}) == "1 event");
    CHECK(ui.format("card.events_count", "ru", {{"count", 3}}) == "3 события");
    CHECK(ui.format("card.events_count", "ru", {{"count", 5}}) == "5 событий");
    CHECK(ui.format("card.events_count", "ar", {{"count", 3}}) == "٣ أحداث");
    CHECK(ui.format("staff.language_status", "en",
                    {{"language", "ru"}, {"status", "draft"}, {"missing", 0}}) ==
          "ru: draft, all texts present");
}
