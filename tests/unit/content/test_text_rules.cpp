// Issue 16: text a visitor would see wrongly (items 7, 8), files from Windows editors (item 9)
// and messages that name what is wrong without echoing megabytes (item 11).
#include <doctest/doctest.h>

#include "content_test_support.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;

namespace {

const std::string kTitle = "\"title\": {\"en\": \"Palestinian factions meet in Cairo\"}";

Problem titleError(std::string_view escaped) {
    ContentTexts files = minimalTexts();
    patch(files, "events.json", kTitle,
          "\"title\": {\"en\": \"Cairo" + std::string(escaped) + "\"}");
    return onlyErrorIn(loadTexts(files), "events.json");
}

}  // namespace

TEST_CASE("escaped control characters in visitor text are refused where they are") {
    Problem nul = titleError("\\u0000");
    CHECK(nul.path == "/events/0/title/en");
    CHECK(nul.line == 5);
    CHECK(nul.column == 23);
    CHECK(nul.message ==
          "this text holds the invisible control character U+0000, which cannot be shown; "
          "remove it");
    CHECK(titleError("\\u0012").message.find("U+0012") != std::string::npos);
    CHECK(titleError("\\u007f").message.find("U+007F") != std::string::npos);
    CHECK(titleError("\\u0085").message.find("U+0085") != std::string::npos);
    CHECK(titleError("\\r").message.find("(a line break is written \\n)") != std::string::npos);
    // Long printable runs are skipped eight bytes at a time: a control after one is still found.
    CHECK(titleError("Cairo, the first day of talks\\u0012").message.find("U+0012") !=
          std::string::npos);
    CHECK(titleError("Cairo, the first day of talks \\u007f.").message.find("U+007F") !=
          std::string::npos);

    ContentTexts fine = minimalTexts();
    patch(fine, "events.json", kTitle, "\"title\": {\"en\": \"Cairo,\\n\\tfirst day \\u00e9\"}");
    CHECK(loadTexts(fine).ok());

    ContentTexts plain = minimalTexts();
    patch(plain, "exhibit.json", "\"name\": \"English\"", "\"name\": \"Eng\\u0001lish\"");
    Problem language = onlyErrorIn(loadTexts(plain), "exhibit.json");
    CHECK(language.message.find("U+0001") != std::string::npos);
}

TEST_CASE("dates outside the years 0000 to 9999 are refused with a located error") {
    ContentTexts files = minimalTexts();
    patch(files, "events.json", "\"start\": \"2021-02-08\"", "\"start\": \"10000-02-08\"");
    Problem error = onlyErrorIn(loadTexts(files), "events.json");
    CHECK(error.path == "/events/0/when/start");
    CHECK(error.line == 7);
    CHECK(error.message.find("(the exhibit's dates run from year 0000 to 9999)") !=
          std::string::npos);

    ContentTexts winter = minimalTexts();
    patch(winter, "events.json", "\"start\": \"2021-02-08\", \"end\": \"2021-02-09\"",
          "\"start\": \"0000-winter\"");
    CHECK(
        onlyErrorIn(loadTexts(winter), "events.json").message.find("December of the year before") !=
        std::string::npos);
}

TEST_CASE("a BOM and CRLF line ends leave error positions as an editor shows them") {
    for (std::string_view lineEnd : {"\n", "\r\n"}) {
        TempDir dir;
        copyFixture("minimal", dir.path());
        std::string tours = readFile(dir.path() / "tours.json");
        writeFile(dir.path() / "tours.json", "\xEF\xBB\xBF{\"tours\": [}" + std::string(lineEnd) +
                                                 "]}" + std::string(lineEnd));
        Problem error = onlyErrorIn(loadContent(dir.path()), "tours.json");
        CHECK(error.line == 1);
        CHECK(error.column == 12);  // the "}", counted without the invisible BOM
    }
    TempDir dir;
    copyFixture("minimal", dir.path());
    std::string events = readFile(dir.path() / "events.json");
    std::string crlf;
    for (char c : events) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    writeFile(dir.path() / "events.json", "\xEF\xBB\xBF" + crlf);
    CHECK(loadContent(dir.path()).ok());
}

TEST_CASE("a huge number is quoted cut short, not echoed in full") {
    ContentTexts files = minimalTexts();
    patch(files, "places.json", "\"lat\": 30.04", "\"lat\": " + std::string(1'000'000, '9'));
    Problem error = onlyErrorIn(loadTexts(files), "places.json");
    CHECK(error.message == "the number " + std::string(60, '9') + "\u2026 is too large to be read");
}

TEST_CASE("a syntax error inside a list names the item, not the list") {
    ContentTexts files = minimalTexts();
    patch(files, "events.json", "\n    },\n    {\n      \"id\": \"delegation",
          "\n    }\n    {\n      \"id\": \"delegation");
    Problem missingComma = onlyErrorIn(loadTexts(files), "events.json");
    CHECK(missingComma.path == "/events/1");
    CHECK(missingComma.message.find("is a comma missing before it?") != std::string::npos);
}

TEST_CASE("a file in UTF-16 or Latin-1 is named as such") {
    ContentTexts utf16 = minimalTexts();
    std::string wide = "\xFF\xFE";
    for (char c : utf16["tours.json"]) wide += std::string(1, c) + '\0';
    utf16["tours.json"] = wide;
    CHECK(onlyErrorIn(loadTexts(utf16), "tours.json").message ==
          "the file is UTF-16 (little-endian); save it as UTF-8");

    ContentTexts latin = minimalTexts();
    patch(latin, "events.json", kTitle, "\xE9" + kTitle);
    Problem error = onlyErrorIn(loadTexts(latin), "events.json");
    CHECK(error.line == 5);
    CHECK(error.column == 7);
    CHECK(error.message ==
          "byte 0xE9 is not valid UTF-8; the file may be Latin-1 or Windows-1252: save it as "
          "UTF-8");
}
