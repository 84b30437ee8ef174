// The staff panel in the running exhibit: two corners held, the PIN typed on the pad, the
// panel's information and its rollback.
#include <doctest/doctest.h>

#include <set>

#include <fstream>

#include "harness.h"

using namespace scenario_test;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 1280, kH = 800;

fs::path settings(const std::string& name, const std::string& text) {
    fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / ("staff-" + name + "-files");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "kiosk.conf") << text;
    return dir;
}

// Two fingers in the top corners, held for the hold time and a little more.
Script& holdCorners(Script& s, long t) {
    return s.down(t, 1, 8, 8)
        .down(t + 50, 2, kW - 8, 8)
        .up(t + 3400, 1, 8, 8)
        .up(t + 3400, 2, kW - 8, 8);
}

void tapTarget(Script& s, long t, const json& state, const std::string& id) {
    const json* target = findTarget(state, id);
    REQUIRE_MESSAGE(target, "no target " << id);
    s.tap(t, 5, centerX(*target), centerY(*target));
}

// The corners held, then `pin` typed on the pad (whose keys a first run found) and OK.
// Returns the time of the OK tap.
long enterPin(Script& s, const json& pad, const std::string& pin) {
    holdCorners(s, 1000);
    long t = 5000;
    for (char d : pin) tapTarget(s, t += 400, pad, std::string("staff:digit:") + d);
    tapTarget(s, t += 400, pad, "staff:ok");
    return t;
}

RunOptions withConfig(const fs::path& dir) {
    RunOptions o;
    o.width = kW;
    o.height = kH;
    o.clock = "2026-12-01T11:00:00";
    o.extraArgs = {"--config", (dir / "kiosk.conf").string(), "--data-dir",
                   (dir / "data").string()};
    return o;
}

}  // namespace

TEST_SUITE("staff") {
    TEST_CASE("two corners held, then the PIN, open the staff panel; a wrong PIN does not") {
        fs::path dir = settings("pin", "staff_pin = 2468\n");
        Script first(kW, kH);
        holdCorners(first, 1000).state(4600);
        auto pad = runKiosk("staff-pin-pad", first, withConfig(dir)).dumps.at(0);
        REQUIRE(pad["staff"]["stage"] == "pin");
        // The exhibit's own targets are gone while the pad is up.
        CHECK(targetIds(pad, "place:").empty());

        Script right(kW, kH);
        long t = enterPin(right, pad, "2468");
        right.state(t + 500).screenshot(t + 500, "panel.png");
        RunOptions o = withConfig(dir);
        o.screenshot = true;
        auto open = runKiosk("staff-open", right, o).dumps.at(0);
        CHECK(open["staff"]["stage"] == "open");
        CHECK(findTarget(open, "staff:close") != nullptr);
        CHECK(findTarget(open, "staff:test") != nullptr);
        // Each translation's review status, as exhibit.json gives it (issue 13).
        std::set<std::string> lines;
        for (const auto& text : open["texts"]) lines.insert(text["text"].get<std::string>());
        CHECK(lines.count("English (en): reviewed, all texts present"));
        CHECK(lines.count("Русский (ru): draft, not yet reviewed, all texts present"));
        CHECK(lines.count("العربية (ar): draft, not yet reviewed, all texts present"));

        Script wrong(kW, kH);
        t = enterPin(wrong, pad, "1357");
        wrong.state(t + 500);
        auto wrongRun = runKiosk("staff-wrong", wrong, withConfig(dir));
        auto refused = wrongRun.dumps.at(0);
        CHECK(refused["staff"]["stage"] == "pin");
        CHECK(refused["staff"]["message"] == "Wrong PIN, 2 tries left");
        // Logged, without the digits.
        CHECK(wrongRun.log.find("staff: wrong PIN (1 of 3 tries)") != std::string::npos);
        CHECK(wrongRun.log.find("1357") == std::string::npos);

        // A restart keeps the count: two more wrong PINs lock the pad, and after another
        // restart even the right PIN is refused until the lockout has passed.
        Script twoMore(kW, kH);
        t = enterPin(twoMore, pad, "1357");
        for (char d : std::string("9753"))
            tapTarget(twoMore, t += 400, pad, std::string("staff:digit:") + d);
        tapTarget(twoMore, t += 400, pad, "staff:ok");
        twoMore.state(t + 500);
        auto locked = runKiosk("staff-locked", twoMore, withConfig(dir)).dumps.at(0);
        CHECK(locked["staff"]["message"] == "Too many wrong PINs: try again later");
        Script again(kW, kH);
        t = enterPin(again, pad, "2468");
        again.state(t + 500);
        auto stillLocked = runKiosk("staff-still-locked", again, withConfig(dir)).dumps.at(0);
        CHECK(stillLocked["staff"]["stage"] == "pin");
        CHECK(stillLocked["staff"]["message"] == "Too many wrong PINs: try again later");
    }

    TEST_CASE("with no PIN set the hold opens nothing and a banner says why") {
        fs::path dir = settings("no-pin", "# no staff_pin\n");
        Script s(kW, kH);
        holdCorners(s, 1000).state(4600);
        auto st = runKiosk("staff-no-pin", s, withConfig(dir)).dumps.at(0);
        CHECK(st["staff"]["stage"] == "hidden");
        REQUIRE(st["notices"].size() == 1);
        CHECK(st["notices"][0]["text"].get<std::string>().find("staff_pin") != std::string::npos);
    }
}

