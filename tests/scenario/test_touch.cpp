// Touch, exactly as KMSDRM delivers it: SDL_FINGER* events with window id 0.
#include <doctest/doctest.h>

#include <cmath>

#include "harness.h"

using namespace scenario_test;

namespace {

constexpr int kW = 1920, kH = 1080;

// The map's rect and the bundled content's home state, read from a first run.
const json& homeState() {
    return homeAt(kW, kH);
}

float mapMidX() {
    const auto& r = homeState()["map"]["rect"];
    return r[0].get<float>() + r[2].get<float>() / 2;
}
float mapMidY() {
    const auto& r = homeState()["map"]["rect"];
    return r[1].get<float>() + r[3].get<float>() / 2;
}
double lon(const json& st) {
    return st["map"]["center"][1].get<double>();
}
double lat(const json& st) {
    return st["map"]["center"][0].get<double>();
}

}  // namespace

TEST_SUITE("touch") {
    TEST_CASE("a tap on a place marker selects that place") {
        const json* moscow = findTarget(homeState(), "place:moscow");
        REQUIRE(moscow);
        Script s(kW, kH);
        s.tap(500, 1, centerX(*moscow) + 6, centerY(*moscow) - 5).wait(3000);
        RunOptions o;
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("tap-place", s, o);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state["selected"]["place"] == "moscow");
    }

    TEST_CASE("a drag on the map moves it with the finger") {
        Script s(kW, kH);
        s.drag(500, 1, mapMidX(), mapMidY(), mapMidX() - 300, mapMidY() + 100, 1200, 24, false)
            .state(1800)
            .up(2600, 1, mapMidX() - 300, mapMidY() + 100);
        auto run = runKiosk("drag-map", s);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.dumps.size() == 1);
        CHECK(lon(run.dumps[0]) > lon(homeState()) + 1);  // content moved left: view went east
        CHECK(lat(run.dumps[0]) > lat(homeState()) + 0.5);
        CHECK(run.state["selected"]["place"].is_null());
    }

    TEST_CASE("a fling keeps the map moving after the finger lifts, then it stops") {
        Script s(kW, kH);
        s.drag(500, 1, mapMidX() + 200, mapMidY(), mapMidX() - 100, mapMidY(), 120, 6)
            .state(640)
            .state(900)
            .state(6000)
            .state(7000);
        auto run = runKiosk("fling-map", s);
        REQUIRE(run.dumps.size() == 4);
        double atLift = lon(run.dumps[0]), coasting = lon(run.dumps[1]);
        CHECK(coasting > atLift + 0.5);
        CHECK(lon(run.dumps[2]) >= coasting);
        CHECK(lon(run.dumps[3]) == doctest::Approx(lon(run.dumps[2])));  // it stopped
    }

    TEST_CASE("a pinch zooms the map about the fingers") {
        float px = mapMidX() - 150, py = mapMidY() + 60;
        Script s(kW, kH);
        s.down(500, 1, px - 60, py).down(510, 2, px + 60, py);
        for (int i = 1; i <= 10; ++i)
            s.move(510 + i * 30, 1, px - 60 - i * 6, py).move(515 + i * 30, 2, px + 60 + i * 6, py);
        s.state(900).up(1000, 1, px - 120, py).up(1010, 2, px + 120, py).wait(2000);
        auto run = runKiosk("pinch-map", s);
        REQUIRE(run.dumps.size() == 1);
        const json& before = homeState();
        const json& after = run.dumps[0];
        double scale =
            std::pow(2.0, after["map"]["zoom"].get<double>() - before["map"]["zoom"].get<double>());
        CHECK(scale == doctest::Approx(2.0).epsilon(0.1));
        // Every marker moved away from the pinch point by the zoom factor.
        int checked = 0;
        for (const auto& id : targetIds(after, "place:")) {
            const json* b = findTarget(before, id);
            const json* a = findTarget(after, id);
            if (!b || !a) continue;
            CHECK(centerX(*a) == doctest::Approx(px + scale * (centerX(*b) - px)).epsilon(0.02));
            CHECK(centerY(*a) == doctest::Approx(py + scale * (centerY(*b) - py)).epsilon(0.02));
            ++checked;
        }
        CHECK(checked >= 1);
    }

    TEST_CASE("a second finger landing mid-drag does not make the map jump") {
        Script s(kW, kH);
        float x = mapMidX(), y = mapMidY();
        s.down(500, 1, x, y);
        for (int i = 1; i <= 20; ++i) s.move(500 + i * 40, 1, x - i * 10, y);
        s.state(900);                                 // finger 1 has moved 100 px
        s.down(910, 2, x + 250, y + 150).state(920);  // a second visitor lands
        s.up(1400, 1, x - 200, y).up(1500, 2, x + 250, y + 150).wait(3000);
        auto run = runKiosk("second-finger", s);
        REQUIRE(run.dumps.size() == 2);
        CHECK(std::abs(lon(run.dumps[1]) - lon(run.dumps[0])) < 0.3);
        CHECK(std::abs(lat(run.dumps[1]) - lat(run.dumps[0])) < 0.3);
        CHECK(run.dumps[1]["map"]["zoom"] ==
              doctest::Approx(run.dumps[0]["map"]["zoom"].get<double>()));
    }

    TEST_CASE("a touch is shown in the frame it arrived before") {
        Script s(kW, kH);
        s.state(400)
            .down(1000, 1, mapMidX(), mapMidY())
            .state(1000)
            .up(1100, 1, mapMidX(), mapMidY());
        auto run = runKiosk("latency", s);
        REQUIRE(run.dumps.size() == 2);
        const json& f = run.dumps[1]["frames"];
        CHECK(f["last_input_frame"] == f["rendered"]);
        CHECK(run.dumps[1]["touch_feedback"].get<int>() == 1);
        CHECK(f["rendered"].get<int>() == run.dumps[0]["frames"]["rendered"].get<int>() + 1);
    }

    TEST_CASE("after the idle timeout everything is back home") {
        // A place with a marker of its own at home (Cairo is in the Levant's cluster).
        auto places = targetIds(homeState(), "place:");
        REQUIRE_FALSE(places.empty());
        const json* cairo = findTarget(homeState(), places.front());
        REQUIRE(cairo);
        Script s(kW, kH);
        s.drag(300, 1, mapMidX(), mapMidY(), mapMidX() + 200, mapMidY(), 300, 12, false)
            .up(1000, 1, mapMidX() + 200, mapMidY())  // rested first: no fling
            .tap(2000, 2, centerX(*cairo) + 200, centerY(*cairo))
            .state(5000)
            .wait(2080 + 91 * 1000);
        auto run = runKiosk("idle-reset", s);
        REQUIRE(run.dumps.size() == 1);
        CHECK(run.dumps[0]["selected"]["place"] == places.front().substr(6));
        // Everything the visitor did is gone; the exhibit went on to attract mode.
        CHECK(run.state["mode"] == "attract");
        CHECK(run.state["selected"]["place"].is_null());
        CHECK(run.state["filter"]["actor"].is_null());
        CHECK(run.state["language"] == homeState()["language"]);
        CHECK(run.state["card"]["scroll"] == 0.0);
    }

    TEST_CASE(
        "Home acts in the frame of its lift: last_input_frame shows it, the frame before not") {
        const json* moscow = findTarget(homeState(), "place:moscow");
        const json* home = findTarget(homeState(), "button:home");
        REQUIRE(moscow);
        REQUIRE(home);
        Script s(kW, kH);
        s.tap(500, 1, centerX(*moscow), centerY(*moscow))
            .down(3000, 2, centerX(*home), centerY(*home))
            .state(3079)  // the frame before the lift
            .up(3080, 2, centerX(*home), centerY(*home))
            .state(3080)  // the frame of the lift
            .wait(4000);
        auto run = runKiosk("home-frame", s);
        REQUIRE(run.dumps.size() == 2);
        const json &before = run.dumps[0], &lift = run.dumps[1];
        CHECK(before["selected"]["place"] == "moscow");
        CHECK(lift["frames"]["last_input_frame"] == lift["frames"]["rendered"]);
        CHECK(lift["frames"]["rendered"].get<int>() == before["frames"]["rendered"].get<int>() + 1);
        CHECK(lift["selected"]["place"].is_null());
        CHECK(lift["card"]["kind"].is_null());
        // What that frame drew: no card any more (the state at exit of the frame is not enough:
        // a button acting during the frame leaves its first part drawn the old way).
        CHECK(findTarget(before, "button:close"));
        CHECK(!targetIds(before, "row:event:").empty());
        CHECK_FALSE(findTarget(lift, "button:close"));
        CHECK(targetIds(lift, "row:event:").empty());
    }

    TEST_CASE("a tap during a fly-to means the place that was under the finger at the down") {
        const json* moscow = findTarget(homeState(), "place:moscow");
        REQUIRE(moscow);
        // Where the places are while the map flies to Moscow and the card slides in.
        Script probe(kW, kH);
        probe.tap(500, 1, centerX(*moscow), centerY(*moscow)).state(640).state(760);
        auto flight = runKiosk("tap-during-flight-probe", probe);
        REQUIRE(flight.dumps.size() == 2);
        const json &atDown = flight.dumps[0], &later = flight.dumps[1];
        // A place that moves well off its spot between down and lift.
        std::string chosen;
        for (const auto& id : targetIds(atDown, "place:")) {
            const json* a = findTarget(atDown, id);
            const json* b = findTarget(later, id);
            if (id == "place:moscow" || !a) continue;
            if (b && std::hypot(centerX(*b) - centerX(*a), centerY(*b) - centerY(*a)) < 80)
                continue;
            chosen = id;
            break;
        }
        REQUIRE(!chosen.empty());
        const json* t = findTarget(atDown, chosen);
        Script s(kW, kH);
        s.tap(500, 1, centerX(*moscow), centerY(*moscow))
            .state(640)  // the frame the visitor sees at the down, as in the probe
            .down(641, 2, centerX(*t), centerY(*t))
            .up(760, 2, centerX(*t), centerY(*t))
            .wait(3000);
        auto run = runKiosk("tap-during-flight", s);
        CHECK(run.state["selected"]["place"] == chosen.substr(6));
    }
}
