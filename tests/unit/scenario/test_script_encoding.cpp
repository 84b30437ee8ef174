// Replay scripts saved by Windows editors (issue 16, item 9).
#include <doctest/doctest.h>

#include "kiosk/scenario/script.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk::scenario;

TEST_CASE("a replay script with a BOM and CRLF reads as without; UTF-16 is named") {
    test_support::TempDataDir dir;
    auto path = dir.path() / "replay.jsonl";
    test_support::writeWholeFile(
        path,
        "\xEF\xBB\xBF{\"t\": 100, \"type\": \"key\", \"key\": \"Escape\"}\r\n"
        "{\"t\": 200, \"type\": \"wait\"}\r\n");
    Script s = loadScript(path);
    REQUIRE(s.ok());
    REQUIRE(s.steps.size() == 2);
    CHECK(s.steps[0].key == "Escape");

    test_support::writeWholeFile(path, std::string("\xFF\xFE{\0\"\0", 6));
    Script utf16 = loadScript(path);
    REQUIRE(utf16.errors.size() == 1);
    CHECK(utf16.errors[0] ==
          path.string() + ":1: the file is UTF-16 (little-endian); save it as UTF-8");
}
