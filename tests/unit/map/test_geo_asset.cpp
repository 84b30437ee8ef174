// The shipped assets/world.geo: what the story needs is there, and the data is sound.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "geo_test_support.h"
#include "kiosk/map/geo_asset.h"

using namespace kiosk::map;
using kiosk::map::testing::worldAsset;

namespace {

std::string isoAt(double lat, double lon) {
    const Country* c = countryAt(worldAsset(), toWorld({lat, lon}));
    return c ? c->iso : "(sea)";
}

}  // namespace

TEST_CASE("the world asset holds every country the story names") {
    const GeoAsset& world = worldAsset();
    CHECK(world.countries.size() >= 200);
    for (const char* iso : {"RUS", "USA", "ISR", "PSE", "EGY", "JOR", "DEU", "FRA", "SAU", "ARE",
                            "BHR", "SDN", "MAR", "LBN", "ESP", "BEL", "SYR", "XKX"}) {
        INFO(iso);
        const Country* c = findCountry(world, iso);
        REQUIRE(c != nullptr);
        CHECK(c->triangles.count > 0);
        CHECK(c->strips.count > 0);
        CHECK_FALSE(c->name.empty());
    }
    CHECK(findCountry(world, "PSE")->name == "Palestine");
    CHECK(findCountry(world, "ZZZ") == nullptr);
}

TEST_CASE("country codes are unique, three capitals, and sorted") {
    const auto& countries = worldAsset().countries;
    for (const Country& c : countries) {
        INFO(c.iso);
        CHECK(c.iso.size() == 3);
        CHECK(std::all_of(c.iso.begin(), c.iso.end(),
                          [](char ch) { return ch >= 'A' && ch <= 'Z'; }));
    }
    for (std::size_t i = 1; i < countries.size(); ++i) {
        CHECK(countries[i - 1].iso < countries[i].iso);
    }
}

TEST_CASE("tapping a city finds its country") {
    CHECK(isoAt(55.7558, 37.6173) == "RUS");   // Moscow
    CHECK(isoAt(30.0444, 31.2357) == "EGY");   // Cairo
    CHECK(isoAt(48.8566, 2.3522) == "FRA");    // Paris
    CHECK(isoAt(52.52, 13.405) == "DEU");      // Berlin
    CHECK(isoAt(40.4168, -3.7038) == "ESP");   // Madrid
    CHECK(isoAt(50.8503, 4.3517) == "BEL");    // Brussels
    CHECK(isoAt(38.9072, -77.0369) == "USA");  // Washington
    CHECK(isoAt(24.7136, 46.6753) == "SAU");   // Riyadh
    CHECK(isoAt(24.2075, 55.7447) == "ARE");   // Al Ain
    CHECK(isoAt(26.13, 50.555) == "BHR");      // Riffa (Manama is on a coast 1:50m rounds off)
    CHECK(isoAt(15.5007, 32.5599) == "SDN");   // Khartoum
    CHECK(isoAt(34.0331, -5.0003) == "MAR");   // Fes
    CHECK(isoAt(31.9539, 35.9106) == "JOR");   // Amman
    CHECK(isoAt(33.8938, 35.5018) == "LBN");   // Beirut
    CHECK(isoAt(32.0853, 34.7818) == "ISR");   // Tel Aviv
    CHECK(isoAt(31.5017, 34.4668) == "PSE");   // Gaza City
    CHECK(isoAt(31.9038, 35.2034) == "PSE");   // Ramallah
}

TEST_CASE("the sea belongs to no country") {
    CHECK(isoAt(30.0, -40.0) == "(sea)");    // mid-Atlantic
    CHECK(isoAt(-40.0, -120.0) == "(sea)");  // South Pacific
    CHECK(isoAt(34.0, 18.0) == "(sea)");     // Mediterranean
}

TEST_CASE("countries across the antimeridian are cut, not smeared across the map") {
    CHECK(isoAt(67.0, 175.0) == "RUS");     // Chukotka west of 180°
    CHECK(isoAt(65.8, -172.5) == "RUS");    // Chukotka east of 180°
    CHECK(isoAt(-17.8, 178.0) == "FJI");    // Viti Levu
    CHECK(isoAt(60.0, -175.0) == "(sea)");  // Bering Sea, between the pieces
    CHECK(isoAt(0.0, 0.0) == "(sea)");      // Gulf of Guinea, far from any wrap artefact
    const GeoAsset& world = worldAsset();
    for (const Country& c : world.countries) {
        if (c.iso == "ATA") continue;  // winds round the pole: its band spans the map
        for (std::size_t t = c.triangles.first; t < c.triangles.end(); ++t) {
            const auto& v = world.vertices;
            const auto* ix = &world.indices[3 * t];
            float lo = std::min({v[ix[0]].x, v[ix[1]].x, v[ix[2]].x});
            float hi = std::max({v[ix[0]].x, v[ix[1]].x, v[ix[2]].x});
            INFO(c.iso << " triangle " << t);
            REQUIRE(hi - lo < 0.5f);
        }
    }
}

TEST_CASE("every index and range stays inside the asset and its country") {
    const GeoAsset& world = worldAsset();
    CHECK(world.indices.size() % 3 == 0);
    for (const Country& c : world.countries) {
        INFO(c.iso);
        REQUIRE(c.vertices.end() <= world.vertices.size());
        REQUIRE(c.triangles.end() <= world.triangleCount());
        REQUIRE(c.strips.end() <= world.outlines.size());
        REQUIRE(c.parts.end() <= world.parts.size());
        bool inside = true;
        for (std::size_t i = 3 * c.triangles.first; i < 3 * c.triangles.end(); ++i) {
            inside = inside && world.indices[i] >= c.vertices.first &&
                     world.indices[i] < c.vertices.end();
        }
        CHECK(inside);
        for (std::size_t s = c.strips.first; s < c.strips.end(); ++s) {
            const OutlineStrip& strip = world.outlines[s];
            CHECK(strip.vertexCount >= 2);
            CHECK(strip.firstVertex >= c.vertices.first);
            CHECK(strip.firstVertex + strip.vertexCount <= c.vertices.end());
        }
    }
}

TEST_CASE("bounds hold every vertex, and each label anchor lies inside its own country") {
    const GeoAsset& world = worldAsset();
    int anchorsElsewhere = 0;
    for (const Country& c : world.countries) {
        INFO(c.iso);
        for (std::size_t i = c.vertices.first; i < c.vertices.end(); ++i) {
            const WorldVertex& v = world.vertices[i];
            REQUIRE(c.bounds.contains({v.x, v.y}));
        }
        const Country* under = countryAt(world, {c.anchor.x, c.anchor.y});
        if (under != &c) ++anchorsElsewhere;
    }
    CHECK(anchorsElsewhere == 0);
    const Country* russia = findCountry(world, "RUS");
    CHECK(russia->anchor.x > toWorld({60, 40}).x);  // on the mainland, not on an island
    CHECK(russia->anchor.x < toWorld({60, 150}).x);
}

TEST_CASE("the C++ encoder writes the shipped file byte for byte, so both agree on the format") {
    std::ifstream in(kiosk::map::testing::worldAssetPath(), std::ios::binary);
    const std::vector<std::uint8_t> file{std::istreambuf_iterator<char>(in),
                                         std::istreambuf_iterator<char>()};
    REQUIRE(file.size() > 1'000'000);
    CHECK(file.size() < 2'200'000);  // stays small enough to ship in the repository
    CHECK(encodeGeoAsset(worldAsset()) == file);
}
