#include "synthetic_content.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <string>

namespace kiosk::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

json text(const std::string& english) {
    return {{"en", "SYNTHETIC " + english}, {"ru", "SYNTHETIC (ru) " + english}};
}

std::string id(const char* kind, int n) {
    return std::string(kind) + "-" + std::to_string(n);
}

void write(const fs::path& path, const json& document) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << document.dump(2) << '\n';
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

class Generator {
  public:
    Generator(const SyntheticOptions& options) : o_(options), random_(options.seed) {}

    json exhibit() const {
        return {{"$comment", "SYNTHETIC content for benchmarks; not the exhibit's story"},
                {"format", 1},
                {"version", 1},
                {"version_date", "2026-11-27"},
                {"title", text("exhibit")},
                {"languages", json::array({{{"code", "en"}, {"name", "English"}},
                                           {{"code", "ru"}, {"name", "Russian"}}})},
                {"map", {{"center", {38.0, 30.0}}, {"zoom", 3.2}}},
                {"timeline", {{"start", "2015-01"}, {"end", "2021-12"}}},
                {"idle_timeout_s", 90},
                {"schedule", json::object()}};
    }

    json tracks() const {
        json list = json::array();
        for (int i = 0; i < o_.tracks; ++i)
            list.push_back({{"id", id("track", i)},
                            {"name", text("track " + std::to_string(i))},
                            {"color", "#c8553d"}});
        json era = {{"id", "era-0"},
                    {"name", text("era")},
                    {"when", {{"start", "2017-01-20"}, {"end", "2021-01-20"}}}};
        return {{"tracks", list}, {"eras", json::array({era})}};
    }

    json places() {
        json list = json::array();
        for (int i = 0; i < o_.places; ++i)
            list.push_back({{"id", id("place", i)},
                            {"name", text("place " + std::to_string(i))},
                            {"lat", -60.0 + double(pick(12000)) / 100},
                            {"lon", -170.0 + double(pick(34000)) / 100},
                            {"kind", "city"}});
        return {{"places", list}};
    }

    json actors() {
        static const char* kinds[] = {"organization", "party", "person"};
        json list = json::array();
        for (int i = 0; i < o_.actors; ++i) {
            json actor = {{"id", id("actor", i)},
                          {"kind", i < 20 ? "state" : kinds[i % 3]},
                          {"name", text("actor " + std::to_string(i))},
                          {"role", text("a role for a synthetic actor")},
                          {"home", id("place", pick(o_.places))}};
            if (i < 20) actor["iso"] = "AAA";
            if (i >= 20) actor["affiliations"] = {id("actor", pick(20))};
            list.push_back(actor);
        }
        return {{"actors", list}};
    }

    json sources() {
        json list = json::array();
        for (int i = 0; i < o_.sources; ++i)
            list.push_back({{"id", id("source", i)},
                            {"title", "SYNTHETIC source " + std::to_string(i)},
                            {"publisher", "SYNTHETIC publisher"},
                            {"date", date()}});
        return {{"sources", list}};
    }

    json events() {
        json list = json::array();
        for (int i = 0; i < o_.events; ++i) list.push_back(event(i));
        return {{"events", list}};
    }

    json tours() {
        json stops = json::array();
        for (int i = 0; i < o_.tourStops && i < o_.events; ++i)
            stops.push_back({{"event", id("event", pick(o_.events))}, {"dwell_s", 8}});
        json tour = {{"id", "main"}, {"title", text("tour")}, {"stops", stops}};
        return {{"tours", json::array({tour})}};
    }

  private:
    int pick(int n) { return int(random_() % std::uint32_t(n)); }

    // Mostly days, some months, seasons and years, as real content mixes them.
    std::string date() {
        char buf[32];
        int year = 2015 + pick(7), month = 1 + pick(12), day = 1 + pick(28);
        switch (pick(8)) {
            case 0:
                std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
                break;
            case 1:
                std::snprintf(buf, sizeof buf, "%04d-spring", year);
                break;
            case 2:
                std::snprintf(buf, sizeof buf, "~%04d", year);
                break;
            default:
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        }
        return buf;
    }

    json event(int i) {
        std::string n = std::to_string(i);
        json when = {{"start", date()}};
        if (pick(4) == 0) when["end"] = "2022";
        json event = {
            {"id", id("event", i)},
            {"title", text("event " + n)},
            {"summary", text("one line about synthetic event " + n + " for cards and captions.")},
            {"body", text("Paragraphs of a synthetic story, long enough to resemble a card's "
                          "text.\n\nA second paragraph follows the blank line.")},
            {"when", when},
            {"track", id("track", pick(o_.tracks))},
            {"actors", {id("actor", pick(o_.actors)), id("actor", pick(o_.actors))}},
            {"places", {id("place", pick(o_.places))}},
            {"sources", {id("source", pick(o_.sources))}},
        };
        if (pick(4) == 0)
            event["quotes"] = {{{"text", text("a synthetic quote")},
                                {"speaker", id("actor", pick(o_.actors))},
                                {"source", id("source", pick(o_.sources))}}};
        return event;
    }

    SyntheticOptions o_;
    std::mt19937 random_;
};

}  // namespace

void writeSyntheticContent(const fs::path& folder, const SyntheticOptions& options) {
    if (options.events < 1 || options.actors < 20 || options.places < 1 || options.sources < 1 ||
        options.tracks < 1)
        throw std::invalid_argument("synthetic content needs events, 20+ actors, places, sources");
    fs::create_directories(folder);
    Generator generator(options);
    write(folder / "exhibit.json", generator.exhibit());
    write(folder / "tracks.json", generator.tracks());
    write(folder / "places.json", generator.places());
    write(folder / "actors.json", generator.actors());
    write(folder / "sources.json", generator.sources());
    write(folder / "media.json", json{{"media", json::array()}});
    write(folder / "events.json", generator.events());
    write(folder / "tours.json", generator.tours());
}

}  // namespace kiosk::testing
