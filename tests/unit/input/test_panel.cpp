// Panel geometry and the panel-size setting.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "kiosk/input/panel.h"

using namespace kiosk::input;
using Kind = PanelSetting::Kind;

TEST_CASE("a 7 inch 800x480 panel has about 5.25 px/mm (133 dpi)") {
    const PanelGeometry panel = PanelGeometry::fromDiagonal(7, 800, 480);
    CHECK(panel.pixelsPerMm() == doctest::Approx(std::hypot(800.0, 480.0) / (7 * 25.4)));
    CHECK(panel.dpi() == doctest::Approx(133.28).epsilon(0.001));
    CHECK(panel.mmToPx(10) == doctest::Approx(10 * panel.pixelsPerMm()));
    CHECK(panel.pxToMm(panel.mmToPx(12.5f)) == doctest::Approx(12.5));
    CHECK(panel.minTargetPx() == doctest::Approx(9 * panel.pixelsPerMm()));
}

TEST_CASE("a 15.6 inch full HD panel has 141 dpi; the same pixels on 23.8 inch fewer") {
    CHECK(PanelGeometry::fromDiagonal(15.6f, 1920, 1080).dpi() ==
          doctest::Approx(141.21).epsilon(0.001));
    CHECK(PanelGeometry::fromDiagonal(23.8f, 1920, 1080).dpi() ==
          doctest::Approx(92.56).epsilon(0.001));
}

TEST_CASE("a density setting converts directly") {
    const PanelGeometry panel = PanelGeometry::fromDpi(96);
    CHECK(panel.pixelsPerMm() == doctest::Approx(3.7795).epsilon(0.001));
    CHECK(panel.minTargetPx() == doctest::Approx(34.0).epsilon(0.01));
}

TEST_CASE("an unknown or impossible panel falls back to the default density") {
    const float fallback = PanelGeometry::kDefaultDpi / 25.4f;
    CHECK(PanelGeometry().pixelsPerMm() == doctest::Approx(fallback));
    CHECK(PanelGeometry::fromDiagonal(7, 0, 480).pixelsPerMm() == doctest::Approx(fallback));
    CHECK(PanelGeometry::fromDiagonal(-3, 800, 480).pixelsPerMm() == doctest::Approx(fallback));
    CHECK(PanelGeometry::fromDiagonal(NAN, 800, 480).pixelsPerMm() == doctest::Approx(fallback));
    CHECK(PanelGeometry::fromDpi(0).pixelsPerMm() == doctest::Approx(fallback));
    CHECK(PanelGeometry::fromDpi(INFINITY).pixelsPerMm() == doctest::Approx(fallback));
}

TEST_CASE("fromSetting uses the diagonal with the screen size, the dpi, or the default") {
    CHECK(PanelGeometry::fromSetting({Kind::DiagonalInches, 7}, 800, 480).dpi() ==
          doctest::Approx(133.28).epsilon(0.001));
    CHECK(PanelGeometry::fromSetting({Kind::Dpi, 200}, 800, 480).dpi() == doctest::Approx(200));
    CHECK(PanelGeometry::fromSetting({}, 800, 480).dpi() ==
          doctest::Approx(PanelGeometry::kDefaultDpi));
}

TEST_CASE("parsePanelSetting reads inches and dpi") {
    struct Case {
        const char* text;
        Kind kind;
        float value;
    };
    const Case cases[] = {
        {"7in", Kind::DiagonalInches, 7},
        {"15.6in", Kind::DiagonalInches, 15.6f},
        {" 10.1 IN ", Kind::DiagonalInches, 10.1f},
        {"21.5\"", Kind::DiagonalInches, 21.5f},
        {"24inch", Kind::DiagonalInches, 24},
        {"96dpi", Kind::Dpi, 96},
        {"133 PPI", Kind::Dpi, 133},
        {"auto", Kind::Auto, 0},
        {"", Kind::Auto, 0},
        {"  ", Kind::Auto, 0},
    };
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const PanelSettingParse parsed = parsePanelSetting(c.text);
        REQUIRE(parsed.setting.has_value());
        CHECK(parsed.error.empty());
        CHECK(parsed.setting->kind == c.kind);
        CHECK(parsed.setting->value == doctest::Approx(c.value));
    }
}

TEST_CASE("parsePanelSetting explains what is wrong") {
    struct Case {
        const char* text;
        const char* mentions;
    };
    const Case cases[] = {
        {"7", "unit"},        {"7cm", "unit"},       {"in", "number"},   {"seven in", "number"},
        {"300in", "inches"},  {"0in", "inches"},     {"-7in", "inches"}, {"5dpi", "dpi"},
        {"nan in", "number"}, {"7in 96dpi", "unit"}, {"1 5in", "unit"},
    };
    for (const Case& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const PanelSettingParse parsed = parsePanelSetting(c.text);
        CHECK_FALSE(parsed.setting.has_value());
        CHECK(parsed.error.find(c.mentions) != std::string::npos);
        CHECK(parsed.error.find(c.text) != std::string::npos);  // names the bad value
    }
}
