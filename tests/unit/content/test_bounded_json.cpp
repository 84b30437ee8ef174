#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/content/bounded_json.h"
#include "kiosk/content/json_positions.h"

using namespace kiosk::content;

namespace {

// Parses and, for failures, returns "line:column pointer: message".
struct Outcome {
    bool ok;
    int line = 0, column = 0;
    std::string pointer, message;
};

Outcome parse(std::string_view text, const JsonLimits& limits = kContentLimits) {
    JsonParseResult result = parseBoundedJson(text, limits);
    if (result.ok) return {true, 0, 0, "", ""};
    TextPosition at = LineIndex(text).at(result.errorOffset);
    return {false, at.line, at.column, result.errorPointer, result.errorMessage};
}

std::string nested(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

}  // namespace

TEST_CASE("valid JSON parses into the same values nlohmann reads") {
    std::string_view text =
        R"({"a": [1, -2, 3.5, true, null, "x", 18446744073709551615], "b": {"c": "\u00e9"},)"
        R"( "d": [], "e": {}, "f": [[{"g": [0]}]]})";
    JsonParseResult result = parseBoundedJson(text);
    REQUIRE(result.ok);
    CHECK(result.value().toNlohmann() == nlohmann::json::parse(text));
}

TEST_CASE("the compact DOM answers what the readers ask of it") {
    JsonParseResult result =
        parseBoundedJson(R"({"n": 7, "big": 18446744073709551615,)"
                         R"( "x": 2.5, "s": "é", "list": [1, 2], "no": null})");
    REQUIRE(result.ok);
    const JsonValue& root = result.value();
    CHECK(root.isObject());
    CHECK(root.size() == 6);
    CHECK(root.members()[1].key == "big");
    CHECK(*root.find("n")->asInt64() == 7);
    CHECK_FALSE(root.find("big")->asInt64());  // too big for int64
    CHECK(root.find("big")->isInteger());
    CHECK_FALSE(root.find("x")->asInt64());
    CHECK(root.find("x")->asDouble() == 2.5);
    CHECK(root.find("s")->asString() == "é");
    CHECK((*root.find("list"))[1].asDouble() == 2);
    CHECK(root.find("no")->isNull());
    CHECK(root.find("missing") == nullptr);
    CHECK(root.find("s")->find("anything") == nullptr);
    CHECK(root.find("s")->items().empty());
    CHECK(root.find("n")->asString().empty());
}

TEST_CASE("objects with many keys still find duplicates, via hashing") {
    std::string text = "{";
    for (int i = 0; i < 5000; ++i) text += "\"k" + std::to_string(i) + "\": 0,";
    CHECK(parseBoundedJson(text + "\"end\": 1}").ok);
    Outcome dup = parse(text + "\"k4321\": 1}");
    CHECK_FALSE(dup.ok);
    CHECK(dup.column == int(text.size()) + 1);
}

TEST_CASE("nesting is allowed to 32 levels and refused at 33, where it happens") {
    CHECK(parse(nested(32)).ok);
    Outcome deep = parse(nested(33));
    CHECK_FALSE(deep.ok);
    CHECK(deep.line == 1);
    CHECK(deep.column == 33);
    CHECK(deep.message.find("nested more than 32 levels") != std::string::npos);
}

TEST_CASE("a 100,000-level array is refused without exhausting the stack") {
    Outcome deep = parse(nested(100'000));
    CHECK_FALSE(deep.ok);
    CHECK(deep.column == 33);
    // The list that would open there is item 0 of the 32nd: the place of the refused item.
    CHECK(deep.pointer == "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
}

TEST_CASE("strings may be 64 KB; one byte more is refused at the string's start") {
    std::string fits = "{\n  \"t\": \"" + std::string(64 * 1024, 'a') + "\"}";
    CHECK(parse(fits).ok);
    std::string over = "{\n  \"t\": \"" + std::string(64 * 1024 + 1, 'a') + "\"}";
    Outcome tooLong = parse(over);
    CHECK_FALSE(tooLong.ok);
    CHECK(tooLong.line == 2);
    CHECK(tooLong.column == 8);
    CHECK(tooLong.pointer == "/t");
    CHECK(
        tooLong.message ==
        "this text is 65537 bytes long; the limit is 65536 bytes (64 KB), so shorten or split it");
}

TEST_CASE("long keys are refused like long strings") {
    std::string text = "{\"" + std::string(70'000, 'k') + "\": 1}";
    Outcome tooLong = parse(text);
    CHECK_FALSE(tooLong.ok);
    CHECK(tooLong.column == 2);
}

TEST_CASE("arrays may hold 100,000 items; the next one is refused") {
    std::string fits = "[0";
    for (int i = 1; i < 100'000; ++i) fits += ",0";
    CHECK(parse(fits + "]").ok);
    Outcome over = parse(fits + ",7]");
    CHECK_FALSE(over.ok);
    CHECK(over.column == int(fits.size()) + 2);
    CHECK(over.message.find("more than 100000 items") != std::string::npos);
}

TEST_CASE("limits can be tightened, e.g. for tests or a smaller board") {
    JsonLimits tight;
    tight.maxArrayItems = 2;
    tight.maxFileBytes = 10;
    CHECK(parse("[1,2]", tight).ok);
    CHECK_FALSE(parse("[1,2,3]", tight).ok);
    CHECK(parse("[1,2,3,4,5,6]", tight).message == "the file is 13 bytes; the limit is 10 bytes");
}

TEST_CASE("a duplicate key is refused at the second occurrence, not silently merged") {
    Outcome dup = parse("{\"events\": [],\n \"x\": {\"id\": 1, \"id\": 2}}");
    CHECK_FALSE(dup.ok);
    CHECK(dup.line == 2);
    CHECK(dup.column == 17);
    CHECK(dup.pointer == "/x");
    CHECK(dup.message.find("the key \"id\" appears twice") != std::string::npos);
    CHECK(parse("{\"a\": {\"id\": 1}, \"b\": {\"id\": 2}}").ok);
}

TEST_CASE("syntax errors point at the offending token, in the editor's words") {
    Outcome trailing = parse("{\n  \"events\": [\n    {\"id\": \"a\"},\n  ]\n}");
    CHECK(trailing.line == 4);
    CHECK(trailing.column == 3);
    CHECK(trailing.pointer == "/events");
    CHECK(trailing.message == "a comma before ] is not allowed in JSON; remove the last comma");

    Outcome missingComma = parse("{\"a\": 1\n \"b\": 2}");
    CHECK(missingComma.line == 2);
    CHECK(missingComma.column == 2);
    CHECK(missingComma.message.find("is a comma missing") != std::string::npos);

    Outcome unquoted = parse("{\"a\": hello}");
    CHECK(unquoted.column == 7);
    CHECK(unquoted.message.find("texts need double quotes") != std::string::npos);

    Outcome cut = parse("{\"a\": [1, 2");
    CHECK(cut.column == 12);
    CHECK(cut.message.find("ends too early") != std::string::npos);

    Outcome extra = parse("{}}");
    CHECK(extra.column == 3);
    CHECK(extra.message.find("after the end of the data") != std::string::npos);

    CHECK(parse("{").message.find("ends too early") != std::string::npos);
    CHECK(parse("{\"a\" 1}").message.find("colon") != std::string::npos);
    CHECK(parse("{1: 2}").message.find("key in double quotes") != std::string::npos);
}

TEST_CASE("columns count characters, so Arabic and Cyrillic text do not skew them") {
    Outcome arabic = parse("{\"ar\": \"القاهرة\", x}");
    CHECK(arabic.column == 19);
    CHECK(LineIndex("ab\nмосква!").at(9).column == 4);
}

TEST_CASE("line and column lookups give the same answers in any order") {
    std::string_view text = "ab\nмосква, cairo\n\nx";
    LineIndex lines(text);
    for (std::size_t offset : {15u, 5u, 20u, 3u, 17u, 0u, 30u, 14u, 14u}) {
        std::string_view before = text.substr(0, std::min<std::size_t>(offset, text.size()));
        std::size_t lineStart = before.rfind('\n');
        lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
        int characters = 0;
        for (std::size_t i = lineStart; i < before.size(); ++i)
            characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        CAPTURE(offset);
        CHECK(lines.at(offset).line == 1 + int(std::count(before.begin(), before.end(), '\n')));
        CHECK(lines.at(offset).column == characters + 1);
    }
}

TEST_CASE("invalid UTF-8 and control characters are refused at the byte") {
    Outcome latin1 = parse("{\"t\": \"caf\xe9\"}");
    CHECK_FALSE(latin1.ok);
    CHECK(latin1.column == 11);
    CHECK(latin1.message.find("not valid UTF-8") != std::string::npos);
    CHECK_FALSE(parse("\"\xc0\xaf\"").ok);          // overlong "/"
    CHECK_FALSE(parse("\"\xed\xa0\x80\"").ok);      // UTF-16 surrogate
    CHECK_FALSE(parse("\"\xf4\x90\x80\x80\"").ok);  // beyond U+10FFFF
    Outcome nul = parse(std::string("{\"t\": \"a\0b\"}", 12));
    CHECK(nul.column == 9);
    CHECK(nul.message.find("NUL byte") != std::string::npos);
    // nlohmann alone would stop at a NUL outside a string and accept the "{}" before it.
    Outcome trailingNul = parse(std::string("{}\0{\"junk", 9));
    CHECK_FALSE(trailingNul.ok);
    CHECK(trailingNul.column == 3);
    Outcome afterValid = parse("{\"t\": \"é\xff\"}");
    CHECK(afterValid.column == 9);
    CHECK(parse("\"a\nb\"").message.find("line break") != std::string::npos);
    CHECK(parse("{\"t\": 1e400}").message == "the number 1e400 is too large to be read");
    CHECK(parse(" \n").message == "the file is empty; expected its data, starting with {");
}

TEST_CASE("tokenStart walks back from where the parser stopped to where a token began") {
    std::string_view text = R"({"a": 12, "b": "x\"y", "c": [true]})";
    CHECK(tokenStart(text, text.find("12") + 3) == text.find("12"));  // one byte read past
    CHECK(tokenStart(text, text.find("\"x") + 6) == text.find("\"x"));
    CHECK(tokenStart(text, text.find('[') + 1) == text.find('['));
    CHECK(tokenStart(text, text.find("true") + 4) == text.find("true"));
}

TEST_CASE("JSON pointers are located in the text; missing ones fall back to their parent") {
    std::string_view text =
        "{\n  \"events\": [\n    {\"id\": \"a\", \"when\": {\"start\": 5}},\n"
        "    {\"id\": \"b/c~\"}\n  ],\n  \"a/b\": 1\n}";
    auto found =
        locatePointers(text, {"/events/0/when/start", "/events/1/title", "/a~1b", "", "/events/7"});
    LineIndex lines(text);
    CHECK(lines.at(found["/events/0/when/start"]).line == 3);
    CHECK(lines.at(found["/events/0/when/start"]).column == 35);
    CHECK(lines.at(found["/events/1/title"]).line == 4);
    CHECK(lines.at(found["/events/1/title"]).column == 5);
    CHECK(lines.at(found["/a~1b"]).line == 6);
    CHECK(found[""] == 0);
    CHECK(lines.at(found["/events/7"]).line == 2);
}

TEST_CASE("pointer keys are escaped as RFC 6901 says") {
    std::string pointer;
    appendPointerKey(pointer, "a/b~c");
    appendPointerIndex(pointer, 3);
    CHECK(pointer == "/a~1b~0c/3");
}

TEST_CASE("sizes are described in units an editor reads") {
    CHECK(describeSize(312) == "312 bytes");
    CHECK(describeSize(64 * 1024) == "64 KB");
    CHECK(describeSize(17 * 1024 * 1024 + 200 * 1024) == "17.2 MB");
}
