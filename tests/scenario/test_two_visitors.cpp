// Two visitors at once (issue 14): one on the map and one on the timeline, one pinching the
// map while another taps a card button, one dragging the timeline while another taps a place.
// Each gesture must do what it does alone: every case runs each visitor alone, then together.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>

#include "harness.h"

using namespace scenario_test;

namespace {

constexpr int kW = 1920, kH = 1080;

const json& homeState() {
    return homeAt(kW, kH);
}

float midX(const json& st, const char* view) {
    const auto& r = st[view]["rect"];
    return r[0].get<float>() + r[2].get<float>() / 2;
}
float midY(const json& st, const char* view) {
    const auto& r = st[view]["rect"];
    return r[1].get<float>() + r[3].get<float>() / 2;
}
double lon(const json& st) {
    return st["map"]["center"][1].get<double>();
}
double lat(const json& st) {
    return st["map"]["center"][0].get<double>();
}
double startDay(const json& st) {
    return st["timeline"]["start_day"].get<double>();
}

using Part = std::function<void(Script&)>;

// The final states of: a alone, b alone, both together.
struct Three {
    json a, b, both;
};
Three runThree(const std::string& name, const Part& base, const Part& a, const Part& b, long end) {
    auto run = [&](const std::string& suffix, bool withA, bool withB) {
        Script s(kW, kH);
        base(s);
        if (withA) a(s);
        if (withB) b(s);
        s.state(end);
        auto r = runKiosk(name + "-" + suffix, s);
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.dumps.size() == 1);
        return r.dumps[0];
    };
    return {run("a", true, false), run("b", false, true), run("both", true, true)};
}

}  // namespace

TEST_SUITE("two_visitors") {
    TEST_CASE("one drags the map while another drags the timeline: each moves as alone") {
        const json& home = homeState();
        float mx = midX(home, "map"), my = midY(home, "map");
        float tx = midX(home, "timeline"), ty = midY(home, "timeline");
        // Both drags rest before lifting, so neither flings.
        Part map = [&](Script& s) {
            s.drag(500, 1, mx, my, mx - 300, my + 100, 600, 24, false)
                .up(1500, 1, mx - 300, my + 100);
        };
        Part timeline = [&](Script& s) {
            s.drag(520, 2, tx, ty, tx + 400, ty, 600, 24, false).up(1520, 2, tx + 400, ty);
        };
        auto r = runThree(
            "map-and-timeline", [](Script&) {}, map, timeline, 2500);
        CHECK(lon(r.a) > lon(home) + 1);            // the map moved alone
        CHECK(startDay(r.b) < startDay(home) - 1);  // the timeline moved alone
        CHECK(lon(r.both) == doctest::Approx(lon(r.a)).epsilon(0.001));
        CHECK(lat(r.both) == doctest::Approx(lat(r.a)).epsilon(0.001));
        CHECK(startDay(r.both) == doctest::Approx(startDay(r.b)).epsilon(0.001));
        CHECK(r.both["selected"]["event"].is_null());
        CHECK(r.both["selected"]["place"].is_null());
    }

    TEST_CASE("one pinches the map while another taps Later on the card") {
        // The card of the first event on the timeline, open and settled.
        auto events = targetIds(homeState(), "event:");
        REQUIRE(!events.empty());
        const json* ev = findTarget(homeState(), events.front());
        Part open = [&](Script& s) { s.tap(300, 9, centerX(*ev), centerY(*ev)); };
        Script probe(kW, kH);
        open(probe);
        probe.state(2500);
        auto opened = runKiosk("two-card-open", probe).dumps.at(0);
        REQUIRE(!opened["selected"]["event"].is_null());
        // Later, or Earlier when the card shows the last event.
        const json* later = findTarget(opened, "button:next");
        if (!later) later = findTarget(opened, "button:previous");
        REQUIRE(later);
        float mx = midX(opened, "map"), my = midY(opened, "map");
        Part pinch = [&](Script& s) {
            s.down(3000, 1, mx - 60, my).down(3010, 2, mx + 60, my);
            for (int i = 1; i <= 12; ++i)
                s.move(3010 + i * 30, 1, mx - 60 - i * 5, my)
                    .move(3015 + i * 30, 2, mx + 60 + i * 5, my);
            s.up(3800, 1, mx - 120, my).up(3810, 2, mx + 120, my);
        };
        Part tapLater = [&](Script& s) { s.tap(3100, 5, centerX(*later), centerY(*later)); };
        auto r = runThree("pinch-and-later", open, pinch, tapLater, 5000);
        CHECK(r.a["map"]["zoom"].get<double>() > opened["map"]["zoom"].get<double>() + 0.5);
        CHECK(r.b["selected"]["event"] != opened["selected"]["event"]);  // Later, alone
        CHECK(r.both["selected"]["event"] == r.b["selected"]["event"]);  // not lost
        CHECK(r.both["map"]["zoom"].get<double>() ==
              doctest::Approx(r.a["map"]["zoom"].get<double>()).epsilon(0.01));
        CHECK(lon(r.both) == doctest::Approx(lon(r.a)).epsilon(0.01));
        CHECK(lat(r.both) == doctest::Approx(lat(r.a)).epsilon(0.01));
    }

    TEST_CASE("one drags the timeline while another taps a place") {
        const json& home = homeState();
        const json* moscow = findTarget(home, "place:moscow");
        REQUIRE(moscow);
        float tx = midX(home, "timeline"), ty = midY(home, "timeline");
        Part drag = [&](Script& s) {
            s.drag(500, 1, tx, ty, tx + 400, ty, 800, 32, false).up(1800, 1, tx + 400, ty);
        };
        Part tap = [&](Script& s) { s.tap(700, 2, centerX(*moscow), centerY(*moscow)); };
        // Mid-drag states show whether the timeline ever jumped under the finger.
        Script s(kW, kH);
        drag(s);
        tap(s);
        for (long t = 520; t <= 1300; t += 20) s.state(t);
        auto run = runKiosk("timeline-and-place-steps", s);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state["selected"]["place"] == "moscow");  // the tap did what it does alone
        double largest = 0;
        for (std::size_t i = 1; i < run.dumps.size(); ++i) {
            // The drag moves the timeline towards earlier days, never back, never leaping.
            double step = startDay(run.dumps[i - 1]) - startDay(run.dumps[i]);
            CHECK(step >= -0.01);
            largest = std::max(largest, step);
        }
        auto r = runThree(
            "timeline-and-place", [](Script&) {}, drag, tap, 2500);
        double alone = startDay(home) - startDay(r.a);
        CHECK(alone > 1);
        CHECK(largest < alone / 4);  // no leap: the drag takes 32 steps
        CHECK(r.both["selected"]["place"] == "moscow");
        // The timeline stays where the finger left it; the card's relayout may rescale it.
        double together = startDay(home) - startDay(r.both);
        CHECK(together == doctest::Approx(alone).epsilon(0.35));
    }

    TEST_CASE("one taps a place while another rests a finger on the timeline") {
        const json& home = homeState();
        // Moscow stands alone at home (Cairo is inside the Levant's cluster).
        const json* moscow = findTarget(home, "place:moscow");
        REQUIRE(moscow);
        float tx = midX(home, "timeline"), ty = midY(home, "timeline");
        Script s(kW, kH);
        s.down(500, 1, tx, ty).tap(800, 2, centerX(*moscow), centerY(*moscow)).up(1400, 1, tx, ty);
        auto run = runKiosk("rest-and-tap", s);
        CHECK(run.state["selected"]["place"] == "moscow");
        CHECK(run.state["selected"]["event"].is_null());  // the resting finger tapped nothing
    }
}
