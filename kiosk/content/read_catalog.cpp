// tracks.json, sources.json, places.json and media.json: the items events refer to.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "kiosk/content/collections.h"
#include "kiosk/content/image_probe.h"

namespace kiosk::content::detail {
namespace {

std::optional<std::uint32_t> parseColor(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::uint32_t rgb = 0;
    for (char c : s.substr(1)) {
        int digit = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
        if (digit < 0) return std::nullopt;
        rgb = rgb * 16 + std::uint32_t(digit);
    }
    return rgb;
}

void readColor(const ObjectReader& reader, Track& track) {
    const JsonValue* value = reader.field("color", Need::Optional, "");
    if (!value) return;
    auto rgb = value->isString() ? parseColor(value->asString()) : std::nullopt;
    if (!rgb) {
        reader.scope().error(
            JsonPath(reader.at(), "color"),
            "expected a colour like \"#c8553d\" (# and six hex digits); found " + describe(*value));
        return;
    }
    track.rgb = *rgb;
}

template <class Kind>
std::optional<Kind> readKind(const ObjectReader& reader,
                             std::initializer_list<std::pair<std::string_view, Kind>> kinds,
                             Need need) {
    std::string names;
    for (const auto& [name, kind] : kinds) names += (names.empty() ? "" : ", ") + inQuotes(name);
    const JsonValue* value = reader.field("kind", need, "one of " + names);
    if (!value) return std::nullopt;
    for (const auto& [name, kind] : kinds)
        if (value->isString() && value->asString() == name) return kind;
    reader.scope().error(JsonPath(reader.at(), "kind"),
                         "expected one of " + names + "; found " + describe(*value));
    return std::nullopt;
}

}  // namespace

void readTracks(const JsonValue& root, ReadState& state) {
    FileScope scope("tracks.json", state);
    UniqueIds trackIds("/tracks", "tracks"), eraIds("/eras", "eras");
    JsonPath top;
    ObjectReader file(scope, root, top, "file", {"tracks", "eras"});
    file.forEach("tracks", Need::Required, "a list like {\"tracks\": [...]}",
                 [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                     ObjectReader reader(scope, item, at, "track", {"id", "name", "color"});
                     if (!reader.isObject()) return;
                     Track track;
                     track.id = reader.id();
                     track.name = reader.text("name", Need::Required);
                     trackIds.check(scope, track.id, at, index);
                     readColor(reader, track);
                     state.builder.add(std::move(track));
                 });
    file.forEach("eras", Need::Optional, "a list of eras [...]",
                 [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                     ObjectReader reader(scope, item, at, "era", {"id", "name", "when"});
                     if (!reader.isObject()) return;
                     Era era;
                     era.id = reader.id();
                     era.name = reader.text("name", Need::Required);
                     eraIds.check(scope, era.id, at, index);
                     if (auto when = reader.when("when", Need::Required)) era.when = *when;
                     state.builder.add(std::move(era));
                 });
}

void readSources(const JsonValue& root, ReadState& state) {
    FileScope scope("sources.json", state);
    UniqueIds ids("/sources", "sources");
    forEachItem(scope, root, "sources", {"sources"},
                [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                    ObjectReader reader(scope, item, at, "source",
                                        {"id", "title", "publisher", "date", "url"});
                    if (!reader.isObject()) return;
                    Source source;
                    source.id = reader.id();
                    source.title = reader.shownPlain("title", Need::Required);
                    source.publisher = reader.shownPlain("publisher", Need::Optional);
                    source.url = reader.shownPlain("url", Need::Optional);
                    source.date = reader.date("date", Need::Optional);
                    ids.check(scope, source.id, at, index);
                    state.builder.add(std::move(source));
                });
}

// The map is Web Mercator, which ends at +-85.05113 degrees (kiosk/map/map_view.h): a place
// beyond is valid but drawn at the map's edge.
void warnBeyondMercator(const ObjectReader& reader, double lat) {
    constexpr double kMercatorLimit = 85.05112878;
    if (std::abs(lat) <= kMercatorLimit) return;
    char degrees[32];
    std::snprintf(degrees, sizeof degrees, "%g", lat);
    reader.scope().warning(JsonPath(reader.at(), "lat"),
                           "latitude " + std::string(degrees) +
                               " is beyond the map's projection (Web Mercator ends at " +
                               (lat > 0 ? "85.05 N" : "85.05 S") +
                               "); the place will be shown clamped to the map's " +
                               (lat > 0 ? "top" : "bottom") + " edge");
}

void readPlaces(const JsonValue& root, ReadState& state) {
    FileScope scope("places.json", state);
    UniqueIds ids("/places", "places");
    forEachItem(
        scope, root, "places", {"places"},
        [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
            ObjectReader reader(scope, item, at, "place", {"id", "name", "lat", "lon", "kind"});
            if (!reader.isObject()) return;
            Place place;
            place.id = reader.id();
            place.name = reader.text("name", Need::Required);
            ids.check(scope, place.id, at, index);
            place.lat = reader.number("lat", Need::Required, -90, 90).value_or(0);
            warnBeyondMercator(reader, place.lat);
            place.lon = reader.number("lon", Need::Required, -180, 180).value_or(0);
            place.kind = readKind<PlaceKind>(reader,
                                             {{"city", PlaceKind::City},
                                              {"region", PlaceKind::Region},
                                              {"country", PlaceKind::Country}},
                                             Need::Optional)
                             .value_or(PlaceKind::City);
            state.builder.add(std::move(place));
            ++state.counts.places;
        });
}

namespace {

bool isIsoAlpha3(const std::string& s) {
    return s.size() == 3 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void readIso(const ObjectReader& reader, Actor& actor) {
    bool present = reader.field("iso", Need::Optional, "");
    if (actor.kind != ActorKind::State) {
        if (present)
            reader.scope().warning(JsonPath(reader.at(), "iso"),
                                   "only a state has an \"iso\" country code; the exhibit ignores "
                                   "it here");
        return;
    }
    actor.iso = reader.plain("iso", Need::Required);
    if (!actor.iso.empty() && !isIsoAlpha3(actor.iso)) {
        reader.scope().error(JsonPath(reader.at(), "iso"),
                             "expected a three-letter ISO 3166-1 country code in capitals, like "
                             "\"RUS\"; found " +
                                 inQuotes(actor.iso));
    }
}

}  // namespace

void readActors(const JsonValue& root, ReadState& state) {
    FileScope scope("actors.json", state);
    UniqueIds ids("/actors", "actors");
    const Catalog& catalog = state.catalog;
    forEachItem(scope, root, "actors", {"actors"},
                [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                    ObjectReader reader(scope, item, at, "actor",
                                        {"id", "kind", "name", "short_name", "role", "description",
                                         "affiliations", "home", "iso"});
                    if (!reader.isObject()) return;
                    Actor actor;
                    actor.id = reader.id();
                    ids.check(scope, actor.id, at, index);
                    std::optional<ActorKind> kind =
                        readKind<ActorKind>(reader,
                                            {{"state", ActorKind::State},
                                             {"organization", ActorKind::Organization},
                                             {"party", ActorKind::Party},
                                             {"person", ActorKind::Person}},
                                            Need::Required);
                    actor.kind = kind.value_or(ActorKind::Person);
                    actor.name = reader.text("name", Need::Required);
                    actor.shortName = reader.text("short_name", Need::Optional);
                    if (actor.shortName.byLanguage == actor.name.byLanguage && !actor.name.empty())
                        forgetText(scope, JsonPath(at, "short_name"), actor.name);
                    if (actor.shortName.empty()) actor.shortName = actor.name;
                    actor.role = reader.text("role", Need::Optional);
                    actor.description = reader.text("description", Need::Optional);
                    actor.affiliations =
                        reader.refs("affiliations", Need::Optional, catalog.actors);
                    actor.home = reader.ref("home", Need::Optional, catalog.places);
                    if (kind) readIso(reader, actor);  // whether "iso" belongs depends on the kind
                    state.builder.add(std::move(actor));
                    ++state.counts.actors;
                });
}

}  // namespace kiosk::content::detail
