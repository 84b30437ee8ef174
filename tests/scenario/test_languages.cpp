// Three languages: the language buttons, Arabic laid out right to left, the idle reset back
// to the default language, the attract prompt in every language, and text that fits at every
// screen size in every language (issue 13).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "harness.h"

using namespace scenario_test;

namespace {

struct Size {
    int w, h;
};

json stateAt(const std::string& name, Size size, const std::vector<std::string>& taps,
             std::vector<json>* all = nullptr);

// The first target whose id starts with prefix, or null.
const json* firstTarget(const json& state, const std::string& prefix) {
    auto ids = targetIds(state, prefix);
    return ids.empty() ? nullptr : findTarget(state, ids.front());
}

// Taps the targets in order, each found in the state after the taps before it (a layout
// mirrors when the language changes). Returns the state after the last tap.
json stateAt(const std::string& name, Size size, const std::vector<std::string>& taps,
             std::vector<json>* all) {
    std::vector<std::pair<float, float>> points;
    json state;
    for (std::size_t round = 0; round <= taps.size(); ++round) {
        Script s(size.w, size.h);
        long t = 300;
        for (auto [x, y] : points) {
            s.tap(t, 1, x, y);
            t += 2500;
        }
        s.state(t + 1500);
        RunOptions o;
        o.width = size.w;
        o.height = size.h;
        auto run = runKiosk(name + "-" + std::to_string(round), s, o);
        REQUIRE(run.exitCode == 0);
        state = run.dumps.at(0);
        if (all) all->push_back(state);
        if (round == taps.size()) break;
        const json* target = taps[round].back() == '*'
                                 ? firstTarget(state, taps[round].substr(0, taps[round].size() - 1))
                                 : findTarget(state, taps[round]);
        REQUIRE_MESSAGE(target, "no target " << taps[round] << " at " << size.w << "x" << size.h);
        points.push_back({centerX(*target), centerY(*target)});
    }
    return state;
}

float right(const json& rect) {
    return rect[0].get<float>() + rect[2].get<float>();
}

bool inside(const json& r, const json& c, float slack = 1) {
    return r[0].get<float>() >= c[0].get<float>() - slack &&
           r[1].get<float>() >= c[1].get<float>() - slack && right(r) <= right(c) + slack &&
           r[1].get<float>() + r[3].get<float>() <= c[1].get<float>() + c[3].get<float>() + slack;
}

// The visible part of a text: its rectangle cut to its clip.
std::array<float, 4> visible(const json& t) {
    const json &r = t["rect"], &c = t["clip"];
    float x0 = std::max(r[0].get<float>(), c[0].get<float>());
    float y0 = std::max(r[1].get<float>(), c[1].get<float>());
    float x1 = std::min(right(r), right(c));
    float y1 =
        std::min(r[1].get<float>() + r[3].get<float>(), c[1].get<float>() + c[3].get<float>());
    return {x0, y0, x1, y1};
}

// Every drawn text fits where it is drawn, and no two overlap. Scrolling card content is cut
// at the card's edges on purpose; markers' counts overlapping each other is the map's
// clustering (issue 14), not text layout.
void checkFits(const json& state, const std::string& where) {
    const json& texts = state["texts"];
    json screen = json::array({0, 0, state["size"][0], state["size"][1]});
    for (const auto& t : texts) {
        if (t["scrolls"]) continue;
        INFO(where << ": \"" << t["text"].get<std::string>() << "\" at " << t["rect"].dump());
        CHECK(inside(t["rect"], t["clip"]));
        CHECK(inside(t["rect"], screen));
    }
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            if (texts[i]["marker"] && texts[j]["marker"]) continue;
            auto a = visible(texts[i]), b = visible(texts[j]);
            float ox = std::min(a[2], b[2]) - std::max(a[0], b[0]);
            float oy = std::min(a[3], b[3]) - std::max(a[1], b[1]);
            INFO(where << ": \"" << texts[i]["text"].get<std::string>() << "\" and \""
                       << texts[j]["text"].get<std::string>() << "\"");
            CHECK_FALSE((ox > 1 && oy > 1));
        }
}

std::map<std::string, std::string> eventStarts() {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/events.json");
    std::map<std::string, std::string> starts;
    json events = json::parse(in)["events"];  // a copy: the parsed document is a temporary
    for (const auto& e : events) {
        std::string start = e["when"]["start"];
        if (!start.empty() && start[0] == '~') start = start.substr(1);
        starts["event:" + e["id"].get<std::string>()] = start;
    }
    return starts;
}

constexpr Size kDesk{1920, 1080};

}  // namespace

