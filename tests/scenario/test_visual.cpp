// The visitor review of issue 14, read from the state: the compact timeline keeps targets
// apart and labels clear, every label fits its button, capitals are big enough on the panel,
// attract leaves the map in view, and the screens around the exhibit say the right things.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "harness.h"

using namespace scenario_test;

namespace {

struct Size {
    int w, h;
    const char* panel;  // the panel this size ships on (EXHIBIT.md's five screens)
};
constexpr Size kSmall{800, 480, "7in"}, kTablet{1280, 800, "10.1in"};
const Size kAll[] = {
    kSmall, kTablet, {1920, 1080, "21.5in"}, {1080, 1920, "32in"}, {3840, 2160, "55in"}};

float num(const json& v) {
    return v.get<float>();
}
// Overlap of two [x, y, w, h] rects along each axis, in px (negative: apart).
std::pair<float, float> overlap(const json& a, const json& b) {
    float ox =
        std::min(num(a[0]) + num(a[2]), num(b[0]) + num(b[2])) - std::max(num(a[0]), num(b[0]));
    float oy =
        std::min(num(a[1]) + num(a[3]), num(b[1]) + num(b[3])) - std::max(num(a[1]), num(b[1]));
    return {ox, oy};
}
bool overlaps(const json& a, const json& b, float slack = 1) {
    auto [ox, oy] = overlap(a, b);
    return ox > slack && oy > slack;
}
bool insideRect(const json& r, const json& c, float slack = 1) {
    return num(r[0]) >= num(c[0]) - slack && num(r[1]) >= num(c[1]) - slack &&
           num(r[0]) + num(r[2]) <= num(c[0]) + num(c[2]) + slack &&
           num(r[1]) + num(r[3]) <= num(c[1]) + num(c[3]) + slack;
}
bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}

// Taps each target in turn (found in the state after the taps before it); the states after
// each tap. "x*" taps the first target whose id starts with x; "scroll" drags the open card's
// content up by most of its height, to reach what lies below its body.
std::vector<json> statesAfter(const std::string& name, Size size,
                              const std::vector<std::string>& taps) {
    struct Action {
        float x0, y0, x1, y1;
    };
    std::vector<Action> actions;
    std::vector<json> states;
    int extraScrolls = 0;
    for (std::size_t round = 0; round <= taps.size(); ++round) {
        Script s(size.w, size.h);
        long t = 300;
        for (const auto& a : actions) {
            if (a.x0 == a.x1 && a.y0 == a.y1)
                s.tap(t, 1, a.x0, a.y0);
            else
                s.drag(t, 1, a.x0, a.y0, a.x1, a.y1, 600, 12);
            t += 2500;
        }
        s.state(t + 1500);
        RunOptions o;
        o.width = size.w;
        o.height = size.h;
        o.extraArgs = {"--panel", size.panel};
        auto run = runKiosk(name + "-" + std::to_string(round), s, o);
        REQUIRE(run.exitCode == 0);
        states.push_back(run.dumps.at(0));
        if (round == taps.size()) break;
        std::string id = taps[round];
        if (id == "scroll") {
            const json& c = states.back()["card"]["rect"];
            float x = num(c[0]) + num(c[2]) / 2;
            actions.push_back({x, num(c[1]) + num(c[3]) * 0.8f, x, num(c[1]) + num(c[3]) * 0.15f});
            continue;
        }
        if (id.back() == '*') {
            auto ids = targetIds(states.back(), id.substr(0, id.size() - 1));
            if (ids.empty() && round > 0 && taps[round - 1] == "scroll" && extraScrolls < 10) {
                ++extraScrolls;  // further down the card: scroll once more and look again
                actions.push_back(actions.back());
                states.pop_back();
                --round;
                continue;
            }
            REQUIRE_MESSAGE(!ids.empty(), "no target " << id);
            id = ids.front();
        }
        const json* target = findTarget(states.back(), id);
        REQUIRE_MESSAGE(target, "no target " << id << " at " << size.w << "x" << size.h);
        actions.push_back({centerX(*target), centerY(*target), centerX(*target), centerY(*target)});
    }
    return states;
}

json attractState(const std::string& name, Size size) {
    Script s(size.w, size.h);
    s.state(idleTimeoutMs() + 2500);
    RunOptions o;
    o.width = size.w;
    o.height = size.h;
    o.extraArgs = {"--panel", size.panel};
    auto run = runKiosk(name, s, o);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.dumps.at(0)["mode"] == "attract");
    return run.dumps.at(0);
}

