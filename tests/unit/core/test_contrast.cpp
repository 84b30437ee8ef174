// Text contrast (WCAG 2.1, 4.5:1 for text) computed from the exhibit's own colours: the
// palette the screen draws with and the track colours of the bundled content.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "kiosk/core/contrast.h"
#include "kiosk/ui/palette.h"

using namespace kiosk;
namespace palette = kiosk::ui::palette;

namespace {

std::uint32_t hexColor(const std::string& s) {
    return std::uint32_t(std::stoul(s.substr(1), nullptr, 16));
}

std::uint32_t eraGround() {  // the lighter era band, as kiosk/ui/theme.cpp takes it
    return blend(0xffffff, palette::kEraBandAlpha[0], palette::kBackground);
}

}  // namespace

TEST_CASE("WCAG contrast matches the standard's reference values") {
    CHECK(contrastRatio(0x000000, 0xffffff) == doctest::Approx(21.0));
    CHECK(contrastRatio(0x777777, 0xffffff) == doctest::Approx(4.48).epsilon(0.01));
    CHECK(contrastRatio(0x0072b2, 0x10161e) < 4.5);  // the review's "blue 2.7:1" lane name
    CHECK(blend(0xffffff, 255, 0x000000) == 0xffffff);
    CHECK(blend(0xffffff, 0, 0x123456) == 0x123456);
}

TEST_CASE("body text and labels reach 4.5:1 on every ground they are drawn on") {
    std::uint32_t grounds[] = {
        palette::kBackground, palette::kHeader,
        palette::kPanel,      palette::kSea,
        eraGround(),          blend(0xffffff, 28, palette::kBackground)};  // a button
    for (std::uint32_t g : grounds) {
        CAPTURE(g);
        CHECK(contrastRatio(palette::kText, g) >= 4.5);
        CHECK(contrastRatio(palette::kTextDim, g) >= 4.5);
        CHECK(contrastRatio(palette::kAccent, g) >= 4.5);
    }
    // Text drawn on the accent (the attract prompt, a held button).
    CHECK(contrastRatio(palette::kBackground, palette::kAccent) >= 4.5);
    for (std::uint32_t land : {palette::kLandSelected, palette::kLandStory, palette::kLandPlain}) {
        CAPTURE(land);
        CHECK(contrastRatio(palette::kCountryName, land) >= 4.5);
    }
}

TEST_CASE("lane names in their track's colour are made legible, keeping the hue") {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/tracks.json");
    auto tracks = nlohmann::json::parse(in)["tracks"];
    REQUIRE(tracks.size() >= 3);
    int raisedCount = 0;
    for (const auto& t : tracks) {
        std::uint32_t raw = hexColor(t["color"].get<std::string>());
        std::uint32_t text = readableOn(raw, eraGround());
        CAPTURE(t["id"].get<std::string>());
        CHECK(contrastRatio(text, eraGround()) >= 4.5);
        CHECK(text != 0xffffff);  // still the track's hue, not plain white
        if (contrastRatio(raw, eraGround()) < 4.5) ++raisedCount;
    }
    CHECK(raisedCount >= 1);  // the raw colours are not enough: the check can fail
}
