#include <doctest/doctest.h>

#include "kiosk/map/map_view.h"

using namespace kiosk;
using namespace kiosk::map;

TEST_CASE("projection and its inverse agree across the world") {
    for (double lat : {-80.0, -33.9, 0.0, 31.5, 55.76}) {
        for (double lon : {-179.0, -77.04, 0.0, 37.62, 179.0}) {
            GeoPoint g = toGeo(toWorld({lat, lon}));
            CHECK(g.lat == doctest::Approx(lat).epsilon(1e-9));
            CHECK(g.lon == doctest::Approx(lon).epsilon(1e-9));
        }
    }
    CHECK(toWorld({0, 0}).x == doctest::Approx(0.5));
    CHECK(toWorld({0, 0}).y == doctest::Approx(0.5));
    CHECK(toWorld({55.76, 37.62}).y < toWorld({30.04, 31.24}).y);  // Moscow north of Cairo
}

TEST_CASE("screen projection round-trips and the centre lands in the middle") {
    MapView v;
    v.setViewport({100, 50, 1000, 600});
    v.setView({40, 25}, 4);
    Vec2f c = v.project({40, 25});
    CHECK(c.x == doctest::Approx(600));
    CHECK(c.y == doctest::Approx(350));
    GeoPoint back = v.unproject(v.project({31.77, 35.21}));
    CHECK(back.lat == doctest::Approx(31.77).epsilon(1e-6));
    CHECK(back.lon == doctest::Approx(35.21).epsilon(1e-6));
}

TEST_CASE("zooming about a point keeps that point under the fingers") {
    MapView v;
    v.setViewport({0, 0, 1200, 800});
    v.setView({40, 25}, 4);
    Vec2f anchor{300, 200};
    GeoPoint before = v.unproject(anchor);
    v.zoomAbout(anchor, 2.0);
    CHECK(v.zoom() == doctest::Approx(5));
    Vec2f after = v.project(before);
    CHECK(after.x == doctest::Approx(300).epsilon(1e-4));
    CHECK(after.y == doctest::Approx(200).epsilon(1e-4));
}

TEST_CASE("the view is clamped so the world cannot be lost off-screen") {
    MapView v;
    v.setViewport({0, 0, 1000, 500});
    v.setView({40, 25}, 3);
    v.panBy({1e6f, 1e6f});
    Vec2f topLeftOfWorld = v.project(toGeo({0, 0}));
    CHECK(topLeftOfWorld.x <= 0.5f);
    CHECK(topLeftOfWorld.y <= 0.5f);
    v.zoomAbout({500, 250}, 1e-9);
    CHECK(v.zoom() == doctest::Approx(MapView::kMinZoom));
    v.zoomAbout({500, 250}, 1e9);
    CHECK(v.zoom() == doctest::Approx(MapView::kMaxZoom));
}

TEST_CASE("a flight eases to its target and ends") {
    MapView v;
    v.setViewport({0, 0, 1000, 600});
    v.setView({40, 25}, 3);
    GeoPoint moscow{55.76, 37.62}, washington{38.9, -77.04};
    GeoPoint both[] = {moscow, washington};
    v.flyToFit(both, 1000);
    CHECK(v.update(1100));
    CHECK(v.update(1600));
    CHECK_FALSE(v.update(2300));
    for (auto g : both) CHECK(v.viewport().contains(v.project(g)));
}
