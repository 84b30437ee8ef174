// Map flights keep their context (issue 14): a single place is seen with its nearest coast or
// border, a place beyond Mercator's limit is flown to where land is, and a tap on a map
// cluster zooms until it splits or fans out places no zoom can part.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/session/exhibit.h"
#include "tests/unit/session/exhibit_rig.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// The bundled content, with `from` replaced by `to` in places.json when given.
struct FlightRig {
    test_support::TempDataDir dir;
    ManualClock clock{test_support::openHourMs()};
    session::Exhibit exhibit{clock};

    explicit FlightRig(const std::string& from = "", const std::string& to = "") {
        fs::path content = dir.path() / "content";
        fs::copy(KIOSK_SOURCE_DIR "/content", content, fs::copy_options::recursive);
        if (!from.empty()) {
            std::string places = test_support::readWholeFile(content / "places.json");
            auto at = places.find(from);
            REQUIRE(at != std::string::npos);
            places.replace(at, from.size(), to);
            test_support::writeWholeFile(content / "places.json", places);
        }
        exhibit.setContent(test_support::loadLibrary(content));
        test_support::setBundledGeography(exhibit);
        exhibit.setScreen(800, 480, input::PanelGeometry::fromDiagonal(7, 800, 480));
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
    const map::MapView& view() const { return exhibit.cameras().map(); }
    // A coast or border vertex inside the inner half of the map (from its centre to halfway
    // to each edge).
    bool landmarkInView() const {
        const Rectf& r = view().viewport();
        for (const auto& v : exhibit.geography()->vertices) {
            Vec2f p = view().projectWorld({v.x, v.y});
            if (std::abs(p.x - r.center().x) <= r.w / 4 && std::abs(p.y - r.center().y) <= r.h / 4)
                return true;
        }
        return false;
    }
};

}  // namespace

TEST_CASE("a fly-to a single place keeps the nearest coast or border in view") {
    FlightRig rig;
    rig.exhibit.visit().selectPlace("moscow");
    rig.settle();
    CHECK(rig.view().zoom() < 4.5);  // the issue's flat field
    CHECK(rig.landmarkInView());
    Vec2f moscow = rig.view().project({55.76, 37.62});
    CHECK(rig.view().viewport().contains(moscow));
}

TEST_CASE("a place at latitude 90 is flown to at the map's edge, where there is land") {
    FlightRig rig(R"("lat": 55.76)", R"("lat": 90)");  // Moscow moved to the pole: test data
    rig.exhibit.visit().selectPlace("moscow");
    rig.settle();
    CHECK(rig.landmarkInView());
    const Rectf& r = rig.view().viewport();
    Vec2f pole = rig.view().project({90, 37.62});
    CHECK(pole.y == doctest::Approx(rig.view().project({85.0511287798, 37.62}).y));
    CHECK(pole.y >= r.y - 0.5f);
}

TEST_CASE("a tap on a map cluster zooms until it splits, or fans out what no zoom parts") {
    FlightRig rig;
    double before = rig.view().zoom();
    rig.exhibit.cameras().openMapCluster("mapcluster:jerusalem,ramallah");
    rig.settle();
    CHECK(rig.view().zoom() > before);
    CHECK(rig.exhibit.cameras().fanOut().empty());
    Vec2f j = rig.view().project({31.77, 35.21}), r = rig.view().project({31.90, 35.20});
    float finger = rig.exhibit.layout().minTargetPx;
    CHECK((std::abs(j.x - r.x) >= finger || std::abs(j.y - r.y) >= finger));

    FlightRig twins(R"("lat": 30.04,
      "lon": 31.24)",
                    R"("lat": 31.77,
      "lon": 35.21)");  // Cairo moved onto Jerusalem: test data
    double zoom = twins.view().zoom();
    twins.exhibit.cameras().openMapCluster("mapcluster:jerusalem,cairo");
    twins.settle();
    CHECK(twins.exhibit.cameras().fanOut() == std::vector<std::string>{"jerusalem", "cairo"});
    CHECK(twins.view().zoom() == doctest::Approx(zoom));
    // A pan closes it.
    input::Gesture pan;
    pan.kind = input::GestureKind::Pan;
    pan.at = {400, 200};
    pan.delta = {10, 0};
    twins.exhibit.cameras().applyMapGesture(pan);
    CHECK(twins.exhibit.cameras().fanOut().empty());
}
