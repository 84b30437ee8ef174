// Timed presentations from the schedule, with a copy of the content whose schedule also opens
// on Mondays and holds a lecture slot (test data only; the bundled schedule is not changed).
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"

using namespace scenario_test;
namespace fs = std::filesystem;

namespace {

// Monday 10:00-18:00, with "moscow-channel" alone from 14:00 to 15:00.
std::string mondayContent() {
    fs::path content = fs::path(SCENARIO_OUTPUT_DIR) / "presentation-content";
    fs::remove_all(content);
    fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", content, fs::copy_options::recursive);
    std::ifstream in(content / "exhibit.json");
    json exhibit = json::parse(in);
    in.close();
    exhibit["schedule"]["weekly"]["monday"] = json::array({"10:00-18:00"});
    exhibit["schedule"]["variants"] = json::array({{{"label", "Monday lecture"},
                                                    {"days", json::array({"monday"})},
                                                    {"from", "14:00"},
                                                    {"to", "15:00"},
                                                    {"mode", "attract"},
                                                    {"tour", "moscow-channel"}}});
    std::ofstream(content / "exhibit.json") << exhibit.dump(2);
    return content.string();
}

RunOptions mondayAt(const std::string& clock) {
    RunOptions o;
    o.width = 800;  // an hour of attract: a small screen keeps llvmpipe's frames cheap
    o.height = 480;
    o.content = mondayContent();
    o.clock = clock;
    return o;
}

}  // namespace

TEST_SUITE("schedule") {
    TEST_CASE("a Monday at 09:59 is closed and 10:00 is open") {
        Script s(800, 480);
        s.state(0).state(61'000);
        auto run = runKiosk("presentation-monday-opening", s, mondayAt("2026-11-30T09:59:00"));
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[0]["mode"] == "closed");
        CHECK(run.dumps[1]["mode"] == "attract");
        CHECK(run.dumps[1]["schedule"]["open"] == true);
    }

    TEST_CASE("a lecture slot plays only its tour, and touches do not start a visit") {
        Script s(800, 480);
        s.state(5'000)      // 13:59:55: open, nobody there
            .state(15'000)  // 14:00:05: the slot has begun
            .tap(20'000, 1, 400, 240)
            .state(21'000)  // the touch was answered, but the presentation goes on
            .screenshot(21'000, "during.png")
            .state(3'615'000);  // 15:00:10: the slot is over, every tour plays again
        RunOptions o = mondayAt("2026-11-30T13:59:50");
        o.screenshot = true;
        o.extraArgs = {"--sim-fps", "4"};  // an hour of flights: the end states, fewer frames
        auto run = runKiosk("presentation-slot", s, o);
        REQUIRE(run.dumps.size() == 4);
        CHECK(run.dumps[0]["mode"] != "closed");
        CHECK(run.dumps[0]["attract"]["presentation"] != true);
        CHECK(run.dumps[1]["mode"] == "attract");
        CHECK(run.dumps[1]["attract"]["presentation"] == true);
        CHECK(run.dumps[1]["attract"]["tour"] == "moscow-channel");
        CHECK(run.dumps[2]["mode"] == "attract");
        CHECK(run.dumps[2]["attract"]["presentation"] == true);
        CHECK(run.dumps[2]["attract"]["tour"] == "moscow-channel");
        CHECK(run.dumps[3]["mode"] == "attract");
        CHECK(run.dumps[3]["attract"]["presentation"] == false);
    }
}
