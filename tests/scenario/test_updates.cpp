// USB content updates in the running exhibit: real minisign keys made here, packages made
// with kiosk-content pack, a stick folder under a mount root, and the exhibit run headless.
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"

using namespace scenario_test;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / ("updates-" + name + "-files");
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void sh(const std::string& command) {
    INFO(command);
    REQUIRE(std::system((command + " >/dev/null 2>&1").c_str()) == 0);
}

struct Keys {
    fs::path pub, sec;
};

Keys makeKeys(const fs::path& dir, const std::string& name) {
    Keys k{dir / (name + ".pub"), dir / (name + ".key")};
    sh("minisign -G -W -p " + k.pub.string() + " -s " + k.sec.string());
    return k;
}

// The bundled content at a new version, signed, in <stick>/exhibit-content.
fs::path makeStick(const fs::path& dir, const Keys& keys, int version, const std::string& title) {
    fs::path src = dir / "source";
    fs::remove_all(src);
    fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", src, fs::copy_options::recursive);
    std::ifstream in(src / "exhibit.json");
    json exhibit = json::parse(in);
    in.close();
    exhibit["version"] = version;
    exhibit["title"]["en"] = title;
    std::ofstream(src / "exhibit.json") << exhibit.dump(2);
    fs::path stick = dir / "media" / "STICK";
    fs::create_directories(stick);
    sh(std::string(KIOSK_CONTENT_BINARY) + " pack " + src.string() + " " +
       (stick / "exhibit-content").string());
    sh("minisign -S -s " + keys.sec.string() + " -m " +
       (stick / "exhibit-content" / "manifest.json").string());
    return stick;
}

RunOptions updateRun(const fs::path& dir, const Keys& trusted) {
    RunOptions o;
    o.width = 1280;
    o.height = 800;
    o.extraArgs = {"--data-dir",    (dir / "data").string(),
                   "--mount-root",  (dir / "media").string(),
                   "--trusted-key", trusted.pub.string()};
    return o;
}

bool hasNotice(const json& state, const std::string& part, bool problem) {
    for (const auto& n : state["notices"])
        if (n["text"].get<std::string>().find(part) != std::string::npos && n["problem"] == problem)
            return true;
    return false;
}

}  // namespace

