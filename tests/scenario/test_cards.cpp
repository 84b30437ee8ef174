// Story cards: opened from the timeline, walked in time order, linked to actors and places.
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"

using namespace scenario_test;

namespace {

constexpr int kW = 1920, kH = 1080;

const json& home() {
    return homeAt(kW, kH);
}

// A script that taps place `id` on the map, first opening the map clusters that hold it (a
// tap on one zooms until it splits). `t`: the time after the last tap, in ms.
Script tapPlace(const std::string& id, long& t, const RunOptions& options = {}) {
    Script s(kW, kH);
    json st = home();
    t = 500;
    for (int round = 0; round < 6; ++round) {
        const json* target = nullptr;
        for (const auto& x : st["targets"]) {
            std::string tid = x["id"];
            if (tid == "place:" + id ||
                (tid.rfind("mapcluster:", 0) == 0 &&
                 (tid + ",").find(":" + id + ",") != std::string::npos) ||
                (tid.rfind("mapcluster:", 0) == 0 &&
                 (tid + ",").find("," + id + ",") != std::string::npos))
                target = &x;
        }
        REQUIRE_MESSAGE(target, "place " << id << " is not on the map");
        s.tap(t, 1, centerX(*target), centerY(*target));
        t += 2000;
        if (target->at("id") == "place:" + id) return s;
        Script probe = s;
        probe.state(t - 500);
        st =
            runKiosk("cards-open-" + id + "-" + std::to_string(round), probe, options).dumps.back();
    }
    FAIL("place " << id << " stayed in a cluster");
    return s;
}

// The bundled events in time order, as the content library sorts them: by first day, then id.
std::vector<std::string> eventIdsInTimeOrder(const json& cardState) {
    (void)cardState;
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/events.json");
    std::vector<std::pair<std::string, std::string>> keyed;
    json events = json::parse(in)["events"];
    for (const auto& e : events) {
        std::string start = e["when"]["start"];
        if (!start.empty() && start[0] == '~') start = start.substr(1);
        keyed.emplace_back(start, e["id"]);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> ids;
    for (auto& k : keyed) ids.push_back(k.second);
    return ids;
}

// A single event drawn on the home timeline (not inside a cluster) with at least one event
// before it and two after it in time order, so the walk test has room in both directions.
std::string firstVisibleEvent() {
    auto order = eventIdsInTimeOrder(home());
    for (const auto& id : targetIds(home(), "event:")) {
        auto pos = std::find(order.begin(), order.end(), id.substr(6)) - order.begin();
        if (pos >= 1 && pos + 2 < long(order.size())) return id;
    }
    FAIL("no single event on the home timeline");
    return "";
}

Script tapTarget(const json& state, const std::string& id, long t) {
    const json* target = findTarget(state, id);
    REQUIRE_MESSAGE(target, "no target " << id);
    Script s(kW, kH);
    s.tap(t, 1, centerX(*target), centerY(*target));
    return s;
}

}  // namespace

TEST_SUITE("cards") {
    TEST_CASE("a tap on an event selects it and opens its card") {
        std::string id = firstVisibleEvent();
        Script s = tapTarget(home(), id, 500);
        s.state(2000);
        RunOptions o;
        o.screenshot = true;
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("card-open", s, o);
        REQUIRE(run.dumps.size() == 1);
        const json& st = run.dumps[0];
        CHECK(st["selected"]["event"] == id.substr(6));
        CHECK(st["card"]["kind"] == "event");
        CHECK(st["card"]["open"] == 1.0);
        CHECK(findTarget(st, "button:close"));
        CHECK(findTarget(st, "button:next"));
        CHECK_FALSE(targetIds(st, "chip:actor:").empty());
    }

    TEST_CASE("next, previous and a swipe walk the events in time order") {
        std::string id = firstVisibleEvent();
        Script open = tapTarget(home(), id, 500);
        open.state(2000);
        auto first = runKiosk("card-walk-open", open);
        REQUIRE(first.dumps.size() == 1);
        const json* next = findTarget(first.dumps[0], "button:next");
        const json* card = &first.dumps[0]["card"]["rect"];
        REQUIRE(next);
        Script s = tapTarget(home(), id, 500);
        s.tap(2000, 2, centerX(*next), centerY(*next)).state(3500);
        float cx = (*card)[0].get<float>() + (*card)[2].get<float>() / 2;
        float cy = (*card)[1].get<float>() + (*card)[3].get<float>() * 0.3f;
        s.drag(4000, 3, cx + 150, cy, cx - 150, cy, 250, 10).state(5500);  // swipe left: later
        s.drag(6000, 4, cx - 150, cy, cx + 150, cy, 250, 10).state(7500);  // swipe right: earlier
        s.drag(8000, 5, cx - 150, cy, cx + 150, cy, 250, 10).state(9500);
        auto run = runKiosk("card-walk", s);
        REQUIRE(run.dumps.size() == 4);
        auto order = eventIdsInTimeOrder(first.dumps[0]);
        auto pos = std::find(order.begin(), order.end(), id.substr(6)) - order.begin();
        REQUIRE(pos + 2 < long(order.size()));
        REQUIRE(pos >= 1);
        CHECK(run.dumps[0]["selected"]["event"] == order[pos + 1]);
        CHECK(run.dumps[1]["selected"]["event"] == order[pos + 2]);
        CHECK(run.dumps[2]["selected"]["event"] == order[pos + 1]);
        CHECK(run.dumps[3]["selected"]["event"] == order[pos]);
    }

    TEST_CASE("a tap on an actor chip opens the actor card, listing their events") {
        std::string id = firstVisibleEvent();
        Script open = tapTarget(home(), id, 500);
        open.state(2000);
        auto first = runKiosk("card-actor-open", open);
        auto chips = targetIds(first.dumps.at(0), "chip:actor:");
        REQUIRE_FALSE(chips.empty());
        const json* chip = findTarget(first.dumps[0], chips[0]);
        Script s = tapTarget(home(), id, 500);
        s.tap(2000, 2, centerX(*chip), centerY(*chip)).state(3500);
        auto run = runKiosk("card-actor", s);
        REQUIRE(run.dumps.size() == 1);
        CHECK(run.dumps[0]["card"]["kind"] == "actor");
        CHECK(run.dumps[0]["selected"]["actor"] == chips[0].substr(11));
        CHECK_FALSE(targetIds(run.dumps[0], "row:event:").empty());
    }

    TEST_CASE("a tap on a place in the card flies the map there") {
        std::string id = firstVisibleEvent();
        // "Where" follows the story and its people: scroll the card down to it first.
        auto scrollDown = [](Script& s) { s.drag(2000, 3, 1680, 900, 1680, 500, 500); };
        Script open = tapTarget(home(), id, 500);
        scrollDown(open);
        open.state(4000);
        auto first = runKiosk("card-place-open", open);
        auto chips = targetIds(first.dumps.at(0), "chip:place:");
        REQUIRE_FALSE(chips.empty());
        const json* chip = findTarget(first.dumps[0], chips[0]);
        Script s = tapTarget(home(), id, 500);
        scrollDown(s);
        s.tap(4000, 2, centerX(*chip), centerY(*chip)).state(6500);
        auto run = runKiosk("card-place", s);
        REQUIRE(run.dumps.size() == 1);
        const json& st = run.dumps[0];
        CHECK(st["selected"]["place"] == chips[0].substr(11));
        const json* marker = findTarget(st, "place:" + chips[0].substr(11));
        REQUIRE(marker);  // on screen, inside the map
        const auto& m = st["map"]["rect"];
        CHECK(centerX(*marker) > m[0].get<float>());
        CHECK(centerX(*marker) < m[0].get<float>() + m[2].get<float>());
        CHECK(centerY(*marker) > m[1].get<float>());
        CHECK(centerY(*marker) < m[1].get<float>() + m[3].get<float>());
    }

    TEST_CASE("Close returns to exploring") {
        std::string id = firstVisibleEvent();
        Script open = tapTarget(home(), id, 500);
        open.state(2000);
        auto first = runKiosk("card-close-open", open);
        const json* close = findTarget(first.dumps.at(0), "button:close");
        REQUIRE(close);
        Script s = tapTarget(home(), id, 500);
        s.tap(2000, 2, centerX(*close), centerY(*close)).state(3500);
        auto run = runKiosk("card-close", s);
        CHECK(run.dumps.at(0)["selected"]["event"].is_null());
        CHECK(run.dumps.at(0)["card"]["open"] == 0.0);
    }

    TEST_CASE("an event's pictures load off the UI thread and show in its card") {
        long t = 0;
        Script s1 = tapPlace("cairo", t);
        s1.state(t);
        auto place = runKiosk("card-pictures-place", s1).dumps.back();
        const json* row = findTarget(place, "row:event:cairo-national-dialogue");
        REQUIRE(row);
        Script s2 = s1;
        s2.tap(t + 500, 2, centerX(*row), centerY(*row)).state(t + 2000);
        RunOptions o;
        o.screenshot = true;
        auto run = runKiosk("card-pictures", s2, o);
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[1]["selected"]["event"] == "cairo-national-dialogue");
        CHECK(run.state["pictures"]["loaded"].get<int>() >= 1);
        CHECK(run.dumps[1]["card"]["max_scroll"].get<double>() > 0);  // long enough to scroll
    }

