// Marker clustering by screen distance (issue 14): overlapping markers merge, a zoom splits
// them, identical places fan out, and 10k places still end with no two markers overlapping.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "kiosk/map/clusters.h"

using namespace kiosk;
using namespace kiosk::map;

namespace {

constexpr double kFinger = 48;  // px: 9 mm on a 7" 800x480 panel

// No two groups' finger squares overlap, and every input key is in exactly one group.
void checkPartition(const std::vector<MarkerGroup>& groups, size_t inputs, double scale) {
    std::vector<int> seen;
    for (const auto& g : groups) seen.insert(seen.end(), g.keys.begin(), g.keys.end());
    std::sort(seen.begin(), seen.end());
    REQUIRE(seen.size() == inputs);
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    // A sweep along x: only groups less than a finger apart in x can overlap.
    std::vector<const MarkerGroup*> byX;
    for (const auto& g : groups) byX.push_back(&g);
    std::sort(byX.begin(), byX.end(), [](auto* a, auto* b) { return a->at.x < b->at.x; });
    size_t overlapping = 0;
    for (size_t i = 0; i < byX.size(); ++i)
        for (size_t j = i + 1; j < byX.size(); ++j) {
            double dx = (byX[j]->at.x - byX[i]->at.x) * scale;
            if (dx >= kFinger - 1e-6) break;
            overlapping += std::abs(byX[i]->at.y - byX[j]->at.y) * scale < kFinger - 1e-6;
        }
    CHECK(overlapping == 0);
}

std::vector<MarkerInput> levant() {
    // Jerusalem, Ramallah, Gaza, Amman, Cairo: the stack at home zoom.
    GeoPoint g[] = {{31.78, 35.22}, {31.90, 35.20}, {31.50, 34.47}, {31.95, 35.93}, {30.04, 31.24}};
    std::vector<MarkerInput> out;
    for (int i = 0; i < 5; ++i) out.push_back({toWorld(g[i]), i, 5 - i});
    return out;
}

}  // namespace

TEST_CASE("markers that would overlap at the map's scale merge into one cluster") {
    auto places = levant();
    double home = 800 * std::pow(2.0, 3.5 - 1);  // 800 px map at zoom 3.5
    auto groups = clusterMarkers(places, home, kFinger);
    checkPartition(groups, places.size(), home);
    REQUIRE(groups.size() < places.size());
    CHECK(groups.front().cluster());
    CHECK(groups.front().weight == 5 + 4 + 3 + 2 + (groups.size() == 1 ? 1 : 0));
    CHECK(groups.front().keys.front() == 0);  // heaviest first
    // Far apart, the same places stand alone: nothing merges that does not overlap.
    double city = 800 * std::pow(2.0, 11 - 1);
    CHECK(clusterMarkers(places, city, kFinger).size() == places.size());
}

TEST_CASE("a cluster splits at the zoom zoomToSplit gives, and not before") {
    std::vector<MarkerInput> two = {{toWorld({31.78, 35.22}), 0, 1},
                                    {toWorld({31.90, 35.20}), 1, 1}};
    double scale = 800 * std::pow(2.0, 3.5 - 1);
    REQUIRE(clusterMarkers(two, scale, kFinger).size() == 1);
    auto z = zoomToSplit(two, 3.5, scale, MapView::kMaxZoom, kFinger);
    REQUIRE(z.has_value());
    CHECK(*z > 3.5);
    CHECK(clusterMarkers(two, scale * std::pow(2.0, *z - 3.5), kFinger).size() == 2);
    CHECK(clusterMarkers(two, scale * std::pow(2.0, *z - 0.5 - 3.5), kFinger).size() == 1);
    // With a limit below that zoom, nothing splits them: the caller fans them out.
    CHECK_FALSE(zoomToSplit(two, 3.5, scale, *z - 0.5, kFinger).has_value());
}

