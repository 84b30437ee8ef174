#include <doctest/doctest.h>

#include "kiosk/core/text_file.h"
#include "kiosk/core/utf8.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;

TEST_CASE("toValidUtf8 replaces each invalid sequence with U+FFFD and keeps valid text") {
    CHECK(toValidUtf8("caf\xC3\xA9") == "caf\xC3\xA9");
    CHECK(toValidUtf8("bad\xFF\xFE.json") == "bad\xEF\xBF\xBD\xEF\xBF\xBD.json");
    CHECK(toValidUtf8("\xC0\xAF") != "\xC0\xAF");          // overlong "/"
    CHECK(toValidUtf8("\xED\xA0\x80") != "\xED\xA0\x80");  // a surrogate
    CHECK(isValidUtf8(toValidUtf8("x\xE9y\xF4\x90\x80\x80z")));
    CHECK(firstInvalidUtf8("ab\xE9") == 2);
    CHECK(firstInvalidUtf8("abc") == std::string_view::npos);
}

TEST_CASE("shortQuote cuts long input at 60 characters, not bytes, and marks the cut") {
    CHECK(shortQuote("12345") == "12345");
    std::string million(1'000'000, '9');
    CHECK(shortQuote(million) == std::string(60, '9') + "\u2026");
    std::string accents;
    for (int i = 0; i < 70; ++i) accents += "\xC3\xA9";
    CHECK(shortQuote(accents, 3) == "\xC3\xA9\xC3\xA9\xC3\xA9\u2026");
}

TEST_CASE("normaliseText drops one leading BOM and turns CRLF into LF") {
    CHECK(normaliseText("\xEF\xBB\xBFstaff_pin = 1234\r\nx = 1\r\n") ==
          "staff_pin = 1234\nx = 1\n");
    CHECK(normaliseText("a\rb") == "a\rb");                    // a lone CR is not a line end here
    CHECK(normaliseText("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF");  // only at the start
}

TEST_CASE("readTextFile normalises, and says why a file cannot be read") {
    test_support::TempDataDir dir;
    test_support::writeWholeFile(dir.path() / "a.conf", "\xEF\xBB\xBFkey = 1\r\n");
    TextFile file = readTextFile(dir.path() / "a.conf", 1024);
    REQUIRE(file.ok());
    CHECK(file.text == "key = 1\n");
    CHECK(readTextFile(dir.path() / "none", 1024).status == TextFile::Status::Missing);
    CHECK(readTextFile(dir.path(), 1024).status == TextFile::Status::NotAFile);
    TextFile big = readTextFile(dir.path() / "a.conf", 4);
    CHECK(big.status == TextFile::Status::TooLarge);
    CHECK(big.size == 12);
}

TEST_CASE("readTextFile normalises in place like normaliseText and leaves the read padding") {
    test_support::TempDataDir dir;
    for (std::string bytes :
         {"\xEF\xBB\xBF{\r\n\"a\": 1\r\n}\r\n", "\r\n\r\nx\ry\r\n", "ab\r", "\xEF\xBB\xBF", "",
          "no line ends", "\xEF\xBB\xBF\xEF\xBB\xBFx\r\r\n"}) {
        test_support::writeWholeFile(dir.path() / "f", bytes);
        TextFile file = readTextFile(dir.path() / "f", 1024);
        REQUIRE(file.ok());
        CHECK(file.text == normaliseText(bytes));
        CHECK(file.text.capacity() - file.text.size() >= kTextReadPadding);
        CHECK(normaliseText(bytes).capacity() - normaliseText(bytes).size() >= kTextReadPadding);
    }
}

TEST_CASE("findEncodingProblem names UTF-16 and points at a Latin-1 byte") {
    CHECK_FALSE(findEncodingProblem("{\"a\": \"caf\xC3\xA9\"}"));
    auto le = findEncodingProblem(std::string("{\0\n\0", 4));
    REQUIRE(le);
    CHECK(le->message == "the file is UTF-16 (little-endian); save it as UTF-8");
    auto bom = findEncodingProblem("\xFE\xFF\0{");
    REQUIRE(bom);
    CHECK(bom->message == "the file is UTF-16 (big-endian); save it as UTF-8");
    auto latin = findEncodingProblem("{\n  \"t\xC3\xA9\": \"caf\xE9\"\n}");
    REQUIRE(latin);
    CHECK(latin->offset == 15);
    CHECK(latin->line == 2);
    CHECK(latin->column == 13);
    CHECK(
        latin->message ==
        "byte 0xE9 is not valid UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8");
}

TEST_CASE("printableAsciiPrefix stops at the first control, DEL or non-ASCII byte, in any lane") {
    CHECK(printableAsciiPrefix("") == 0);
    CHECK(printableAsciiPrefix("plain text, thirty bytes long!") == 30);
    for (char odd : {'\x00', '\x1F', '\x7F', '\x80', '\xC3', '\xFF', '\n'}) {
        for (std::size_t at = 0; at < 19; ++at) {
            std::string text(19, ' ');
            text[at] = odd;
            CHECK(printableAsciiPrefix(text) == at);
        }
    }
    CHECK(printableAsciiPrefix(std::string(16, '~') + " ") == 17);  // 0x7E and 0x20 pass
}
