#include <doctest/doctest.h>

#include "kiosk/input/touch_transform.h"

using namespace kiosk::input;

TEST_CASE("no settings leave touches where they are") {
    auto p = parseTouchTransform("", "");
    REQUIRE(p.transform);
    CHECK(p.transform->identity());
    Vec2 v = p.transform->apply({0.25f, 0.75f});
    CHECK(v.x == doctest::Approx(0.25f));
    CHECK(v.y == doctest::Approx(0.75f));
}

TEST_CASE("rotation turns the panel about the screen's centre, and 90 undoes 270") {
    auto r180 = *parseTouchTransform("180", "").transform;
    CHECK(r180.apply({0.1f, 0.2f}).x == doctest::Approx(0.9f));
    CHECK(r180.apply({0.1f, 0.2f}).y == doctest::Approx(0.8f));
    auto r90 = *parseTouchTransform("90", "").transform;
    auto r270 = *parseTouchTransform("270", "").transform;
    Vec2 once = r90.apply({0.1f, 0.3f});
    Vec2 back = r270.apply(once);
    Vec2 fourTimes = r90.apply(r90.apply(r90.apply(once)));
    CHECK(fourTimes.x == doctest::Approx(0.1f).epsilon(1e-5));
    CHECK(fourTimes.y == doctest::Approx(0.3f).epsilon(1e-5));
    CHECK(back.x == doctest::Approx(0.1f).epsilon(1e-5));
    CHECK(back.y == doctest::Approx(0.3f).epsilon(1e-5));
}

TEST_CASE("calibration stretches a panel that only reports two thirds of its range") {
    auto t = *parseTouchTransform("", "0,0,0.66,0.66").transform;
    CHECK(t.apply({0.66f, 0.33f}).x == doctest::Approx(1.0f));
    CHECK(t.apply({0.66f, 0.33f}).y == doctest::Approx(0.5f));
    CHECK(t.apply({0.9f, 0.9f}).x == doctest::Approx(1.0f));  // clamped to the screen
}

TEST_CASE("bad settings are refused with a message naming what was expected") {
    CHECK(parseTouchTransform("45", "").error.find("0, 90, 180 or 270") != std::string::npos);
    CHECK(parseTouchTransform("", "0,0,1").error.find("minX,minY,maxX,maxY") != std::string::npos);
    CHECK(parseTouchTransform("", "0.5,0,0.5,1").error.find("max > min") != std::string::npos);
    CHECK_FALSE(parseTouchTransform("", "a,b,c,d").transform);
}