    TEST_CASE("a picture damaged after its header shows as unavailable and is logged") {
        // The start checks headers only; the picture worker decodes the whole file.
        namespace fs = std::filesystem;
        fs::path content = fs::path(SCENARIO_OUTPUT_DIR) / "card-pictures-damaged-content";
        fs::remove_all(content);
        fs::create_directories(content.parent_path());
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", content, fs::copy_options::recursive);
        fs::path flag = content / "media/flag-palestine.png";
        fs::resize_file(flag, fs::file_size(flag) / 2);
        RunOptions o;
        o.content = content.string();
        long t = 0;
        Script s1 = tapPlace("cairo", t, o);
        s1.state(t);
        auto place = runKiosk("card-pictures-damaged-place", s1, o).dumps.back();
        const json* row = findTarget(place, "row:event:cairo-national-dialogue");
        REQUIRE(row);
        Script s2 = s1;
        s2.tap(t + 500, 2, centerX(*row), centerY(*row)).state(t + 2000);
        auto run = runKiosk("card-pictures-damaged", s2, o);
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[1]["selected"]["event"] == "cairo-national-dialogue");
        CHECK(run.state["pictures"]["loaded"].get<int>() == 0);  // its only picture is damaged
        CHECK_MESSAGE(run.log.find("flag-palestine.png cannot be shown: the PNG file ends early") !=
                          std::string::npos,
                      run.log);
    }
}
