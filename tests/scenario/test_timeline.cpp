// The timeline: pinch to zoom, clusters that open up, and the actor filter.
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"

using namespace scenario_test;

namespace {

double span(const json& st) {
    return st["timeline"]["end_day"].get<double>() - st["timeline"]["start_day"].get<double>();
}

json homeAt(int w, int h, const std::string& name) {
    Script s(w, h);
    s.state(0);
    RunOptions o;
    o.width = w;
    o.height = h;
    return runKiosk(name, s, o).dumps.at(0);
}

}  // namespace

TEST_SUITE("timeline") {
    TEST_CASE("a pinch on the timeline zooms it about the fingers") {
        json home = homeAt(1920, 1080, "timeline-pinch-home");
        const auto& r = home["timeline"]["rect"];
        float cx = r[0].get<float>() + r[2].get<float>() * 0.4f;
        float cy = r[1].get<float>() + r[3].get<float>() * 0.5f;
        double startDay = home["timeline"]["start_day"], endDay = home["timeline"]["end_day"];
        double dayUnder =
            startDay + (cx - r[0].get<float>()) / r[2].get<float>() * (endDay - startDay);
        Script s(1920, 1080);
        s.down(500, 1, cx - 50, cy).down(505, 2, cx + 50, cy);
        for (int i = 1; i <= 10; ++i)
            s.move(505 + i * 30, 1, cx - 50 - i * 10, cy)
                .move(510 + i * 30, 2, cx + 50 + i * 10, cy);
        s.state(900).up(1000, 1, cx - 150, cy).up(1000, 2, cx + 150, cy).wait(2000);
        RunOptions o;
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("timeline-pinch", s, o);
        REQUIRE(run.dumps.size() == 1);
        const json& st = run.dumps[0];
        CHECK(span(st) == doctest::Approx(span(home) / 3).epsilon(0.08));
        double s0 = st["timeline"]["start_day"], e0 = st["timeline"]["end_day"];
        double dayNow = s0 + (cx - r[0].get<float>()) / r[2].get<float>() * (e0 - s0);
        CHECK(dayNow == doctest::Approx(dayUnder).epsilon(0.002));
    }

    TEST_CASE("a tap on a cluster zooms into it until its events stand apart") {
        json home = homeAt(800, 480, "timeline-cluster-home");
        auto clusters = targetIds(home, "cluster:");
        REQUIRE_MESSAGE(!clusters.empty(), "expected crowded events to cluster at 800x480");
        const json* c = findTarget(home, clusters[0]);
        Script s(800, 480);
        s.tap(500, 1, centerX(*c), centerY(*c)).wait(3000);
        RunOptions o;
        o.width = 800;
        o.height = 480;
        o.screenshot = true;
        auto run = runKiosk("timeline-cluster", s, o);
        CHECK(span(run.state) < span(home) / 2);
        CHECK(targetIds(run.state, "event:").size() >= 2);
        CHECK(run.state["selected"]["event"].is_null());
    }

    TEST_CASE("an actor's filter shows only their events, and one tap clears it") {
        std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/events.json");
        json events = json::parse(in)["events"];
        json home = homeAt(1920, 1080, "timeline-filter-home");
        // Open an actor through an event card's chip, then filter to them.
        auto ids = targetIds(home, "event:");
        REQUIRE_FALSE(ids.empty());
        const json* e = findTarget(home, ids.back());
        Script s1(1920, 1080);
        s1.tap(500, 1, centerX(*e), centerY(*e)).state(2000);
        auto card = runKiosk("timeline-filter-card", s1).dumps.at(0);
        auto chips = targetIds(card, "chip:actor:");
        REQUIRE_FALSE(chips.empty());
        const json* chip = findTarget(card, chips[0]);
        Script s2(1920, 1080);
        s2.tap(500, 1, centerX(*e), centerY(*e))
            .tap(2000, 2, centerX(*chip), centerY(*chip))
            .state(3500);
        auto actorCard = runKiosk("timeline-filter-actor", s2).dumps.at(0);
        const json* filter = findTarget(actorCard, "button:filter");
        REQUIRE(filter);
        Script s3 = s2;
        s3.tap(4000, 3, centerX(*filter), centerY(*filter)).state(5500);
        auto filtered = runKiosk("timeline-filter", s3).dumps.at(1);
        std::string actor = chips[0].substr(11);
        CHECK(filtered["filter"]["actor"] == actor);
        for (const auto& id : targetIds(filtered, "event:")) {
            bool involved = false;
            for (const auto& ev : events)
                if ("event:" + ev["id"].get<std::string>() == id)
                    for (const auto& a : ev.value("actors", json::array()))
                        involved = involved || a == actor;
            CHECK_MESSAGE(involved, id << " is shown under the filter for " << actor);
        }
        const json* clear = findTarget(filtered, "button:clear-filter");
        REQUIRE(clear);
        Script s4 = s3;
        s4.tap(6000, 4, centerX(*clear), centerY(*clear)).state(7000);
        auto cleared = runKiosk("timeline-filter-cleared", s4).dumps.at(2);
        CHECK(cleared["filter"]["actor"].is_null());
    }
}
