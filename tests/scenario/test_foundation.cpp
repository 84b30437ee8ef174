// The exhibit starts, draws, dumps its state and runs on simulated time, headless.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

#include "harness.h"

using namespace scenario_test;
namespace fs = std::filesystem;

namespace {

json bundledEvents() {
    return bundled("events.json", "events");
}

// Width and height from a PNG's IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> pngSize(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    unsigned char h[24] = {};
    in.read(reinterpret_cast<char*>(h), 24);
    auto be = [&](int o) {
        return std::uint32_t(h[o]) << 24 | h[o + 1] << 16 | h[o + 2] << 8 | h[o + 3];
    };
    if (h[1] != 'P' || h[2] != 'N' || h[3] != 'G') return {0, 0};
    return {be(16), be(20)};
}

std::string readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_SUITE("foundation") {
    TEST_CASE("a 1920x1080 run writes a screenshot and a state with every contract field") {
        Script s(1920, 1080);
        s.wait(500);
        RunOptions o;
        o.screenshot = true;
        auto run = runKiosk("foundation-1080p", s, o);
        REQUIRE(run.exitCode == 0);
        CHECK(pngSize(run.dir / "final.png") ==
              std::pair<std::uint32_t, std::uint32_t>{1920, 1080});
        const json& st = run.state;
        REQUIRE(st.is_object());
        CHECK(st["mode"] == "explore");
        CHECK(st["clock"] == "2026-11-24T11:00:00.500Z");
        CHECK(st["content"]["events"] == bundledEvents().size());
        CHECK(st["content"]["version"].is_string());
        CHECK(st["selected"]["event"].is_null());
        CHECK(st["selected"]["actor"].is_null());
        CHECK(st["selected"]["place"].is_null());
        CHECK(st["size"] == json::array({1920, 1080}));
        CHECK(st["map"]["center"].size() == 2);
        CHECK(st["map"]["zoom"].is_number());
        CHECK(st["timeline"]["start"].get<std::string>().size() == 10);
        CHECK(st["timeline"]["end"].get<std::string>() >
              st["timeline"]["start"].get<std::string>());
        CHECK(st["language"] == "en");
        CHECK_FALSE(targetIds(st, "place:").empty());
        CHECK_FALSE(targetIds(st, "event:").empty());
        CHECK(findTarget(st, "button:home") != nullptr);
        CHECK(st["frames"]["rendered"].get<int>() >= 1);
        CHECK(st["renderer"]["font_atlas"][0].get<int>() <= 2048);
        CHECK(st["renderer"]["font_atlas"][1].get<int>() <= 2048);
    }

    TEST_CASE("every target is at least 9 mm on the panel") {
        Script s(800, 480);
        s.wait(100);
        RunOptions o;
        o.width = 800;
        o.height = 480;
        o.extraArgs = {"--panel", "7in"};
        auto run = runKiosk("targets-7in", s, o);
        REQUIRE(run.exitCode == 0);
        float minPx = run.state["layout"]["min_target_px"].get<float>();
        CHECK(minPx == doctest::Approx(9 * 800 / (7 * 25.4 * 0.8575)).epsilon(0.02));
        for (const auto& t : run.state["targets"]) {
            CHECK(t["rect"][2].get<float>() >= minPx - 1);
            CHECK(t["rect"][3].get<float>() >= minPx - 1);
        }
    }

    TEST_CASE("simulated time jumps: an idle hour takes a moment and draws almost nothing") {
        // Without tours there is no attract mode to play, so nothing moves for an hour.
        fs::path quiet = fs::path(SCENARIO_OUTPUT_DIR) / "idle-hour-content";
        fs::remove_all(quiet);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", quiet, fs::copy_options::recursive);
        std::ofstream(quiet / "tours.json") << "{\"tours\": []}";
        Script s(1280, 800);
        s.wait(3600 * 1000);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.content = quiet.string();
        auto run = runKiosk("idle-hour", s, o);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state["clock"] == "2026-11-24T12:00:00.000Z");
        CHECK(run.state["frames"]["rendered"].get<int>() <= 6);
    }

    TEST_CASE("once the screen holds still, what the driver kept to draw it is let go") {
        // A drawn frame (the screenshot) keeps llvmpipe's binned triangles, about 13 MB at
        // home; half a second still, GlWindow::settle and malloc_trim give them back.
        Script s(1920, 1080);
        s.screenshot(500, "drawn.png");
        s.state(500);
        s.state(3000);
        auto run = runKiosk("settle", s);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.dumps.size() == 2);
        long drawn = run.dumps[0]["process"]["pss_anon_kb"].get<long>();
        long still = run.dumps[1]["process"]["pss_anon_kb"].get<long>();
        CHECK(run.dumps[0]["process"]["heap_trims"] == 0);
        CHECK(run.dumps[1]["process"]["heap_trims"].get<int>() >= 1);
