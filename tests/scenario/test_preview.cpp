// Live preview (issue 15): kiosk --watch DIR reloads the folder on each save, through the same
// path as a USB update; a broken save keeps the last good content, with a located banner.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "harness.h"

using namespace scenario_test;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const json* problemNotice(const json& state) {
    for (const auto& n : state["notices"])
        if (n["problem"] == true) return &n;
    return nullptr;
}

}  // namespace

TEST_SUITE("preview") {
    TEST_CASE("a save reloads the watched folder; a broken save keeps the last good content") {
        fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / "preview-watch-files";
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/content/minimal", dir,
                 fs::copy_options::recursive);
        std::string exhibit = readText(dir / "exhibit.json");
        std::string newer = exhibit;
        newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 2");
        REQUIRE(newer != exhibit);

        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.extraArgs = {"--watch", dir.string()};
        Script s(1280, 800);
        s.state(1000)
            .writeFile(1500, "exhibit.json", newer)
            .state(2000)
            .writeFile(2500, "events.json", "{\"events\": [\n  {\"id\": \"x\",}\n]}\n")
            .state(3500)
            .writeFile(4000, "events.json", readText(dir / "events.json"))
            .state(5000);
        auto run = runKiosk("preview-watch", s, o);
        REQUIRE(run.dumps.size() == 4);
        CHECK(run.dumps[0]["content"]["version"] == "1");
        // Saved: the new version is shown within the frame after the save.
        CHECK(run.dumps[1]["content"]["version"] == "2");
        CHECK(run.dumps[1]["mode"] == "explore");
        CHECK(problemNotice(run.dumps[1]) == nullptr);
        // Broken: still version 2 with its two events, and a banner at the line and column.
        CHECK(run.dumps[2]["content"]["version"] == "2");
        CHECK(run.dumps[2]["content"]["events"] == 2);
        CHECK(run.dumps[2]["mode"] == "explore");
        const json* banner = problemNotice(run.dumps[2]);
        REQUIRE(banner != nullptr);
        std::string text = (*banner)["text"].get<std::string>();
        CHECK(text ==
              "Not reloaded, still showing the last good content:\nevents.json:2:14: error: "
              "/events/0: a comma before } is not allowed in JSON; remove the last comma");
        // Put right: the banner goes, the content is shown again, and the notice says it was
        // reloaded (the version is the same: not "version 2 (was 2)").
        CHECK(problemNotice(run.dumps[3]) == nullptr);
        CHECK(run.dumps[3]["content"]["version"] == "2");
        bool reloaded = false;
        for (const auto& n : run.dumps[3]["notices"])
            reloaded = reloaded || n["text"] == "Reloaded content version 2";
        CHECK(reloaded);
    }

    TEST_CASE("a reload keeps the selected place") {
        fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / "preview-select-files";
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/content/minimal", dir,
                 fs::copy_options::recursive);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.extraArgs = {"--watch", dir.string()};
        Script look(1280, 800);
        look.state(1000);
        auto home = runKiosk("preview-select-home", look, o);
        REQUIRE(home.dumps.size() == 1);
        auto places = targetIds(home.dumps[0], "place:");
        REQUIRE_FALSE(places.empty());
        const json* target = findTarget(home.dumps[0], places[0]);
        REQUIRE(target);
        std::string exhibit = readText(dir / "exhibit.json");
        exhibit.replace(exhibit.find("\"version\": 1"), 12, "\"version\": 2");
        Script s(1280, 800);
        s.tap(1000, 1, centerX(*target), centerY(*target))
            .state(2000)
            .writeFile(2500, "exhibit.json", exhibit)
            .state(3500);
        auto run = runKiosk("preview-select", s, o);
        REQUIRE(run.dumps.size() == 2);
        std::string id = places[0].substr(6);  // "place:<id>"
        CHECK(run.dumps[0]["selected"]["place"] == id);
        CHECK(run.dumps[1]["content"]["version"] == "2");
        CHECK(run.dumps[1]["selected"]["place"] == id);
    }

    TEST_CASE("a preview on a Monday shows the content with a closed strip, not the dark screen") {
        // The bundled schedule: closed on Mondays, Tuesday to Sunday 10:00-18:00 (Berlin).
        fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / "preview-monday-files";
        fs::remove_all(dir);
        fs::create_directories(dir);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", dir, fs::copy_options::recursive);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.clock = "2026-11-30T11:00:00";
        o.extraArgs = {"--watch", dir.string()};
        Script s(1280, 800);
        s.state(1000);
        auto run = runKiosk("preview-monday", s, o);
        REQUIRE(run.dumps.size() == 1);
        const json& d = run.dumps[0];
        CHECK(d["mode"] != "closed");
        CHECK_FALSE(d["targets"].empty());
        bool strip = false;
        for (const auto& n : d["notices"])
            strip = strip || n["text"] == "Closed now; opens Tuesday at 10:00 (preview)";
        CHECK(strip);
    }
}
