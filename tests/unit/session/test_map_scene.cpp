// The map's markers and labels are kept while the view holds still (issue 17): a still frame
// rebuilds nothing, and every change they depend on rebuilds them, so the kept scene always
// equals one built from scratch.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/session/exhibit.h"
#include "tests/unit/session/exhibit_rig.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;

namespace {

struct SceneRig {
    test_support::TempDataDir dir;
    ManualClock clock{test_support::openHourMs()};
    session::Exhibit exhibit{clock};
    std::shared_ptr<const content::Library> library;
    session::MapSceneSizes sizes{9.6f, 30.f, 14.f, 14.f, {}};
    int measured = 0;
    // Fake text metrics: 7 px per byte (8 in the counts' type), 14 px high.
    session::MeasureText measure = [this](std::string_view text, std::string_view, bool count) {
        ++measured;
        return Vec2f{float(text.size()) * (count ? 8.f : 7.f), 14.f};
    };

    // twins: Cairo moved onto Jerusalem (test data), a pair no zoom can part.
    explicit SceneRig(bool twins = false) {
        std::filesystem::path folder = dir.path() / "content";
        std::filesystem::copy(KIOSK_SOURCE_DIR "/content", folder,
                              std::filesystem::copy_options::recursive);
        if (twins) {
            std::string places = test_support::readWholeFile(folder / "places.json");
            std::string from = "\"lat\": 30.04,\n      \"lon\": 31.24";
            auto at = places.find(from);
            REQUIRE(at != std::string::npos);
            places.replace(at, from.size(), "\"lat\": 31.77,\n      \"lon\": 35.21");
            test_support::writeWholeFile(folder / "places.json", places);
        }
        library = test_support::loadLibrary(folder);
        exhibit.setContent(library);
        test_support::setBundledGeography(exhibit);
        exhibit.setScreen(1280, 800, input::PanelGeometry::fromDiagonal(10, 1280, 800));
        test_support::wakeIntoExplore(exhibit);
        settle();
        REQUIRE(exhibit.mode() == session::Mode::Explore);
    }
    void settle() {
        for (int i = 0; i < 300; ++i) {
            clock.advance(16);
            exhibit.update();
        }
    }
    session::MapScene& scene() { return exhibit.mapScene(); }
    // Updates the kept scene and checks it against one built from scratch.
    void checkFresh() {
        scene().update(exhibit, sizes, measure);
        session::MapScene fresh;
        fresh.update(exhibit, sizes, measure);
        const auto &a = scene().markers(), &b = fresh.markers();
        REQUIRE(a.size() == b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].target == b[i].target);
            CHECK(a[i].at.x == b[i].at.x);
            CHECK(a[i].at.y == b[i].at.y);
            CHECK(a[i].selected == b[i].selected);
            CHECK(a[i].events == b[i].events);
            CHECK(a[i].count == b[i].count);
            CHECK(a[i].countSize.x == b[i].countSize.x);
        }
        const auto &la = scene().labels(), &lb = fresh.labels();
        REQUIRE(la.size() == lb.size());
        for (size_t i = 0; i < la.size(); ++i) {
            CHECK(la[i].text == lb[i].text);
            CHECK(la[i].language == lb[i].language);
            CHECK(la[i].selected == lb[i].selected);
            CHECK(la[i].rect.x == lb[i].rect.x);
            CHECK(la[i].rect.y == lb[i].rect.y);
        }
    }
    // Applies a change and checks the scene was rebuilt, to what a fresh build gives.
    template <class Change>
    void expectRebuild(std::string what, Change&& change) {
        CAPTURE(what);
        scene().update(exhibit, sizes, measure);
        auto before = scene().builds();
        auto generation = scene().generation();
        change();
        checkFresh();
        CHECK(scene().builds() == before + 1);
        CHECK(scene().generation() != generation);  // what ui/marker_mesh keys on
    }
};

