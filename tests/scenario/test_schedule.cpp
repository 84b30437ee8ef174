// Opening hours, with the bundled schedule: Tuesday to Sunday 10:00-18:00 in Europe/Berlin,
// closed Mondays and over Christmas. Clocks after the content's version date are trusted.
#include <doctest/doctest.h>

#include "harness.h"

using namespace scenario_test;

namespace {

Run runAt(const std::string& name, const std::string& clock, std::vector<long> stateTimes,
          bool rasterizeAll = false) {
    Script s(1280, 800);
    for (long t : stateTimes) s.state(t);
    RunOptions o;
    o.width = 1280;
    o.height = 800;
    o.clock = clock;
    o.rasterizeAll = rasterizeAll;
    return runKiosk(name, s, o);
}

}  // namespace

TEST_SUITE("schedule") {
    TEST_CASE("Tuesday 09:59 is closed and 10:00 opens into attract mode") {
        // This suite's smoke run with every frame rasterized.
        auto run = runAt("schedule-opening", "2026-12-01T09:59:00", {0, 61'000}, true);
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[0]["mode"] == "closed");
        CHECK(run.dumps[0]["schedule"]["next_change"] == "2026-12-01T09:00:00.000Z");
        CHECK(run.dumps[1]["mode"] == "attract");
        CHECK(run.dumps[1]["schedule"]["open"] == true);
    }

    TEST_CASE("a Monday stays closed all day, and the screen shows no targets") {
        auto run = runAt("schedule-monday", "2026-11-30T09:59:00", {0, 61'000, 8 * 3600'000});
        for (const auto& d : run.dumps) {
            CHECK(d["mode"] == "closed");
            CHECK(d["targets"].empty());
        }
        CHECK(run.dumps[0]["schedule"]["next_change"] == "2026-12-01T09:00:00.000Z");
        CHECK(run.dumps[2]["frames"]["rendered"].get<int>() <=
              run.dumps[0]["frames"]["rendered"].get<int>() + 4);
    }

    TEST_CASE("a closed holiday stays closed") {
        auto run = runAt("schedule-holiday", "2026-12-25T12:00:00", {0, 3 * 3600'000});
        CHECK(run.dumps.at(0)["mode"] == "closed");
        CHECK(run.dumps.at(1)["mode"] == "closed");
        CHECK(run.dumps.at(0)["schedule"]["reason"].get<std::string>().find("Christmas") !=
              std::string::npos);
    }

    TEST_CASE("the day the clocks go forward opens at 10:00 summer time") {
        // 28 March 2027: Berlin moves from UTC+1 to UTC+2 at 02:00; 10:00 is 08:00 UTC.
        auto run = runAt("schedule-dst-spring", "2027-03-28T07:59:00Z", {0, 61'000});
        CHECK(run.dumps.at(0)["mode"] == "closed");
        CHECK(run.dumps.at(1)["mode"] == "attract");
    }

    TEST_CASE("the day the clocks go back opens at 10:00 winter time") {
        // 31 October 2027: Berlin moves from UTC+2 to UTC+1 at 03:00; 10:00 is 09:00 UTC.
        auto run = runAt("schedule-dst-autumn", "2027-10-31T08:59:00Z", {0, 61'000});
        CHECK(run.dumps.at(0)["mode"] == "closed");
        CHECK(run.dumps.at(1)["mode"] == "attract");
    }

    TEST_CASE("a start in the middle of the day lands open, and 18:00 closes") {
        // Two minutes before closing: long runs of attract would only cost test time.
        auto run = runAt("schedule-midday", "2026-12-02T17:58:00", {0, 2 * 60'000 + 1000});
        CHECK(run.dumps.at(0)["mode"] != "closed");  // open: exploring or playing its tours
        CHECK(run.dumps.at(0)["schedule"]["open"] == true);
        CHECK(run.dumps.at(1)["mode"] == "closed");
    }

    TEST_CASE("an untrustworthy clock keeps the exhibit open and says so in the log") {
        auto run = runAt("schedule-untrusted", "2020-05-04T12:00:00", {0});  // a Monday, long ago
        CHECK(run.dumps.at(0)["mode"] == "explore");
        CHECK(run.dumps.at(0)["schedule"]["clock_trusted"] == false);
        CHECK(run.log.find("warning: the clock is not trusted") != std::string::npos);
    }

    TEST_CASE("the closed screen lists the coming week's hours, holidays by name") {
        auto run = runAt("schedule-week-board", "2026-12-21T20:00:00", {0});  // Monday evening
        const json& week = run.dumps.at(0)["schedule"]["week"];
        REQUIRE(week.size() == 7);
        CHECK(week[0] == "Monday: closed");
        CHECK(week[1] == "Tuesday: 10:00-18:00");
        CHECK(week[3] == "Thursday 24 December: closed (Christmas closure)");
        CHECK(week[6] == "Sunday: 10:00-18:00");
    }
}
