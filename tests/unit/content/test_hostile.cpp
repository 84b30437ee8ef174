// Hostile and broken input, generated here: the loader must never crash, hang or accept it,
// and must say where the damage is.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>

#include "content_test_support.h"
#include "kiosk/content/bounded_json.h"
#include "kiosk/content/json_positions.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;
using nlohmann::json;

namespace {

// Line and column of byte `offset` in an ASCII-only prefix, counted independently.
TextPosition asciiPosition(std::string_view text, std::size_t offset) {
    std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    int line = 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n'));
    return {line, int(offset - lineStart) + 1};
}

void checkWellFormed(const LoadResult& result) {
    CHECK(result.ok() == (result.errors == 0));
    CHECK(result.errors + result.warnings == int(result.problems.size()));  // none unlisted
    for (const Problem& p : result.problems) {
        CHECK_FALSE(p.file.empty());
        CHECK_FALSE(p.message.empty());
    }
    CHECK(std::is_sorted(result.problems.begin(), result.problems.end(),
                         [](const Problem& a, const Problem& b) {
                             return std::tie(a.file, a.line) < std::tie(b.file, b.line);
                         }));
}

}  // namespace

TEST_CASE("every truncation of every fixture file is a syntax error inside the text") {
    for (const auto& [name, text] : minimalTexts()) {
        std::size_t meaningful = text.find_last_not_of(" \n") + 1;
        for (std::size_t length = 0; length < meaningful; ++length) {
            std::string_view prefix(text.data(), length);
            JsonParseResult result = parseBoundedJson(prefix);
            REQUIRE_MESSAGE(!result.ok, name << " cut at " << length << " was accepted");
            CHECK(result.errorOffset <= length);
        }
        for (std::size_t length = 0; length < meaningful; length += 61) {
            ContentTexts files = minimalTexts();
            files[name].resize(length);
            Problem error = onlyErrorIn(loadTexts(files), name);
            CHECK(error.line >= 1);
            CHECK(error.column >= 1);
        }
    }
}

