// GPU-ready meshes and the per-frame run list, on a hand-made asset and on the shipped one.
#include <doctest/doctest.h>

#include <numeric>

#include "geo_test_support.h"
#include "kiosk/map/geo_mesh.h"

using namespace kiosk;
using namespace kiosk::map;
using kiosk::map::testing::twoSquareCountries;
using kiosk::map::testing::worldAsset;

namespace {

std::uint64_t totalCount(const std::vector<CountryRun>& runs) {
    std::uint64_t n = 0;
    for (const CountryRun& r : runs) n += r.run.count;
    return n;
}

bool hasCountry(const GeoAsset& asset, const std::vector<CountryRun>& runs, const char* iso) {
    return std::any_of(runs.begin(), runs.end(),
                       [&](const CountryRun& r) { return asset.countries[r.country].iso == iso; });
}

}  // namespace

TEST_CASE("the fill mesh repeats each triangle's corners in order, one run per country") {
    GeoAsset a = twoSquareCountries();
    FillMesh fill = buildFillMesh(a);
    REQUIRE(fill.vertices.size() == 3 * a.triangleCount());
    for (std::size_t i = 0; i < a.indices.size(); ++i) {
        CHECK(fill.vertices[i].x == a.vertices[a.indices[i]].x);
        CHECK(fill.vertices[i].y == a.vertices[a.indices[i]].y);
    }
    REQUIRE(fill.countryRuns.size() == 2);
    CHECK(fill.countryRuns[0].first == 0);
    CHECK(fill.countryRuns[0].count == 6);
    CHECK(fill.countryRuns[1].first == 6);
    CHECK(fill.countryRuns[1].count == 12);
    CHECK(fill.partRuns.size() == a.parts.size());
}

TEST_CASE("the outline mesh turns strips into line pairs, closing closed ones") {
    GeoAsset a = twoSquareCountries();
    a.outlines[2].closed = false;  // the island's strip stays open: 3 segments, not 4
    LineMesh lines = buildOutlineMesh(a);
    CHECK(lines.vertices.size() == 2 * (4 + 4 + 3));
    CHECK(lines.vertices[6].x == a.vertices[3].x);  // AAA's closing segment: 4th corner...
    CHECK(lines.vertices[7].x == a.vertices[0].x);  // ...back to the first
    REQUIRE(lines.countryRuns.size() == 2);
    CHECK(lines.countryRuns[0].first == 0);
    CHECK(lines.countryRuns[0].count == 8);
    CHECK(lines.countryRuns[1].first == 8);
    CHECK(lines.countryRuns[1].count == 14);
}

TEST_CASE("visible runs keep only what overlaps the view and merge a country's neighbours") {
    GeoAsset a = twoSquareCountries();
    FillMesh fill = buildFillMesh(a);
    std::vector<CountryRun> runs;

    visibleCountryRuns(fill, a, {0, 0, 1, 1}, runs);
    REQUIRE(runs.size() == 2);  // BBB's two parts are adjacent in the buffer: one run
    CHECK(runs[1].country == 1);
    CHECK(runs[1].run.first == 6);
    CHECK(runs[1].run.count == 12);

    visibleCountryRuns(fill, a, {0.52f, 0.52f, 0.6f, 0.6f}, runs);  // only BBB's island
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].country == 1);
    CHECK(runs[0].run.first == 12);
    CHECK(runs[0].run.count == 6);

    visibleCountryRuns(fill, a, {0.8f, 0.8f, 0.9f, 0.9f}, runs);
    CHECK(runs.empty());
}

TEST_CASE("the world's meshes match the asset's counts") {
    const GeoAsset& world = worldAsset();
    FillMesh fill = buildFillMesh(world);
    LineMesh lines = buildOutlineMesh(world);
    CHECK(fill.vertices.size() == 3 * world.triangleCount());
    std::uint64_t segments = 0;
    for (const OutlineStrip& s : world.outlines)
        segments += s.closed ? s.vertexCount : s.vertexCount - 1;
    CHECK(lines.vertices.size() == 2 * segments);
    for (const StaticMesh* mesh :
         {static_cast<const StaticMesh*>(&fill), static_cast<const StaticMesh*>(&lines)}) {
        REQUIRE(mesh->countryRuns.size() == world.countries.size());
        std::uint64_t covered = 0;
        for (const DrawRun& r : mesh->countryRuns) {
            CHECK(r.end() <= mesh->vertices.size());
            covered += r.count;
        }
        CHECK(covered == mesh->vertices.size());  // every vertex belongs to one country
    }
}

TEST_CASE("over the whole world everything is drawn; over the Levant only the Levant") {
    const GeoAsset& world = worldAsset();
    FillMesh fill = buildFillMesh(world);
    std::vector<CountryRun> runs;
    visibleCountryRuns(fill, world, {0, 0, 1, 1}, runs);
    CHECK(totalCount(runs) == fill.vertices.size());

    const WorldPoint gaza = toWorld({31.5, 34.45});
    const float r = 0.01f;  // about 400 km
    visibleCountryRuns(fill, world,
                       {float(gaza.x) - r, float(gaza.y) - r, float(gaza.x) + r, float(gaza.y) + r},
                       runs);
    CHECK(hasCountry(world, runs, "PSE"));
    CHECK(hasCountry(world, runs, "ISR"));
    CHECK(hasCountry(world, runs, "EGY"));
    CHECK_FALSE(hasCountry(world, runs, "USA"));  // its Aleutians reach past 180° but are culled
    CHECK_FALSE(hasCountry(world, runs, "FRA"));
    CHECK(totalCount(runs) < fill.vertices.size() / 10);
}

TEST_CASE("Chukotka at the map's left edge does not pull in all of Russia") {
    const GeoAsset& world = worldAsset();
    FillMesh fill = buildFillMesh(world);
    std::vector<CountryRun> runs;
    const WorldPoint uelen = toWorld({66.16, -169.8});
    visibleCountryRuns(fill, world, {0, float(uelen.y) - 0.01f, 0.03f, float(uelen.y) + 0.01f},
                       runs);
    const auto russia = std::uint32_t(findCountry(world, "RUS") - world.countries.data());
    std::uint64_t russian = 0;
    for (const CountryRun& run : runs) russian += run.country == russia ? run.run.count : 0;
    CHECK(russian > 0);
    CHECK(russian < fill.countryRuns[russia].count / 4);
}

TEST_CASE("the visible world box follows the camera") {
    MapView view;
    view.setViewport({0, 0, 1000, 500});
    view.setView({0, 0}, 1);
    WorldBox all = visibleWorldBox(view);
    CHECK(all.minX == doctest::Approx(0));
    CHECK(all.maxX == doctest::Approx(1));
    CHECK(all.minY == doctest::Approx(0.25));
    view.setView({31.5, 34.45}, 11);
    WorldBox gaza = visibleWorldBox(view);
    CHECK(gaza.maxX - gaza.minX == doctest::Approx(1.0 / 1024));
    CHECK(gaza.contains(toWorld({31.5, 34.45})));
    CHECK_FALSE(gaza.contains(toWorld({32.08, 34.78})));  // Tel Aviv is off screen
}