bool anySelected(const session::MapScene& scene) {
    for (const auto& m : scene.markers())
        if (m.selected) return true;
    return false;
}

}  // namespace

TEST_CASE("a still map keeps its markers and labels; nothing is measured again") {
    SceneRig rig;
    rig.scene().update(rig.exhibit, rig.sizes, rig.measure);
    REQUIRE(!rig.scene().markers().empty());
    CHECK(!rig.scene().labels().empty());
    auto builds = rig.scene().builds();
    auto generation = rig.scene().generation();
    CHECK(generation != 0);
    int measured = rig.measured;
    for (int i = 0; i < 10; ++i) {
        rig.clock.advance(16);
        rig.exhibit.update();
        rig.scene().update(rig.exhibit, rig.sizes, rig.measure);
    }
    CHECK(rig.scene().builds() == builds);
    CHECK(rig.scene().generation() == generation);
    CHECK(rig.measured == measured);
    // Another scene's first build is another generation (a cache can't mistake them).
    SceneRig other;
    other.scene().update(other.exhibit, other.sizes, other.measure);
    CHECK(other.scene().generation() != generation);
}

TEST_CASE("every change the map's markers and labels depend on rebuilds them") {
    SceneRig rig;
    auto& view = rig.exhibit.cameras().map();
    auto& visit = rig.exhibit.visit();
    rig.expectRebuild("pan", [&] { view.panBy({40, 25}); });
    rig.expectRebuild("zoom", [&] { view.zoomAbout(view.viewport().center(), 1.5); });
    rig.expectRebuild("viewport", [&] {
        Rectf r = view.viewport();
        view.setViewport({r.x, r.y, r.w - 100, r.h});
    });
    // The selection alone (its flight has not started moving the camera yet).
    rig.expectRebuild("select a place", [&] { visit.selectPlace("moscow"); });
    CHECK(anySelected(rig.scene()));
    rig.expectRebuild("select an event",
                      [&] { visit.selectEvent(std::string(rig.library->events()[0].id)); });
    rig.expectRebuild("select an actor", [&] { visit.selectActor("egypt"); });
    rig.expectRebuild("clear the selection", [&] { visit.clearSelection(); });
    CHECK(!anySelected(rig.scene()));
    rig.expectRebuild("filter", [&] { visit.setActorFilter("israel"); });
    rig.expectRebuild("language", [&] { REQUIRE(visit.setLanguage("ru")); });
    rig.expectRebuild("right to left", [&] { REQUIRE(visit.setLanguage("ar")); });
    rig.expectRebuild("sizes", [&] { rig.sizes.labelPx += 2; });
    rig.expectRebuild("attract's boxes", [&] {
        Rectf r = view.viewport();
        rig.sizes.avoid = {{r.x, r.y, r.w / 2, r.h / 2}};  // markers under it left out
    });
}

TEST_CASE("an open fan-out rebuilds the scene: its places fanned, the markers under it aside") {
    SceneRig rig(true);
    rig.expectRebuild("fan-out",
                      [&] { rig.exhibit.cameras().openMapCluster("mapcluster:jerusalem,cairo"); });
    REQUIRE(rig.exhibit.cameras().fanOut().size() == 2);
    int fanned = 0;
    for (const auto& m : rig.scene().markers()) fanned += m.fanned;
    CHECK(fanned == 2);
    rig.expectRebuild("fan-out closed", [&] { rig.exhibit.cameras().closeFanOut(); });
    for (const auto& m : rig.scene().markers()) CHECK(!m.fanned);
}

TEST_CASE("new content or geography rebuilds the map's scene, even where the view is the same") {
    SceneRig rig;
    rig.exhibit.setContent(rig.library);  // home, the visit reset
    rig.settle();
    rig.expectRebuild("new content", [&] { rig.exhibit.setContent(rig.library); });
    rig.expectRebuild("new geography", [&] {
        auto copy = std::make_shared<map::GeoAsset>(*rig.exhibit.geography());
        rig.exhibit.setGeography(copy);
    });
}