#if !defined(__SANITIZE_ADDRESS__)  // ASan's allocator keeps freed memory in quarantine
        CHECK(still < drawn - 5000);
#else
        CHECK(still > 0);
#endif
    }

    TEST_CASE("two runs of the same script give the same state") {
        Script s(1280, 800);
        s.drag(200, 1, 300, 400, 500, 450, 300).tap(2000, 2, 900, 500).wait(4000);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        auto a = runKiosk("determinism-a", s, o);
        auto b = runKiosk("determinism-b", s, o);
        REQUIRE(a.exitCode == 0);
        a.state.erase("process");  // CPU time and memory are the machine's, not the script's
        b.state.erase("process");
        CHECK(a.state == b.state);
    }

    TEST_CASE("skipping the pixels of uncaptured frames changes no screenshot and no state") {
        // A drag, a card sliding in and a fling: frames whose pixels nobody reads.
        Script s(1280, 800);
        s.drag(200, 1, 300, 400, 500, 450, 300)
            .tap(1500, 2, 900, 650)
            .screenshot(1600, "mid.png")
            .drag(2500, 3, 700, 300, 400, 250, 120)
            .wait(5000);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.screenshot = true;
        auto lazy = runKiosk("rasterize-captures", s, o);
        o.rasterizeAll = true;
        auto full = runKiosk("rasterize-all", s, o);
        REQUIRE(lazy.exitCode == 0);
        REQUIRE(full.exitCode == 0);
        for (const char* png : {"mid.png", "final.png"}) {
            CAPTURE(png);
            CHECK(readBytes(lazy.dir / png) == readBytes(full.dir / png));
            CHECK(readBytes(lazy.dir / png).size() > 1000);
        }
        int rendered = full.state["frames"]["rendered"].get<int>();
        CHECK(lazy.state["frames"]["rendered"] == rendered);
        CHECK(full.state["frames"]["rasterized"] == rendered);
        CHECK(lazy.state["frames"]["rasterized"].get<int>() <= 3);  // first, mid, final
        CHECK(rendered > 30);
        for (auto* st : {&lazy.state, &full.state}) {
            st->erase("process");
            (*st)["frames"].erase("rasterized");
        }
        CHECK(lazy.state == full.state);
    }

    TEST_CASE("broken content shows the calm unavailable screen and names the problem") {
        fs::path bad = fs::path(SCENARIO_OUTPUT_DIR) / "broken-content-files";
        fs::remove_all(bad);
        fs::copy(std::string(KIOSK_SOURCE_DIR) + "/content", bad, fs::copy_options::recursive);
        std::ofstream(bad / "events.json") << "{\"events\": [ {\"id\": \"x\", ";
        Script s(1280, 800);
        s.wait(100);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.content = bad.string();
        o.screenshot = true;
        auto run = runKiosk("broken-content", s, o);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state["mode"] == "error");
        CHECK(run.state["error"].get<std::string>().find("events.json:1:") == 0);
        CHECK(run.state["targets"].empty());
    }

    TEST_CASE("a bad replay script is refused with its file and line") {
        fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / "bad-script";
        Script s(1280, 800);
        s.wait(0);
        RunOptions o;
        o.extraArgs = {"--replay", "missing.jsonl"};
        auto run = runKiosk("bad-script", s, o);
        CHECK(run.exitCode == 2);
        CHECK(run.log.find("missing.jsonl: cannot open") != std::string::npos);
    }
}