// The timeline's targets never overlap, and no label in the timeline lies on one of them.
void checkTimeline(const json& st, const std::string& where) {
    INFO(where);
    const json& area = st["timeline"]["rect"];
    std::vector<json> targets;
    for (const auto& t : st["targets"])
        if ((startsWith(t["id"], "event:") || startsWith(t["id"], "cluster:")) &&
            overlaps(t["rect"], area))
            targets.push_back(t);
    CHECK(targets.size() >= 2);
    for (std::size_t i = 0; i < targets.size(); ++i)
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            INFO(targets[i]["id"] << " and " << targets[j]["id"]);
            CHECK_FALSE(overlaps(targets[i]["rect"], targets[j]["rect"]));
        }
    for (const auto& l : st["labels"]) {
        if (!insideRect(l["rect"], area, 2)) continue;
        for (const auto& t : targets) {
            INFO("label '" << l["text"] << "' on " << t["id"]);
            CHECK_FALSE(overlaps(l["rect"], t["rect"], 2));
        }
    }
}

}  // namespace

TEST_SUITE("visual") {
    TEST_CASE("the compact timeline keeps every target apart and every label off the pills") {
        for (Size size : {kSmall, kTablet}) {
            std::string at = std::to_string(size.w) + "x" + std::to_string(size.h);
            auto states = statesAfter("vis-compact-" + at, size, {"event:*"});
            REQUIRE(states.back()["card"]["kind"] == "event");
            checkTimeline(states.front(), at + " home");
            checkTimeline(states.back(), at + " card open");
            checkTimeline(attractState("vis-compact-attract-" + at, size), at + " attract");
        }
    }

    TEST_CASE("with a card open, every track in the compact timeline's view is named") {
        // Lanes lose their name strips when a card is open; a legend (or, where it is too
        // narrow, the card's own line) must name each track the visitor sees, so that the
        // markers' colour and shape are never the only key.
        std::ifstream ev(std::string(KIOSK_SOURCE_DIR) + "/content/events.json");
        std::ifstream tr(std::string(KIOSK_SOURCE_DIR) + "/content/tracks.json");
        json events = json::parse(ev)["events"], tracks = json::parse(tr)["tracks"];
        auto trackName = [&](const std::string& eventId) {
            for (const auto& e : events)
                if (e["id"] == eventId)
                    for (const auto& t : tracks)
                        if (t["id"] == e["track"]) return t["name"]["en"].get<std::string>();
            return std::string();
        };
        for (Size size : {kTablet, kAll[2]}) {
            std::string at = std::to_string(size.w) + "x" + std::to_string(size.h);
            auto st = statesAfter("vis-legend-" + at, size, {"event:*"}).back();
            REQUIRE(st["card"]["kind"] == "event");
            std::set<std::string> drawn;
            for (const auto& t : st["texts"]) drawn.insert(t["text"].get<std::string>());
            int named = 0;
            for (const auto& t : st["targets"]) {
                std::string id = t["id"];
                if (!startsWith(id, "event:") || !insideRect(t["rect"], st["timeline"]["rect"]))
                    continue;
                std::string name = trackName(id.substr(6));
                INFO(at << ": " << id << " of track '" << name << "'");
                CHECK(drawn.count(name) == 1);
                ++named;
            }
            CHECK(named >= 1);
            CHECK(drawn.count(trackName(st["selected"]["event"])) == 1);
        }
    }

    TEST_CASE("zoomed into a crowded span, era names and labels never print over each other") {
        const Size kDeskSize{1920, 1080, "21.5in"};
        auto home = statesAfter("vis-era-home", kDeskSize, {}).back();
        // Pinch the timeline open about mid-February 2021, where two eras overlap (the
        // elections decreed in January, President Biden's first months from 20 January).
        const json& r = home["timeline"]["rect"];
        double d0 = home["timeline"]["start_day"], d1 = home["timeline"]["end_day"];
        double feb15 = 18673;  // 2021-02-15
        float x = num(r[0]) + float((feb15 - d0) / (d1 - d0)) * num(r[2]);
        float y = num(r[1]) + num(r[3]) * 0.5f;
        // Drag that day towards the middle of the timeline, see where it landed, and pinch it
        // open there.
        float cx = num(r[0]) + num(r[2]) / 2;
        Script dragged(kDeskSize.w, kDeskSize.h);
        dragged.drag(300, 1, x, y, cx, y, 400).state(1400);
        RunOptions od;
        od.width = kDeskSize.w;
        od.height = kDeskSize.h;
        od.extraArgs = {"--panel", kDeskSize.panel};
        auto mid = runKiosk("vis-era-drag", dragged, od).dumps.at(0)["timeline"];
        double m0 = mid["start_day"], m1 = mid["end_day"];
        cx = num(r[0]) + float((feb15 - m0) / (m1 - m0)) * num(r[2]);
        REQUIRE(cx - 130 > num(r[0]));
        REQUIRE(cx + 130 < num(r[0]) + num(r[2]));
        Script s(kDeskSize.w, kDeskSize.h);
        s.drag(300, 1, x, y, num(r[0]) + num(r[2]) / 2, y, 400);
        s.down(1500, 1, cx - 15, y).down(1520, 2, cx + 15, y);
        for (int i = 1; i <= 12; ++i) {
            float d = 15 + 8.f * float(i);
            s.move(1520 + 40 * i, 1, cx - d, y).move(1521 + 40 * i, 2, cx + d, y);
        }
        s.up(2100, 1, cx - 111, y).up(2101, 2, cx + 111, y).state(3500);
        RunOptions o;
        o.width = kDeskSize.w;
        o.height = kDeskSize.h;
        o.extraArgs = {"--panel", kDeskSize.panel};
        auto run = runKiosk("vis-era-zoom", s, o);
        REQUIRE(run.exitCode == 0);
        json zoomed = run.dumps.at(0);
        INFO("zoomed to days " << zoomed["timeline"]["start_day"] << ".."
                               << zoomed["timeline"]["end_day"]);
        CHECK(zoomed["timeline"]["end_day"].get<double>() -
                  zoomed["timeline"]["start_day"].get<double>() <
              home["timeline"]["end_day"].get<double>() -
                  home["timeline"]["start_day"].get<double>());
        const json& area = zoomed["timeline"]["rect"];
        std::vector<json> texts;
        for (const auto& t : zoomed["texts"])
            if (!t["marker"].get<bool>() && insideRect(t["rect"], area, 2)) texts.push_back(t);
        CHECK(texts.size() >= 3);
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t j = i + 1; j < texts.size(); ++j) {
                INFO(texts[i]["text"] << " / " << texts[j]["text"]);
                CHECK_FALSE(overlaps(texts[i]["rect"], texts[j]["rect"]));
            }
    }

    TEST_CASE("every button's label fits it, whole, in every language at 800x480") {
        for (const char* code : {"en", "ru", "ar"}) {
            std::vector<std::string> taps;
            if (std::string(code) != "en") taps.push_back(std::string("language:") + code);
            taps.push_back("event:*");
            taps.push_back("scroll");
            taps.push_back("chip:actor:*");  // an actor card: "Show only these ..."
            taps.push_back("scroll");
            auto states = statesAfter(std::string("vis-buttons-") + code, kSmall, taps);
            for (const auto& st : states) {
                for (const auto& t : st["targets"]) {
                    if (startsWith(t["id"], "event:") || startsWith(t["id"], "cluster:") ||
                        startsWith(t["id"], "place:") || startsWith(t["id"], "row:"))
                        continue;  // markers and rows, not labelled buttons
                    for (const auto& x : st["texts"]) {
                        float cx = num(x["rect"][0]) + num(x["rect"][2]) / 2;
                        float cy = num(x["rect"][1]) + num(x["rect"][3]) / 2;
                        const json& r = t["rect"];
                        if (cx < num(r[0]) || cx > num(r[0]) + num(r[2]) || cy < num(r[1]) ||
                            cy > num(r[1]) + num(r[3]))
                            continue;
                        INFO(code << " " << t["id"] << ": '" << x["text"] << "'");
                        CHECK_FALSE(x["truncated"].get<bool>());
                        CHECK(insideRect(x["rect"], r));
                    }
                }
            }
        }
    }

    TEST_CASE("capitals are at least 2.5 mm for labels and 3 mm for body text on every panel") {
        for (Size size : kAll) {
            auto states = statesAfter("vis-caps-" + std::to_string(size.w), size, {"event:*"});
            for (const auto& st : states)
                for (const auto& t : st["texts"]) {
                    INFO(size.w << "x" << size.h << " '" << t["text"] << "'");
                    REQUIRE(t.contains("cap_mm"));
                    CHECK(num(t["cap_mm"]) >= 2.5f);
                    // Paragraphs (the card's story) are body text.
                    if (t["text"].get<std::string>().size() > 120) CHECK(num(t["cap_mm"]) >= 3.0f);
                }
        }
        // The closed screen's hours list, on the 7" panel.
        Script s(kSmall.w, kSmall.h);
        s.state(1000);
        RunOptions o;
        o.width = kSmall.w;
        o.height = kSmall.h;
        o.clock = "2026-12-01T08:00:00";
        o.extraArgs = {"--panel", kSmall.panel};
        auto run = runKiosk("vis-caps-closed", s, o);
        const json& st = run.dumps.at(0);
        REQUIRE(st["mode"] == "closed");
        for (const auto& t : st["texts"]) {
            INFO("closed: '" << t["text"] << "'");
            CHECK(num(t["cap_mm"]) >= 2.5f);
        }
    }

    TEST_CASE("the closed screen names the exhibit and writes hours with an en dash") {
        Script s(1280, 800);
        s.state(1000);
        RunOptions o;
        o.width = 1280;
        o.height = 800;
        o.clock = "2026-12-01T08:00:00";
        auto run = runKiosk("vis-closed", s, o);
        const json& st = run.dumps.at(0);
        REQUIRE(st["mode"] == "closed");
        bool named = false, dash = false, hyphen = false;
        for (const auto& t : st["texts"]) {
            std::string text = t["text"];
            named = named || text == "Mediation Map";
            dash = dash || text.find("10:00\u201318:00") != std::string::npos;
            hyphen = hyphen || text.find("10:00-18:00") != std::string::npos;
        }
        CHECK(named);
        CHECK(dash);
        CHECK_FALSE(hyphen);
    }

    TEST_CASE("the fallback screen shows visitors no command and no staff detail") {
        Script s(800, 480);
        s.state(500);
        RunOptions o;
        o.width = 800;
        o.height = 480;
        o.extraArgs = {"--fallback"};
        auto run = runKiosk("vis-fallback", s, o);
        const json& st = run.dumps.at(0);
        CHECK(st["texts"].size() >= 2);
        for (const auto& t : st["texts"]) {
            std::string text = t["text"];
            INFO(text);
            CHECK(text.find("journalctl") == std::string::npos);
            CHECK(text.find("Staff") == std::string::npos);
        }
    }

    TEST_CASE("attract's caption and prompt leave most of a 7-inch map in view") {
        json st = attractState("vis-attract-small", kSmall);
        const json* caption = nullptr;
        const json* prompt = nullptr;
        for (const auto& l : st["labels"]) {
            if (l["text"] == "attract:caption") caption = &l["rect"];
            if (l["text"] == "attract:prompt") prompt = &l["rect"];
        }
        REQUIRE(caption);
        REQUIRE(prompt);
        const json& map = st["map"]["rect"];
        float covered =
            num((*caption)[2]) * num((*caption)[3]) + num((*prompt)[2]) * num((*prompt)[3]);
        float share = covered / (num(map[2]) * num(map[3]));
        INFO("caption and prompt cover " << share * 100 << "% of the map");
        CHECK(share < 0.45f);
        CHECK_FALSE(overlaps(*caption, *prompt));
    }

    TEST_CASE("home reads Home; a place card has its locator; a long card shows a scroll cue") {
        auto states = statesAfter("vis-minor", kSmall, {"event:*", "scroll", "chip:place:*"});
        bool home = false;
        for (const auto& t : states.front()["texts"]) home = home || t["text"] == "Home";
        CHECK(home);
        bool cue = false;
        for (const auto& l : states[1]["labels"]) cue = cue || l["text"] == "scroll-cue";
        CHECK(states[1]["card"]["max_scroll"].get<float>() > 0);
        CHECK(cue);
        REQUIRE(states.back()["card"]["kind"] == "place");
        bool locator = false, stories = false;
        for (const auto& t : states.back()["texts"]) {
            std::string text = t["text"];
            locator = locator || text.find("\u00b0 N") != std::string::npos;
            stories = stories || startsWith(text, "Stories here:");
        }
        CHECK(locator);
        CHECK(stories);
    }

    TEST_CASE("the timeline's home window fits the story: events reach both ends") {
        auto home = statesAfter("vis-home-window", {1920, 1080, "21.5in"}, {}).back();
        const json& area = home["timeline"]["rect"];
        float lo = 1e9f, hi = -1e9f;
        for (const auto& t : home["targets"])
            if (startsWith(t["id"], "event:") || startsWith(t["id"], "cluster:")) {
                lo = std::min(lo, centerX(t));
                hi = std::max(hi, centerX(t));
            }
        float w = num(area[2]);
        INFO("first marker at " << (lo - num(area[0])) / w << ", last at "
                                << (hi - num(area[0])) / w);
        CHECK(lo - num(area[0]) < w * 0.08f);
        CHECK(num(area[0]) + w - hi < w * 0.08f);
    }
}