TEST_CASE("places at identical coordinates never split and fan out without overlapping") {
    std::vector<MarkerInput> same = {{toWorld({31.78, 35.22}), 0, 2},
                                     {toWorld({31.78, 35.22}), 1, 1},
                                     {toWorld({31.780001, 35.22}), 2, 1}};
    double scale = 800 * std::pow(2.0, 3.5 - 1);
    CHECK_FALSE(zoomToSplit(same, 3.5, scale, MapView::kMaxZoom, kFinger).has_value());
    auto groups = clusterMarkers(same, scale * 256, kFinger);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].keys == std::vector<int>{0, 1, 2});
    for (size_t n = 1; n <= 24; ++n) {
        CAPTURE(n);
        auto at = fanOutPositions({400, 240}, n, float(kFinger));
        REQUIRE(at.size() == n);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j)
                CHECK((std::abs(at[i].x - at[j].x) >= kFinger - 0.01 ||
                       std::abs(at[i].y - at[j].y) >= kFinger - 0.01));
    }
}

TEST_CASE("a place beyond Mercator's limit is drawn whole inside the map's edge") {
    std::vector<MarkerInput> pole = {{toWorld({90, 0}), 0, 1}, {toWorld({-90, 179.99}), 1, 1}};
    double scale = 800;
    auto groups = clusterMarkers(pole, scale, kFinger);
    REQUIRE(groups.size() == 2);
    for (const auto& g : groups) {
        CHECK(g.at.y * scale >= kFinger / 2 - 1e-6);
        CHECK((1 - g.at.y) * scale >= kFinger / 2 - 1e-6);
        CHECK((1 - g.at.x) * scale >= kFinger / 2 - 1e-6);
    }
}

TEST_CASE("10k places at every zoom: a partition with no two markers overlapping") {
    std::mt19937 rng(14);
    std::uniform_real_distribution<double> lat(-60, 70), lon(-180, 180);
    std::vector<MarkerInput> places;
    for (int i = 0; i < 10000; ++i) places.push_back({toWorld({lat(rng), lon(rng)}), i, 1 + i % 7});
    // A dense town too: 500 places within a few hundred metres.
    for (int i = 0; i < 500; ++i)
        places.push_back(
            {toWorld({31.78 + 0.003 * (i % 10), 35.22 + 0.003 * (i / 10)}), 10000 + i, 1});
    for (double zoom : {1.0, 3.5, 6.0, 11.0}) {
        CAPTURE(zoom);
        double scale = 1920 * std::pow(2.0, zoom - 1);
        auto groups = clusterMarkers(places, scale, kFinger);
        checkPartition(groups, places.size(), scale);
        if (zoom == 11.0) CHECK(groups.size() > 9000);
        if (zoom == 1.0) CHECK(groups.size() < 2000);
        // Deterministic: the same input gives the same groups.
        CHECK(clusterMarkers(places, scale, kFinger).size() == groups.size());
    }
}

TEST_CASE("clusters are recomputed only when their key changes") {
    MarkerClusters cache;
    auto places = levant();
    int fills = 0;
    auto fill = [&](std::vector<MarkerInput>& in) {
        ++fills;
        in = places;
    };
    MarkerClusters::Key key{800 * 8.0, kFinger, &places, ""};
    cache.groups(key, fill);
    cache.groups(key, fill);  // a pan or an idle frame: same key
    CHECK(fills == 1);
    CHECK(cache.builds() == 1);
    key.pxPerWorldUnit *= 1.1;  // a zoom: the same markers, reclustered
    cache.groups(key, fill);
    CHECK(cache.builds() == 2);
    CHECK(fills == 1);
    key.shown = "actor:hamas";  // a filter: listed again
    const auto& g = cache.groups(key, fill);
    CHECK(cache.builds() == 3);
    CHECK(fills == 2);
    int other = 0;  // other content: listed again
    key.content = &other;
    cache.groups(key, fill);
    CHECK(fills == 3);
    CHECK_FALSE(g.empty());
}
