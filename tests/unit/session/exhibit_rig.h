#pragma once
// Shared by the session unit tests: an Exhibit on a manual clock at an open hour, woken into
// explore, with the bundled content (or a folder the test prepared) and, where a test needs
// it, the bundled map geography.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/session/exhibit.h"

namespace test_support {

// 2026-12-01 is a Tuesday: the bundled schedule is open at 10:00 UTC.
inline kiosk::Millis openHourMs() {
    return kiosk::parseIsoTime("2026-12-01T10:00:00Z")->utcMs;
}

// Opening time starts attract; a touch in a corner wakes it into explore.
inline void wakeIntoExplore(kiosk::session::Exhibit& exhibit) {
    if (exhibit.mode() == kiosk::session::Mode::Attract) {
        exhibit.fingerDown(9, {5, 5});
        exhibit.fingerUp(9, {5, 5});
    }
}

inline std::shared_ptr<const kiosk::content::Library> loadLibrary(
    const std::filesystem::path& folder = KIOSK_SOURCE_DIR "/content") {
    auto loaded = kiosk::content::loadContent(folder);
    REQUIRE(loaded.ok());
    return loaded.library;
}

inline void setBundledGeography(kiosk::session::Exhibit& exhibit) {
    auto geo = kiosk::map::loadGeoAsset(KIOSK_SOURCE_DIR "/assets/world.geo");
    REQUIRE(geo.ok());
    exhibit.setGeography(std::make_shared<kiosk::map::GeoAsset>(std::move(*geo.asset)));
}

// The bundled content on a 1280x800, 100 dpi screen, in explore after one 10 ms step.
struct ExhibitRig {
    kiosk::ManualClock clock{openHourMs()};
    kiosk::session::Exhibit exhibit{clock};

    ExhibitRig() {
        exhibit.setContent(loadLibrary());
        exhibit.setScreen(1280, 800, kiosk::input::PanelGeometry::fromDpi(100));
        wakeIntoExplore(exhibit);
        step(10);
        REQUIRE(exhibit.mode() == kiosk::session::Mode::Explore);
    }
    void step(kiosk::Millis ms) {
        clock.advance(ms);
        exhibit.update();
    }
    kiosk::Vec2f mapCentre() const {
        const auto& m = exhibit.layout().map;
        return {m.x + m.w / 2, m.y + m.h / 2};
    }
};

}  // namespace test_support
