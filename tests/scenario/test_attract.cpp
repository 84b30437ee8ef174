// Attract mode: idle leads to the tours, the tours advance on their own, and the first touch
// only wakes the exhibit.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "harness.h"

using namespace scenario_test;

namespace {

// Overlap of two [x, y, w, h] rects, by more than a pixel's rounding in both directions.
bool overlap(const json& a, const json& b) {
    auto f = [](const json& v) { return v.get<float>(); };
    float ox = std::min(f(a[0]) + f(a[2]), f(b[0]) + f(b[2])) - std::max(f(a[0]), f(b[0]));
    float oy = std::min(f(a[1]) + f(a[3]), f(b[1]) + f(b[3])) - std::max(f(a[1]), f(b[1]));
    return ox > 1 && oy > 1;
}

}  // namespace

TEST_SUITE("attract") {
    TEST_CASE("at every screen size, home and every tour stop keep all targets apart") {
        // Issue 14: a visitor who walks up mid-tour taps what the stop shows; every target
        // on screen (map, timeline, header) must be whole and apart from the others, and no
        // marker may be cut by the caption or the prompt.
        struct Size {
            int w, h;
            const char* panel;
        };
        const Size sizes[] = {{800, 480, "7in"},
                              {1280, 800, "10.1in"},
                              {1920, 1080, "21.5in"},
                              {1080, 1920, "32in"},
                              {3840, 2160, "55in"}};
        json tours = bundled("tours.json", "tours");
        long idle = idleTimeoutMs();
        for (const Size& size : sizes) {
            Script s(size.w, size.h);
            s.state(1500);
            std::vector<std::string> expected{""};
            long t = idle;
            for (const auto& tour : tours)  // the tours play in turn
                for (const auto& stop : tour["stops"]) {
                    long dwell = long(stop["dwell_s"].get<double>() * 1000);
                    s.state(t + dwell - 500);  // the flight has landed; the stop is settled
                    expected.push_back(stop["event"]);
                    t += dwell;
                }
            RunOptions o;
            o.width = size.w;
            o.height = size.h;
            o.extraArgs = {"--panel", size.panel, "--sim-fps", "10"};
            auto run = runKiosk(
                "attract-targets-" + std::to_string(size.w) + "x" + std::to_string(size.h), s, o);
            REQUIRE(run.dumps.size() == expected.size());
            int checked = 0;
            for (std::size_t k = 0; k < run.dumps.size(); ++k) {
                const json& st = run.dumps[k];
                CAPTURE(size.w);
                CAPTURE(size.h);
                CAPTURE(expected[k]);
                if (k > 0) {
                    REQUIRE(st["mode"] == "attract");
                    CHECK(st["selected"]["event"] == expected[k]);
                }
                const json& targets = st["targets"];
                CHECK(targets.size() >= 3);
                for (std::size_t i = 0; i < targets.size(); ++i)
                    for (std::size_t j = i + 1; j < targets.size(); ++j) {
                        INFO(targets[i]["id"] << " and " << targets[j]["id"]);
                        CHECK_FALSE(overlap(targets[i]["rect"], targets[j]["rect"]));
                    }
                // The caption and the prompt are opaque: no marker lies half under them.
                for (const auto& box : st["labels"]) {
                    std::string name = box["text"];
                    if (name != "attract:caption" && name != "attract:prompt") continue;
                    for (const auto& t : targets) {
                        std::string id = t["id"];
                        if (id.rfind("place:", 0) != 0 && id.rfind("mapcluster:", 0) != 0) continue;
                        INFO(id << " under " << name);
                        CHECK_FALSE(overlap(t["rect"], box["rect"]));
                    }
                }
                ++checked;
            }
            CHECK(checked == int(expected.size()));
        }
    }

    TEST_CASE("idle leads to attract, and attract advances through its stops over time") {
        json tour = bundled("tours.json", "tours")[0];
        long idle = idleTimeoutMs();
        long firstDwell = long(tour["stops"][0]["dwell_s"].get<double>() * 1000);
        long secondDwell = long(tour["stops"][1]["dwell_s"].get<double>() * 1000);
        Script s(1920, 1080);
        s.state(idle - 1000)
            .state(idle + 500)
            .state(idle + firstDwell + 500)
            .state(idle + firstDwell + secondDwell + 500);
        RunOptions o;
        o.screenshot = true;
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("attract-advance", s, o);
        REQUIRE(run.dumps.size() == 4);
        CHECK(run.dumps[0]["mode"] == "explore");
        CHECK(run.dumps[1]["mode"] == "attract");
        CHECK(run.dumps[1]["attract"]["tour"] == tour["id"]);
        CHECK(run.dumps[1]["attract"]["stop"] == 0);
        CHECK(run.dumps[1]["selected"]["event"] == tour["stops"][0]["event"]);
        CHECK(run.dumps[2]["attract"]["stop"] == 1);
        CHECK(run.dumps[2]["selected"]["event"] == tour["stops"][1]["event"]);
        CHECK(run.dumps[3]["attract"]["stop"] == 2);
        // The map moved to the stop: its centre differs from the home view.
        CHECK(run.dumps[3]["map"]["center"] != run.dumps[0]["map"]["center"]);
    }

    TEST_CASE("a touch in attract lands on explore with nothing selected, tapping nothing") {
        long idle = idleTimeoutMs();
        Script first(1920, 1080);
        first.state(idle + 3000);
        auto during = runKiosk("attract-touch-before", first).dumps.at(0);
        REQUIRE(during["mode"] == "attract");
        // Touch exactly on a place marker: in explore this would select the place.
        auto places = targetIds(during, "place:");
        REQUIRE_FALSE(places.empty());
        const json* marker = findTarget(during, places[0]);
        Script s(1920, 1080);
        s.tap(idle + 3000, 1, centerX(*marker), centerY(*marker))
            .state(idle + 3200)
            .state(idle + 6000);
        auto run = runKiosk("attract-touch", s);
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[0]["mode"] == "explore");
        CHECK(run.dumps[0]["selected"]["event"].is_null());
        CHECK(run.dumps[0]["selected"]["place"].is_null());
        CHECK(run.dumps[0]["touch_feedback"].get<int>() >= 1);  // the touch was still answered
        CHECK(run.dumps[1]["selected"]["place"].is_null());
        CHECK(run.dumps[1]["card"]["open"] == 0.0);
    }

    TEST_CASE("the prompt invites in every language the content has") {
        // A copy of the content with German added to the languages and the prompt only.
        namespace fs = std::filesystem;
        fs::path content = fs::path(SCENARIO_OUTPUT_DIR) / "attract-languages-content";
        fs::remove_all(content);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", content, fs::copy_options::recursive);
        std::ifstream in(content / "exhibit.json");
        json exhibit = json::parse(in);
        in.close();
        exhibit["languages"].push_back({{"code", "de"}, {"name", "Deutsch"}, {"rtl", false}});
        exhibit["attract_prompt"]["de"] = "Berühren und entdecken";
        std::ofstream(content / "exhibit.json") << exhibit.dump(2);
        long idle = idleTimeoutMs();
        Script s(1280, 800);
        s.state(idle + 2000).screenshot(idle + 2000, "prompt.png");
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.content = content.string();
        auto run = runKiosk("attract-languages", s, o);
        REQUIRE(run.dumps.size() == 1);
        REQUIRE(run.dumps[0]["mode"] == "attract");
        std::string prompt = run.dumps[0]["attract"]["prompt"];
        std::string english = exhibit["attract_prompt"]["en"];
        CHECK(prompt.find(english) != std::string::npos);
        CHECK(prompt.find("Berühren und entdecken") != std::string::npos);
    }
}