TEST_SUITE("updates") {
    TEST_CASE("a signed stick is installed and shown at once when nobody is visiting") {
        fs::path dir = scratch("install");
        Keys keys = makeKeys(dir, "staff");
        makeStick(dir, keys, 2, "Mediation Map, second edition");
        Script s(1280, 800);
        s.state(2000);
        RunOptions o = updateRun(dir, keys);
        o.screenshot = true;
        o.rasterizeAll = true;  // this suite's smoke run with every frame rasterized
        auto run = runKiosk("updates-install", s, o);
        REQUIRE(run.exitCode == 0);
        const json& st = run.dumps.at(0);
        CHECK(st["content"]["version"] == "2");
        CHECK(hasNotice(st, "Content updated to version 2 (was 1)", false));
        CHECK(hasNotice(st, "Now showing content version 2", false));
        // The new content lives in the data folder; the stick is only read.
        CHECK(fs::exists(dir / "data" / "current"));
        CHECK(run.log.find("updates: Content updated to version 2") != std::string::npos);
    }

    TEST_CASE("a stick signed with an unknown key is refused and the content is untouched") {
        fs::path dir = scratch("unknown-key");
        Keys trusted = makeKeys(dir, "staff");
        Keys visitor = makeKeys(dir, "visitor");
        makeStick(dir, visitor, 2, "Not ours");
        Script s(1280, 800);
        s.state(2000);
        auto run = runKiosk("updates-unknown-key", s, updateRun(dir, trusted));
        const json& st = run.dumps.at(0);
        CHECK(st["content"]["version"] == "1");
        CHECK(hasNotice(st, "Update refused (unknown-key)", true));
        CHECK(hasNotice(st, "The content shown is unchanged", true));
        CHECK_FALSE(fs::exists(dir / "data" / "current"));
    }

    TEST_CASE("a stick file named in bytes that are not UTF-8 is refused; the dump survives") {
        // Issue 16, item 5: nlohmann's dump() threw on the banner, and the kiosk aborted.
        fs::path dir = scratch("bad-name");
        Keys keys = makeKeys(dir, "staff");
        fs::path stick = makeStick(dir, keys, 2, "Second edition");
        std::ofstream(stick / "exhibit-content" / "bad\xff\xfe.json") << "{}";
        Script s(1280, 800);
        s.state(2000);
        auto run = runKiosk("updates-bad-name", s, updateRun(dir, keys));
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.dumps.size() == 1);
        CHECK(
            hasNotice(run.dumps[0], "Update refused (unlisted-file): bad\uFFFD\uFFFD.json", true));
        CHECK(run.dumps[0]["content"]["version"] == "1");
    }

    TEST_CASE("new content waits for the end of a visit") {
        fs::path dir = scratch("during-visit");
        Keys keys = makeKeys(dir, "staff");
        makeStick(dir, keys, 3, "Third edition");
        Script s(1280, 800);
        s.tap(0, 1, 500, 400)  // a visitor is exploring when the stick is found
            .state(5000)
            .state(95'000 + 5000);  // the idle reset has come
        auto run = runKiosk("updates-during-visit", s, updateRun(dir, keys));
        REQUIRE(run.dumps.size() == 2);
        CHECK(run.dumps[0]["content"]["version"] == "1");
        CHECK(hasNotice(run.dumps[0], "Content updated to version 3", false));
        CHECK(run.dumps[1]["content"]["version"] == "3");
    }

    TEST_CASE("a stick plugged in later is noticed, and a stick with no package is refused") {
        fs::path dir = scratch("later");
        Keys keys = makeKeys(dir, "staff");
        fs::create_directories(dir / "media" / "HOLIDAY" / "photos");
        std::ofstream(dir / "media" / "HOLIDAY" / "photos" / "beach.jpg") << "not a package";
        Script s(1280, 800);
        s.state(1000).usbScan(2000).state(3000);
        auto run = runKiosk("updates-later", s, updateRun(dir, keys));
        REQUIRE(run.dumps.size() == 2);
        CHECK(hasNotice(run.dumps[0], "Update refused (no-package)", true));
        CHECK(run.dumps[1]["content"]["version"] == "1");
    }

    TEST_CASE("a signed export request receives the usage report as CSV") {
        fs::path dir = scratch("export");
        Keys keys = makeKeys(dir, "staff");
        RunOptions o = updateRun(dir, keys);
        o.clock = "2026-12-01T11:00:00";
        // A visit first, so that the report has something in it.
        Script visit(1280, 800);
        visit.tap(1000, 1, 500, 400).state(100'000);
        REQUIRE(runKiosk("updates-export-visit", visit, o).exitCode == 0);
        fs::path stick = dir / "media" / "STICK";
        fs::create_directories(stick);
        sh(std::string(KIOSK_CONTENT_BINARY) + " pack --export-request usage " +
           (stick / "request").string());
        sh("minisign -S -s " + keys.sec.string() + " -m " +
           (stick / "request/manifest.json").string());
        Script s(1280, 800);
        s.state(2000);
        auto run = runKiosk("updates-export", s, o);
        REQUIRE(run.dumps.size() == 1);
        CHECK(hasNotice(run.dumps[0], "usage report written", false));
        fs::path folder = stick / "request" / "usage";
        REQUIRE(fs::is_directory(folder));
        REQUIRE(fs::directory_iterator(folder) != fs::directory_iterator());
        std::ifstream csv(fs::directory_iterator(folder)->path());
        std::string text((std::istreambuf_iterator<char>(csv)), {});
        CHECK(text.find("visits,2026-12-01,1") != std::string::npos);
        CHECK(run.dumps[0]["content"]["version"] == "1");
    }
}
