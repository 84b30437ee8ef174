// The map's country states come from flags kept by the visit, not from per-frame lookups:
// they must agree with isStoryCountry / isSelectedCountry after every change.
#include <doctest/doctest.h>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/session/exhibit.h"

using namespace kiosk;

namespace {

void checkAgree(session::Exhibit& exhibit, const map::GeoAsset& geo) {
    const auto& flags = exhibit.visit().countryFlags();
    REQUIRE(flags.size() == geo.countries.size());
    for (std::size_t i = 0; i < flags.size(); ++i) {
        const auto& iso = geo.countries[i].iso;
        CHECK(bool(flags[i] & session::Visit::kStory) == exhibit.visit().isStoryCountry(iso));
        CHECK(bool(flags[i] & session::Visit::kSelected) == exhibit.visit().isSelectedCountry(iso));
    }
}

}  // namespace

TEST_CASE("country flags follow the content, the geography and every selection change") {
    ManualClock clock{parseIsoTime("2026-12-01T10:00:00Z")->utcMs};
    session::Exhibit exhibit{clock};
    auto loaded = content::loadContent(KIOSK_SOURCE_DIR "/content");
    REQUIRE(loaded.ok());
    exhibit.setContent(loaded.library);
    CHECK(exhibit.visit().countryFlags().empty());  // no geography yet
    auto geoResult = map::loadGeoAsset(KIOSK_SOURCE_DIR "/assets/world.geo");
    REQUIRE(geoResult.ok());
    auto geo = std::make_shared<const map::GeoAsset>(std::move(*geoResult.asset));
    exhibit.setGeography(geo);
    checkAgree(exhibit, *geo);
    std::size_t story = 0, selected = 0;
    for (auto f : exhibit.visit().countryFlags()) story += (f & session::Visit::kStory) != 0;
    CHECK(story > 0);

    // An actor that is a state selects its country; clearing unselects it.
    const content::Actor* state = nullptr;
    for (const auto& a : loaded.library->actors())
        if (a.kind == content::ActorKind::State && map::findCountry(*geo, a.iso)) state = &a;
    REQUIRE(state);
    exhibit.visit().selectActor(state->id);
    checkAgree(exhibit, *geo);
    for (auto f : exhibit.visit().countryFlags()) selected += (f & session::Visit::kSelected) != 0;
    CHECK(selected > 0);
    exhibit.visit().clearSelection();
    checkAgree(exhibit, *geo);
    for (const auto& e : loaded.library->events()) {  // every event's states
        exhibit.visit().selectEvent(e.id);
        checkAgree(exhibit, *geo);
    }
    exhibit.visit().reset();
    checkAgree(exhibit, *geo);
}
