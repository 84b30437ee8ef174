#include <doctest/doctest.h>

#include "kiosk/text/font_files.h"

using namespace kiosk::text;

TEST_CASE("the Noto faces come first, Latin before Arabic, in both weights") {
    for (Weight w : {Weight::Regular, Weight::Bold}) {
        auto files = findFontFiles(w);
        REQUIRE(files.size() >= 2);
        CHECK(files[0].family == "Noto Sans");
        CHECK(files[1].family == "Noto Sans Arabic");
        CHECK(files[0].path.find(w == Weight::Bold ? "Bold" : "Regular") != std::string::npos);
    }
}

TEST_CASE("an override folder without the files changes nothing") {
    auto files = findFontFiles(Weight::Regular, "/nonexistent");
    REQUIRE(!files.empty());
    CHECK(files[0].path.rfind("/usr/share/fonts", 0) == 0);
}
