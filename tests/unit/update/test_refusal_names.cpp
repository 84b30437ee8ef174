// The staff guide's table of reasons is the contract with museum staff: every reason code the
// exhibit can show must be explained there, under the same name (issue 16, item 11).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "kiosk/update/refusal.h"

using namespace kiosk::update;

TEST_CASE("every refusal reason is explained in the staff guide, under its own name") {
    std::ifstream in(KIOSK_SOURCE_DIR "/docs/staff-guide.md");
    REQUIRE(in);
    // The first cell of each table row: "| `size-mismatch` / `hash-mismatch` | ...".
    std::vector<std::string> firstCells;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("| `", 0) == 0) firstCells.push_back(line.substr(0, line.find('|', 1)));
    int checked = 0;
    for (int c = int(RefusalCode::NoPackage); c <= int(RefusalCode::LocalError); ++c) {
        std::string name = "`" + std::string(refusalName(RefusalCode(c))) + "`";
        CAPTURE(name);
        CHECK(std::any_of(firstCells.begin(), firstCells.end(), [&](const std::string& cell) {
            return cell.find(name) != std::string::npos;
        }));
        ++checked;
    }
    CHECK(checked == int(RefusalCode::LocalError));
}