TEST_SUITE("languages") {
    TEST_CASE("one button per language, each named in its own script, switches every text") {
        json home = stateAt("lang-home", kDesk, {});
        std::map<std::string, std::string> names;
        for (const auto& t : home["texts"]) names[t["text"]] = t["language"];
        CHECK(names["English"] == "en");
        CHECK(names["Русский"] == "ru");
        CHECK(names["العربية"] == "ar");
        for (const char* code : {"en", "ru", "ar"})
            CHECK(findTarget(home, std::string("language:") + code));
        for (const char* code : {"ru", "ar"}) {
            json st = stateAt(std::string("lang-switch-") + code, kDesk,
                              {std::string("language:") + code});
            CHECK(st["language"] == code);
            CHECK(st["direction"] == (std::string(code) == "ar" ? "rtl" : "ltr"));
            int own = 0;
            for (const auto& t : st["texts"]) {
                std::string text = t["text"], language = t["language"];
                if (text == "English" || text == "Русский" || text == "العربية") continue;
                INFO(code << ": \"" << text << "\" is in " << language);
                CHECK(language == code);
                if (std::string(code) == "ar" && language == "ar") {
                    // Shaped right to left unless it is only digits or Latin.
                    bool hasArabic = text.find("\xd8") != std::string::npos ||
                                     text.find("\xd9") != std::string::npos;
                    if (hasArabic) CHECK(t["rtl"] == true);
                }
                ++own;
            }
            CHECK(own > 20);
        }
    }

    TEST_CASE("an Arabic card is mirrored: on the left, its text right-aligned") {
        json st = stateAt("lang-ar-card", kDesk, {"language:ar", "event:*"});
        REQUIRE(st["card"]["kind"] == "event");
        const json& card = st["card"]["rect"];
        CHECK(right(card) <= st["map"]["rect"][0].get<float>() + 1);  // the map is to its right
        int rightAligned = 0;
        float cardW = card[2].get<float>();
        for (const auto& t : st["texts"]) {
            // The card's paragraphs and title: wide texts in its scrolling area.
            if (t["language"] != "ar" || !inside(t["rect"], card) || t["scrolls"] == false ||
                t["rect"][2].get<float>() < cardW * 0.5f)
                continue;
            // Each line ends at the card's inner right edge (its padding is 2.5 units).
            float gap = right(card) - right(t["rect"]);
            CHECK(gap >= 0);
            CHECK(gap < st["layout"]["body_px"].get<float>() * 1.6f);  // about 4 units
            ++rightAligned;
        }
        CHECK(rightAligned >= 3);
        // Earlier time is on the right: so is the Earlier button (a disabled one is no target).
        const json* later = findTarget(st, "button:next");
        const json* earlier = findTarget(st, "button:previous");
        REQUIRE((later || earlier));
        const json* close = findTarget(st, "button:close");
        REQUIRE(close);
        CHECK(centerX(*close) < card[0].get<float>() + card[2].get<float>() / 2);  // Close: left
        if (earlier && later) CHECK(centerX(*earlier) > centerX(*later));
    }

    TEST_CASE("time runs right to left in Arabic, and a drag still follows the finger") {
        auto starts = eventStarts();
        for (const char* code : {"en", "ar"}) {
            std::vector<std::string> taps;
            if (std::string(code) == "ar") taps.push_back("language:ar");
            json st = stateAt(std::string("lang-time-") + code, kDesk, taps);
            std::vector<std::pair<std::string, float>> byDate;
            for (const auto& id : targetIds(st, "event:")) {
                REQUIRE_MESSAGE(starts.count(id), id);
                byDate.push_back({starts[id], centerX(*findTarget(st, id))});
            }
            std::sort(byDate.begin(), byDate.end());
            REQUIRE(byDate.size() >= 3);
            int agree = 0;
            for (std::size_t i = 1; i < byDate.size(); ++i)
                if (byDate[i].first > byDate[i - 1].first)
                    agree +=
                        (std::string(code) == "ar") == (byDate[i].second < byDate[i - 1].second);
            CHECK(agree >= int(byDate.size()) - 2);  // same-day neighbours may tie

            // Drag the timeline 300 px to the right: English shows earlier days, Arabic later.
            const json& tl = st["timeline"]["rect"];
            float y = tl[1].get<float>() + tl[3].get<float>() * 0.5f;
            float x0 = tl[0].get<float>() + tl[2].get<float>() * 0.3f;
            Script s(kDesk.w, kDesk.h);
            long t = 300;
            if (std::string(code) == "ar") {
                json home = stateAt("lang-time-en-home", kDesk, {});
                const json* button = findTarget(home, "language:ar");
                REQUIRE(button);
                s.tap(t, 1, centerX(*button), centerY(*button));
                t += 2500;
            }
            s.state(t).drag(t + 100, 2, x0, y, x0 + 300, y, 400).state(t + 3000);
            auto run = runKiosk(std::string("lang-drag-") + code, s);
            double before = run.dumps.at(0)["timeline"]["start_day"];
            double after = run.dumps.at(1)["timeline"]["start_day"];
            INFO(code);
            if (std::string(code) == "ar")
                CHECK(after > before);
            else
                CHECK(after < before);
        }
    }

    TEST_CASE("the idle reset returns to the default language, left to right") {
        json home = stateAt("lang-idle-home", kDesk, {});
        const json* button = findTarget(home, "language:ar");
        REQUIRE(button);
        Script s(kDesk.w, kDesk.h);
        s.tap(300, 1, centerX(*button), centerY(*button)).state(2000).state(idleTimeoutMs() + 4000);
        auto run = runKiosk("lang-idle", s);
        CHECK(run.dumps.at(0)["language"] == "ar");
        CHECK(run.dumps.at(1)["language"] == "en");
        CHECK(run.dumps.at(1)["direction"] == "ltr");
    }

    TEST_CASE("attract shows its prompt in all three languages") {
        Script s(kDesk.w, kDesk.h);
        s.state(idleTimeoutMs() + 2000);
        auto run = runKiosk("lang-attract", s);
        const json& st = run.dumps.at(0);
        REQUIRE(st["mode"] == "attract");
        std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/exhibit.json");
        json prompts = json::parse(in)["attract_prompt"];
        for (const char* code : {"en", "ru", "ar"}) {
            bool shown = false;
            for (const auto& t : st["texts"])
                shown = shown || (t["text"] == prompts[code] && t["language"] == code);
            INFO(code);
            CHECK(shown);
        }
    }

    TEST_CASE("the usage log holds the language each card was read in") {
        json home = stateAt("lang-usage-home", kDesk, {});
        json arabic = stateAt("lang-usage-ar", kDesk, {"language:ar"});
        const json* button = findTarget(home, "language:ar");
        const json* event = firstTarget(arabic, "event:");
        REQUIRE(button);
        REQUIRE(event);
        auto data = std::filesystem::path(SCENARIO_OUTPUT_DIR) / "lang-usage-data";
        std::filesystem::remove_all(data);
        Script s(kDesk.w, kDesk.h);
        s.tap(300, 1, centerX(*button), centerY(*button))
            .tap(2800, 1, centerX(*event), centerY(*event))
            .state(5000);
        RunOptions o;
        o.extraArgs = {"--data-dir", data.string()};
        auto run = runKiosk("lang-usage", s, o);
        REQUIRE(run.dumps.at(0)["card"]["kind"] == "event");
        std::ifstream log(data / "usage" / "usage.jsonl");
        REQUIRE(log);
        std::string language, line;
        bool cardInArabic = false;
        while (std::getline(log, line)) {
            json record = json::parse(line);
            if (record["type"] == "language") language = record["code"];
            if (record["type"] == "card_open") cardInArabic = language == "ar";
        }
        CHECK(cardInArabic);
    }

    TEST_CASE("a language the fonts cannot draw gets no button, never a screen of boxes") {
        namespace fs = std::filesystem;
        fs::path dir = fs::path(SCENARIO_OUTPUT_DIR) / "lang-hebrew-content";
        fs::remove_all(dir);
        fs::copy(fs::path(KIOSK_SOURCE_DIR) / "content", dir, fs::copy_options::recursive);
        std::ifstream in(dir / "exhibit.json");
        json exhibit = json::parse(in);
        in.close();
        exhibit["languages"].push_back({{"code", "he"}, {"name", "עברית"}, {"rtl", true}});
        exhibit["title"]["he"] = "מפת התיווך";
        std::ofstream(dir / "exhibit.json") << exhibit.dump(2);
        Script s(kDesk.w, kDesk.h);
        s.state(500);
        RunOptions o;
        o.content = dir.string();
        auto run = runKiosk("lang-hebrew", s, o);
        const json& st = run.dumps.at(0);
        CHECK(st["mode"] != "error");
        CHECK(findTarget(st, "language:ar"));
        CHECK_FALSE(findTarget(st, "language:he"));
        CHECK(run.log.find("\"he\" are missing; its language button is hidden") !=
              std::string::npos);
    }

    TEST_CASE("text fits in every language at every screen size: home and an open card") {
        const Size sizes[] = {{800, 480}, {1280, 800}, {1920, 1080}, {1080, 1920}, {3840, 2160}};
        for (Size size : sizes)
            for (const char* code : {"en", "ru", "ar"}) {
                std::string where =
                    std::to_string(size.w) + "x" + std::to_string(size.h) + " " + code;
                std::vector<std::string> taps;
                if (std::string(code) != "en") taps.push_back(std::string("language:") + code);
                taps.push_back("event:*");
                std::vector<json> states;
                stateAt("lang-fit-" + std::to_string(size.w) + "-" + code, size, taps, &states);
                // The home screen in that language, then its first event's card.
                checkFits(states.at(taps.size() - 1), where + " home");
                checkFits(states.back(), where + " card");
                CHECK(states.back()["card"]["kind"] == "event");
            }
    }
}