TEST_CASE("100,000 levels of nesting are refused at level 33") {
    TempDir dir;
    copyFixture("minimal", dir.path());
    writeFile(dir.path() / "events.json",
              "{\"events\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}");
    Problem error = onlyErrorIn(loadContent(dir.path()), "events.json");
    CHECK(error.line == 1);
    CHECK(error.column == 12 + 31);
    CHECK(error.message.find("nested more than 32 levels") != std::string::npos);

    std::string objects;
    for (int i = 0; i < 100'000; ++i) objects += "{\"a\":";
    CHECK_FALSE(parseBoundedJson(objects + "1" + std::string(100'000, '}')).ok);
}

TEST_CASE("a value of the wrong type anywhere is reported at or next to its path") {
    const json replacements[] = {42, "x", nullptr, json::array(), json::object(), true};
    for (const auto& [name, text] : minimalTexts()) {
        json document = json::parse(text);
        std::vector<json::json_pointer> pointers;
        std::vector<std::pair<json::json_pointer, const json*>> stack;
        stack.emplace_back(json::json_pointer(), &document);
        while (!stack.empty()) {  // fixture depth is small, but walk without recursion anyway
            auto [pointer, node] = stack.back();
            stack.pop_back();
            if (!pointer.empty()) pointers.push_back(pointer);
            if (node->is_array())
                for (std::size_t i = 0; i < node->size(); ++i)
                    stack.emplace_back(pointer / i, &(*node)[i]);
            if (node->is_object())
                for (auto it = node->begin(); it != node->end(); ++it)
                    if (it.key() != "$comment") stack.emplace_back(pointer / it.key(), &*it);
        }
        for (const json::json_pointer& pointer : pointers) {
            for (const json& replacement : replacements) {
                const json& original = document.at(pointer);
                bool sameKind = replacement.type() == original.type() ||
                                (replacement.is_number() && original.is_number());
                if (sameKind) continue;
                json broken = document;
                broken[pointer] = replacement;
                ContentTexts files = minimalTexts();
                files[name] = broken.dump(2);
                LoadResult result = loadTexts(files);
                std::string p = pointer.to_string();
                CAPTURE(name);
                CAPTURE(p);
                CAPTURE(replacement.dump());
                INFO(listProblems(result));
                CHECK_FALSE(result.ok());
                checkWellFormed(result);
                CHECK(std::any_of(result.problems.begin(), result.problems.end(),
                                  [&](const Problem& problem) {
                                      const std::string& at = problem.path;
                                      bool near = at == p || at.rfind(p + "/", 0) == 0 ||
                                                  (!at.empty() && p.rfind(at + "/", 0) == 0);
                                      return problem.file == name && near &&
                                             problem.severity == Problem::Severity::Error;
                                  }));
            }
        }
    }
}

TEST_CASE("bytes that are not UTF-8 are refused at the first bad byte") {
    const std::string_view badSequences[] = {
        "\xff", "\xc3\x28", "\xc0\xaf", "\xed\xa0\x80", "\xf8\x88\x80\x80\x80", "\x80", "\xe2\x82"};
    for (std::string_view bad : badSequences) {
        ContentTexts files = minimalTexts();
        std::string& text = files["events.json"];
        std::size_t at = text.find("meet in Cairo to discuss");
        text.insert(at, bad);
        Problem error = onlyErrorIn(loadTexts(files), "events.json");
        TextPosition expected = asciiPosition(text, at);
        CHECK(error.line == expected.line);
        CHECK(error.column == expected.column);
        CHECK(error.message.find("not valid UTF-8") != std::string::npos);
        CHECK(error.path == "/events/0/summary/en");
    }
}

TEST_CASE("huge strings, long arrays and NUL bytes are refused where they are") {
    ContentTexts files = minimalTexts();
    std::string& events = files["events.json"];
    std::size_t at = events.find("\"Factions meet");
    events.insert(at + 1, std::string(1 << 20, 'x'));
    Problem huge = onlyErrorIn(loadTexts(files), "events.json");
    CHECK(huge.line == asciiPosition(events, at).line);
    CHECK(huge.column == asciiPosition(events, at).column);
    CHECK(huge.path == "/events/0/summary/en");
    CHECK(huge.message.find("1048620 bytes long; the limit is 65536") != std::string::npos);

    ContentTexts many = minimalTexts();
    std::string list = "[\"a\"";
    for (int i = 0; i < 100'000; ++i) list += ",\"a\"";
    patch(many, "places.json", "\"kind\": \"city\"}\n  ]", "\"kind\": " + list + "]}\n  ]");
    CHECK(onlyErrorIn(loadTexts(many), "places.json").message.find("more than 100000 items") !=
          std::string::npos);

    for (std::string_view where : {"\"Factions", "Factions meet", "\n  \"events\""}) {
        ContentTexts nul = minimalTexts();
        std::size_t offset = nul["events.json"].find(where);
        nul["events.json"].insert(offset, 1, '\0');
        Problem error = onlyErrorIn(loadTexts(nul), "events.json");
        CHECK(error.line == asciiPosition(nul["events.json"], offset).line);
        CHECK(error.column == asciiPosition(nul["events.json"], offset).column);
        CHECK(error.message.find("NUL byte") != std::string::npos);
    }
}

TEST_CASE("duplicate keys are refused, in any object") {
    ContentTexts files = minimalTexts();
    patch(files, "events.json", R"("background": false)", R"("background": false, "title": {})");
    Problem error = onlyErrorIn(loadTexts(files), "events.json");
    CHECK(error.line == 26);
    CHECK(error.column == 28);
    CHECK(error.path == "/events/1");
    CHECK(error.message.find("the key \"title\" appears twice") != std::string::npos);

    ContentTexts root = minimalTexts();
    patch(root, "exhibit.json", R"("format": 1,)", R"("format": 1, "format": 1,)");
    CHECK(onlyErrorIn(loadTexts(root), "exhibit.json").path == "");
}

TEST_CASE("a file over 16 MB is refused without being read") {
    TempDir dir;
    copyFixture("minimal", dir.path());
    std::filesystem::resize_file(dir.path() / "events.json", 16 * 1024 * 1024 + 1);
    Problem error = onlyErrorIn(loadContent(dir.path()), "events.json");
    CHECK(error.format() == "events.json: error: the file is 16.1 MB; the limit is 16 MB");
}

TEST_CASE("any file may be empty, a bare value or the wrong shape without harm") {
    for (const auto& [name, unused] : minimalTexts()) {
        for (std::string_view shape : {"", "null", "[]", "42", "\"text\"", "{}", "{\"x\": 1}"}) {
            ContentTexts files = minimalTexts();
            files[name] = shape;
            LoadResult result = loadTexts(files);
            CAPTURE(name);
            CAPTURE(shape);
            checkWellFormed(result);
            CHECK_FALSE(result.ok());
            CHECK(result.firstError()->file == name);
        }
    }
}

TEST_CASE("picture paths cannot leave the folder, not even through a link") {
    TempDir dir;
    copyFixture("minimal", dir.path() / "content");
    writeFile(dir.path() / "outside.png", makePng(1, 1));
    std::filesystem::remove(dir.path() / "content/media/dot.png");
    std::filesystem::create_symlink(dir.path() / "outside.png",
                                    dir.path() / "content/media/dot.png");
    LoadResult linked = loadContent(dir.path() / "content");
    CHECK(onlyErrorIn(linked, "media.json").message.find("outside the content folder") !=
          std::string::npos);

    ContentTexts files = minimalTexts();
    patch(files, "media.json", "media/dot.png", "media/\\u0000dot.png");
    CHECK(onlyErrorIn(loadTexts(files), "media.json").message.find("control character") !=
          std::string::npos);
    ContentTexts windows = minimalTexts();
    patch(windows, "media.json", "media/dot.png", "media\\\\dot.png");
    CHECK(onlyErrorIn(loadTexts(windows), "media.json").message.find("use / between folders") !=
          std::string::npos);
}

TEST_CASE("a flood of problems is counted in full but listed only up to a cap") {
    ContentTexts files = minimalTexts();
    std::string places = "{\"places\": [";
    for (int i = 0; i < 12'000; ++i)
        places += std::string(i ? "," : "") + "{\"id\": \"p" + std::to_string(i) +
                  "\", \"name\": {\"en\": \"P\"}, \"lat\": 95, \"lon\": 0}";
    files["places.json"] = places + "]}";
    patch(files, "events.json", R"("places": ["cairo"])", R"("places": ["p1"])");
    patch(files, "events.json", R"("places": ["moscow"])", R"("places": ["p2"])");
    patch(files, "actors.json", R"("home": "moscow"
    },)",
          R"("home": "p3"
    },)");
    patch(files, "actors.json", R"("home": "moscow"
    })",
          R"("home": "p4"
    })");
    LoadResult result = loadTexts(files);
    CHECK(result.errors == 12'000);
    REQUIRE(result.problems.size() == 10'001);
    CHECK(result.problems.back().format() ==
          "error: 2000 more problems are not listed; fix the ones above first");
    CHECK(result.problems.front().line == 1);
}

TEST_CASE("at most 32 languages are accepted") {
    ContentTexts files = minimalTexts();
    std::string many;
    for (char a = 'a'; a <= 'z'; ++a)
        for (char b : {'a', 'b'})
            many += std::string(", {\"code\": \"") + a + b + "\", \"name\": \"X\"}";
    patch(files, "exhibit.json", R"("rtl": false})", R"("rtl": false})" + many);
    LoadResult result = loadTexts(files);
    const Problem* tooMany = findProblem(result, "exhibit.json", "/languages");
    REQUIRE(tooMany);
    CHECK(tooMany->message == "the exhibit can show at most 32 languages; found 53");
}

TEST_CASE("randomly damaged files never crash the loader and keep reports well formed") {
    std::mt19937 random(27112026);
    ContentTexts original = minimalTexts();
    std::vector<std::string> names;
    for (const auto& [name, unused] : original) names.push_back(name);
    for (int trial = 0; trial < 1500; ++trial) {
        ContentTexts files = original;
        std::string& text = files[names[random() % names.size()]];
        for (int edits = 1 + int(random() % 4); edits > 0; --edits) {
            std::size_t at = random() % text.size();
            switch (random() % 3) {
                case 0:
                    text[at] = char(random() % 256);
                    break;
                case 1:
                    text.erase(at, 1 + random() % 8);
                    break;
                default:
                    text.insert(at, text.substr(random() % text.size(), random() % 16));
            }
            if (text.empty()) text = "{";
        }
        checkWellFormed(loadTexts(files));
    }
}
