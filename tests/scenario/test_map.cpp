// The map at every supported screen size, flying to selections, and story countries by touch.
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"

using namespace scenario_test;

namespace {

json bundled(const char* file, const char* key) {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/" + file);
    return json::parse(in)[key];
}

bool overlap(const json& a, const json& b) {
    auto r = [](const json& j, int i) { return j["rect"][i].get<float>(); };
    return r(a, 0) < r(b, 0) + r(b, 2) && r(b, 0) < r(a, 0) + r(a, 2) &&
           r(a, 1) < r(b, 1) + r(b, 3) && r(b, 1) < r(a, 1) + r(a, 3);
}

bool insideRect(float x, float y, const json& rect) {
    return x >= rect[0].get<float>() && x <= rect[0].get<float>() + rect[2].get<float>() &&
           y >= rect[1].get<float>() && y <= rect[1].get<float>() + rect[3].get<float>();
}

}  // namespace

TEST_SUITE("map") {
    TEST_CASE("every screen size shows a legible map: labels never overlap, targets fit a finger") {
        struct Size {
            int w, h;
            const char* panel;
        };
        for (Size s : {Size{1920, 1080, "21.5in"}, Size{1080, 1920, "21.5in"},
                       Size{800, 480, "7in"}, Size{3840, 2160, "55in"}}) {
            CAPTURE(s.w);
            Script script(s.w, s.h);
            script.wait(200);
            RunOptions o;
            o.width = s.w;
            o.height = s.h;
            o.screenshot = true;
            o.extraArgs = {"--panel", s.panel};
            auto run =
                runKiosk("map-" + std::to_string(s.w) + "x" + std::to_string(s.h), script, o);
            REQUIRE(run.exitCode == 0);
            const json& labels = run.state["labels"];
            CHECK(labels.size() >= 3);
            for (size_t i = 0; i < labels.size(); ++i)
                for (size_t j = i + 1; j < labels.size(); ++j) {
                    CAPTURE(labels[i]["text"]);
                    CAPTURE(labels[j]["text"]);
                    CHECK_FALSE(overlap(labels[i], labels[j]));
                }
            CHECK(targetIds(run.state, "place:").size() >= 5);
            CHECK(run.log.find("no countries") == std::string::npos);
        }
    }

    TEST_CASE("selecting an event on the timeline flies the map so all its places are in view") {
        // The test gives one bundled event four places in a copy of the content, so the fly
        // covers a wide spread. Test data only; the story is not changed.
        namespace fs = std::filesystem;
        fs::path content = fs::path(SCENARIO_OUTPUT_DIR) / "map-fly-content";
        fs::remove_all(content);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", content, fs::copy_options::recursive);
        json events = bundled("events.json", "events");
        for (auto& e : events)
            if (e["id"] == "munich-format-video-2020")
                e["places"] = json::array({"paris", "amman", "cairo", "washington"});
        std::ofstream(content / "events.json") << json{{"events", events}}.dump(2);
        RunOptions o;
        o.content = content.string();
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        Script first(1920, 1080);
        first.state(0);
        auto home = runKiosk("map-fly-home", first, o).dumps.at(0);
        std::string chosen;
        size_t places = 0;
        for (const auto& e : events) {
            if (e.value("places", json::array()).size() < 2) continue;
            if (!findTarget(home, "event:" + e["id"].get<std::string>())) continue;
            chosen = e["id"];
            places = e["places"].size();
            break;
        }
        REQUIRE_MESSAGE(!chosen.empty(),
                        "the bundled content needs a visible event with 2+ places");
        const json* target = findTarget(home, "event:" + chosen);
        Script s(1920, 1080);
        s.tap(500, 1, centerX(*target), centerY(*target)).wait(4000);
        o.screenshot = true;
        auto run = runKiosk("map-fly", s, o);
        CHECK(run.state["selected"]["event"] == chosen);
        size_t inView = 0;
        for (const auto& e : events) {
            if (e["id"] != chosen) continue;
            for (const auto& p : e["places"]) {
                const json* marker = findTarget(run.state, "place:" + p.get<std::string>());
                REQUIRE_MESSAGE(marker, "place " << p << " is not on the map");
                CHECK(insideRect(centerX(*marker), centerY(*marker), run.state["map"]["rect"]));
                ++inView;
            }
        }
        CHECK(inView == places);
    }

    TEST_CASE("a tap on a story country away from any marker opens that state's card") {
        Script first(1920, 1080);
        first.state(0);
        auto home = runKiosk("map-country-home", first).dumps.at(0);
        std::string state, label;
        for (const auto& a : bundled("actors.json", "actors")) {
            if (a["kind"] != "state") continue;
            std::string name = a.value("short_name", a["name"])["en"];
            for (const auto& l : home["labels"])
                if (l["text"] == name) {
                    state = a["id"];
                    label = name;
                }
            if (!state.empty()) break;
        }
        REQUIRE_MESSAGE(!state.empty(), "no story country is labelled on the home map");
        const json* l = nullptr;
        for (const auto& x : home["labels"])
            if (x["text"] == label) l = &x;
        Script s(1920, 1080);
        s.tap(500, 1, centerX(*l), centerY(*l)).wait(3000);
        auto run = runKiosk("map-country", s);
        CHECK(run.state["selected"]["actor"] == state);
        CHECK(run.state["card"]["kind"] == "actor");
    }
}
