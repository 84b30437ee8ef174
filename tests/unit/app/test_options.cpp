#include <doctest/doctest.h>

#include "kiosk/app/options.h"

using namespace kiosk::app;

TEST_CASE("the scenario runner's flags are read into the params") {
    auto r = parseArgs({"--headless", "--size", "1920x1080", "--content", "c", "--clock",
                        "2026-11-27T10:00:00Z", "--replay", "s.jsonl", "--screenshot", "a.png",
                        "--state", "a.json", "--quit-after", "2.5", "--panel", "7in"});
    REQUIRE(r.error.empty());
    CHECK(r.params.headless);
    CHECK(r.params.width == 1920);
    CHECK(r.params.height == 1080);
    CHECK(r.params.contentDir == "c");
    CHECK(r.params.clock == "2026-11-27T10:00:00Z");
    CHECK(r.params.replayPath == "s.jsonl");
    CHECK(r.params.screenshotPath == "a.png");
    CHECK(r.params.statePath == "a.json");
    CHECK(r.params.quitAfterS == doctest::Approx(2.5));
    CHECK(r.params.panel == "7in");
    CHECK(r.params.fullscreen);
    CHECK_FALSE(parseArgs({"--windowed"}).params.fullscreen);
}

TEST_CASE("bad options are named in the error") {
    CHECK(parseArgs({"--size", "big"}).error.find("--size") != std::string::npos);
    CHECK(parseArgs({"--size", "100x100"}).error.find("--size") != std::string::npos);
    CHECK(parseArgs({"--size"}).error == "--size needs a value");
    CHECK(parseArgs({"--frobnicate"}).error == "unknown option --frobnicate");
    CHECK(parseArgs({"--quit-after", "-1"}).error.find("seconds") != std::string::npos);
}

TEST_CASE("the help text names every option") {
    std::string help = usageText();
    for (const char* flag :
         {"--windowed", "--headless", "--size", "--panel", "--content", "--assets", "--assets",
          "--data-dir", "--touch-rotate", "--touch-calibrate", "--clock", "--replay",
          "--max-sim-seconds", "--quit-after", "--screenshot", "--state", "--version", "--watch"})
        CHECK(help.find(flag) != std::string::npos);
}

TEST_CASE("--watch shows the folder it watches") {
    auto parsed = parseArgs({"--watch", "my-content"});
    CHECK(parsed.error.empty());
    CHECK(parsed.params.watchDir == "my-content");
    CHECK(parsed.params.contentDir == "my-content");
}