TEST_SUITE("staff") {
    TEST_CASE("the staff panel rolls back to the version kept before the last update") {
        fs::path dir = settings("rollback", "staff_pin = 2468\n");
        fs::path stick = dir / "media" / "STICK";
        fs::path src = dir / "source";
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", src, fs::copy_options::recursive);
        std::ifstream in(src / "exhibit.json");
        json exhibit = json::parse(in);
        in.close();
        exhibit["version"] = 2;
        std::ofstream(src / "exhibit.json") << exhibit.dump(2);
        fs::create_directories(stick);
        std::string keys = " -p " + (dir / "k.pub").string() + " -s " + (dir / "k.key").string();
        REQUIRE(std::system(("minisign -G -W" + keys + " >/dev/null 2>&1").c_str()) == 0);
        std::string pack = std::string(KIOSK_CONTENT_BINARY) + " pack " + src.string() + " " +
                           (stick / "pkg").string() + " >/dev/null && minisign -S -s " +
                           (dir / "k.key").string() + " -m " +
                           (stick / "pkg/manifest.json").string() + " >/dev/null";
        REQUIRE(std::system(pack.c_str()) == 0);
        RunOptions o = withConfig(dir);
        o.extraArgs.insert(o.extraArgs.end(), {"--mount-root", (dir / "media").string(),
                                               "--trusted-key", (dir / "k.pub").string()});
        // First run: the update goes in; the PIN pad's and the panel's buttons are found.
        Script first(kW, kH);
        holdCorners(first, 1000).state(4600);
        auto pad = runKiosk("staff-rollback-install", first, o).dumps.at(0);
        REQUIRE(pad["content"]["version"] == "2");
        Script open(kW, kH);
        long t = enterPin(open, pad, "2468");
        open.state(t + 500);
        fs::remove_all(stick);  // the stick is taken away; version 2 stays installed
        auto panel = runKiosk("staff-rollback-panel", open, o).dumps.at(0);
        REQUIRE(panel["staff"]["stage"] == "open");
        REQUIRE(panel["content"]["version"] == "2");
        // Second run: the same, then "Roll back".
        Script back(kW, kH);
        t = enterPin(back, pad, "2468");
        tapTarget(back, t += 600, panel, "staff:rollback");
        back.state(t + 1000);
        auto after = runKiosk("staff-rollback", back, o).dumps.at(0);
        CHECK(after["content"]["version"] == "1");
        bool noticed = false;
        for (const auto& n : after["notices"])
            noticed = noticed || n["text"].get<std::string>().find("rolled back to version 1") !=
                                     std::string::npos;
        CHECK(noticed);
    }
}

TEST_SUITE("staff") {
    TEST_CASE("the touch test shows a grid and every touch, and Done returns to the panel") {
        fs::path dir = settings("touch-test", "staff_pin = 2468\n");
        Script first(kW, kH);
        holdCorners(first, 1000).state(4600);
        auto pad = runKiosk("staff-touch-pad", first, withConfig(dir)).dumps.at(0);
        Script second(kW, kH);
        long t = enterPin(second, pad, "2468");
        second.state(t + 500);
        auto panel = runKiosk("staff-touch-panel", second, withConfig(dir)).dumps.at(0);
        REQUIRE(panel["staff"]["stage"] == "open");

        Script test(kW, kH);
        t = enterPin(test, pad, "2468");
        tapTarget(test, t += 600, panel, "staff:test");
        test.state(t + 400);
        test.down(t + 500, 7, 200, 150).state(t + 550).screenshot(t + 550, "pattern.png");
        test.up(t + 600, 7, 200, 150);
        RunOptions o = withConfig(dir);
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("staff-touch-test", test, o);
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[0]["staff"]["stage"] == "test-pattern");
        CHECK(run.dumps[1]["touch_feedback"].get<int>() >= 1);
        const json* done = findTarget(run.dumps[0], "staff:done");
        REQUIRE(done != nullptr);
        // Only the Done button can be touched while the pattern is up.
        CHECK(run.dumps[0]["targets"].size() == 1);
        Script back(kW, kH);
        t = enterPin(back, pad, "2468");
        tapTarget(back, t += 600, panel, "staff:test");
        t += 600;
        back.tap(t, 6, centerX(*done), centerY(*done)).state(t + 500);
        auto returned = runKiosk("staff-touch-done", back, withConfig(dir)).dumps.at(0);
        CHECK(returned["staff"]["stage"] == "open");
    }
}
