// Soak test: one run of the real exhibit over 7 simulated days (a closed Monday and six open
// days) with random visitor sessions, checked for steadiness from day to day: the schedule
// transitions, the attract loop, frames, memory and the usage log. See tests/soak/README.md.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/support/temp_files.h"

#include "week_script.h"

namespace {

using namespace soak;

struct Rect {
    double x, y, w, h;  // fractions of the window
};
Rect rectOf(const json& r) {
    return {r[0].get<double>() / kWidth, r[1].get<double>() / kHeight, r[2].get<double>() / kWidth,
            r[3].get<double>() / kHeight};
}

struct Layout {
    Rect map{}, timeline{};
    std::vector<std::pair<double, double>> targets;  // centres of markers and events at home
};

int runCommand(const std::string& cmd) {
    int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string kioskCommand(const fs::path& dir, const std::string& clock, const std::string& extra) {
    // LP_NUM_THREADS=0: llvmpipe's threaded rasterizer keeps about a framebuffer's worth of
    // memory per presented frame (up to some GB), which would hide the exhibit's own figures.
    return "cd " + quote(dir.string()) + " && LP_NUM_THREADS=0 " + quote(KIOSK_BINARY) +
           " --headless --size " + std::to_string(kWidth) + "x" + std::to_string(kHeight) +
           " --replay script.jsonl --state final.json --clock " + quote(clock) + " --sim-fps " +
           std::to_string(kSimFps) + " " + extra + " 2> stderr.txt";
}

// A short first run at home in explore: where the map, the timeline and their targets are.
Layout probeLayout(const fs::path& dir, const std::string& openClock) {
    fs::create_directories(dir);
    WeekScript s;
    s.tap(1000, 1, 0.02, 0.98);  // wakes attract
    s.state(4000, "home");
    std::ofstream(dir / "script.jsonl") << s.text();
    REQUIRE(runCommand(kioskCommand(dir, openClock, "")) == 0);
    json home = readJson(dir / "home.json");
    REQUIRE(home.is_object());
    REQUIRE(home["mode"] == "explore");
    Layout l;
    l.map = rectOf(home["map"]["rect"]);
    l.timeline = rectOf(home["timeline"]["rect"]);
    for (const auto& t : home["targets"]) {
        std::string id = t["id"];
        if (id.rfind("place:", 0) == 0 || id.rfind("event:", 0) == 0 ||
            id.rfind("cluster:", 0) == 0 || id.rfind("mapcluster:", 0) == 0) {
            Rect r = rectOf(t["rect"]);
            l.targets.push_back({r.x + r.w / 2, r.y + r.h / 2});
        }
    }
    REQUIRE(l.targets.size() >= 3);
    return l;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty()) return 0;
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct DayFigures {
    std::string date, weekday;
    bool open = false;
    std::string modes;  // at open-1, open+1, close-1, close+1 minutes
    int scriptVisits = 0, logVisits = 0, reportVisits = 0, cardsOpened = 0, stops = 0;
    long long framesDay = 0, framesOpen = 0, framesClosedUncaptured = 0;
    long long rssKb = 0, rssEndKb = 0, maxRssKb = 0;  // rssKb: the most of the day's dumps
    double cpuS = 0;
    int displaySwitches = 0;
};

}  // namespace

TEST_CASE("soak.week: seven simulated days stay steady from day to day") {
    json exhibit = bundled("exhibit.json");
    REQUIRE(exhibit.is_object());
    const json& schedule = exhibit["schedule"];
    const Millis idleMs = exhibit["idle_timeout_s"].get<Millis>() * 1000;
    const bool hoursScreen = schedule.value("closed_screen", "hours") == "hours";

    // The week and its opening hours, read from the bundled content.
    const long startDays = daysFromCivil(kStartYear, kStartMonth, kStartDay);
    REQUIRE((startDays + 3) % 7 == 0);  // 1970-01-01 was a Thursday: the start is a Monday
    std::vector<Hours> hours(kDays);
    std::vector<std::string> dates(kDays);
    for (int d = 0; d < kDays; ++d) {
        dates[d] = civilFromDays(startDays + d);
        const json& intervals = schedule["weekly"][kWeekdays[d]];
        REQUIRE(intervals.size() <= 1);  // the script below assumes one interval a day
        if (intervals.size() == 1) {
            std::string iv = intervals[0];
            hours[d] = {true, parseHhMm(iv.substr(0, 5)), parseHhMm(iv.substr(6))};
        }
        for (const auto& e : schedule.value("exceptions", json::array())) {
            std::string md = dates[d].substr(5);
            bool hit = e.contains("date")
                           ? e["date"] == md
                           : e["from"].get<std::string>() <= md && md <= e["to"].get<std::string>();
            REQUIRE_MESSAGE(!hit, "the soak week must avoid exceptions: " << dates[d]);
        }
    }
    REQUIRE_FALSE(hours[0].open);  // a closed Monday
    int openDays = int(std::count_if(hours.begin(), hours.end(), [](auto& h) { return h.open; }));
    REQUIRE(openDays >= 3);

    const fs::path out = fs::path(SOAK_OUTPUT_DIR) / "week";
    fs::remove_all(out);
    fs::create_directories(out);
    int firstOpen = 0;
    while (!hours[firstOpen].open) ++firstOpen;
    char probeClock[32];
    std::snprintf(probeClock, sizeof probeClock, "%sT%02lld:%02lld:00", dates[firstOpen].c_str(),
                  (hours[firstOpen].from + kHour) / kHour, Millis(0));
    Layout layout = probeLayout(out / "probe", probeClock);

    // The script: fixed dumps every day, random visits in opening hours, touches while closed.
    std::mt19937 rng(kSeed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<>(a, b)(rng); };
    auto pick = [&](int a, int b) { return std::uniform_int_distribution<>(a, b)(rng); };
    auto inRect = [&](const Rect& r) {
        return std::pair<double, double>{r.x + uniform(0.05, 0.95) * r.w,
                                         r.y + uniform(0.05, 0.95) * r.h};
    };
    WeekScript s;
    std::vector<int> scriptVisits(kDays, 0);
    std::vector<std::pair<Millis, Millis>> visitSpans;  // first touch, visit end
    s.state(0, "start");
    for (int d = 0; d < kDays; ++d) {
        Millis day = d * kDay;
        Millis open = hours[d].open ? hours[d].from : 10 * kHour;
        Millis close = hours[d].open ? hours[d].to : 18 * kHour;
        s.state(day + open - kMinute, "d" + std::to_string(d) + "-open-1");
        s.state(day + open + kMinute, "d" + std::to_string(d) + "-open+1");
        s.state(day + close - kMinute, "d" + std::to_string(d) + "-close-1");
        s.state(day + close + kMinute, "d" + std::to_string(d) + "-close+1");
        s.state(day + 24 * kHour - kMinute, "d" + std::to_string(d) + "-end");
        // Touches while closed: at night, and at midday on a closed day. They must do nothing.
        std::vector<Millis> closedTouches = {day + 3 * kHour,
                                             day + close + 2 * kHour + 30 * kMinute};
        if (!hours[d].open) closedTouches.push_back(day + 12 * kHour);
        for (Millis t : closedTouches) {
            auto [x, y] = inRect(layout.map);
            s.tap(t, 1, x, y);
            auto [x2, y2] = inRect(layout.timeline);
            s.drag(t + 2000, 1, x2, y2, x2 - 0.1, y2, 600);
            s.state(t + 5000,
                    "d" + std::to_string(d) + "-closed-touch-" + std::to_string((t - day) / kHour));
        }
        if (!hours[d].open) continue;
        // Visits: one in each of n equal slots, from 3 minutes after opening to 15 before
        // closing, so that visits are further apart than the idle timeout and never straddle
        // the fixed dumps.
        int n = pick(6, 12);
        Millis from = day + open + 3 * kMinute, to = day + close - 15 * kMinute;
        Millis slot = (to - from) / n;
        REQUIRE(slot > 120 * 1000 + idleMs + 60 * 1000);
        for (int v = 0; v < n; ++v) {
            Millis start = from + v * slot +
                           Millis(uniform(0, double(slot - 120 * 1000 - idleMs - 60 * 1000)));
            Millis length = Millis(uniform(10, 120) * 1000);
            auto [wx, wy] = inRect(pick(0, 1) ? layout.map : layout.timeline);
            s.tap(start, 1, wx, wy);  // wakes the exhibit from attract, taps nothing
            Millis t = start + Millis(uniform(1.5, 4) * 1000), last = start + 80;
            while (t < start + length) {
                int kind = pick(0, 99);
                if (kind < 30) {
                    auto [x, y] = layout.targets[pick(0, int(layout.targets.size()) - 1)];
                    s.tap(t, 1, x, y);
                    last = t + 80;
                } else if (kind < 55) {
                    auto [x, y] = inRect(pick(0, 2) ? layout.map : layout.timeline);
                    s.tap(t, 1, x, y);
                    last = t + 80;
                } else if (kind < 85) {
                    const Rect& r = pick(0, 1) ? layout.map : layout.timeline;
                    auto [x0, y0] = inRect(r);
                    auto [x1, y1] = inRect(r);
                    Millis ms = Millis(uniform(150, 900));
                    s.drag(t, 1, x0, y0, x1, y1, ms);
                    last = t + ms + 1;
                } else {
                    auto [cx, cy] = inRect(layout.map);
                    double r0 = uniform(0.02, 0.08), r1 = uniform(0.02, 0.12);
                    Millis ms = Millis(uniform(300, 800));
                    s.pinch(t, cx, cy, r0, r1, ms);
                    last = t + ms + 30;
                }
                t = last + Millis(uniform(1, 12) * 1000);
            }
            ++scriptVisits[d];
            visitSpans.push_back({start, last + idleMs});
        }
    }
    // Screenshots to look at: mid-morning on the third day, and a closed night.
    s.screenshot(2 * kDay + 11 * kHour + 30 * kMinute, "day3-1130.png");
    s.screenshot(3 * kDay + 22 * kHour, "day4-2200-closed.png");
    std::ofstream(out / "script.jsonl") << s.text();

    // One run over the whole week, with its usage log in a fresh folder.
    test_support::TempDataDir data;
    char clock[32];
    std::snprintf(clock, sizeof clock, "%sT00:00:00", dates[0].c_str());
    auto began = std::chrono::steady_clock::now();
    int exitCode =
        runCommand(kioskCommand(out, clock,
                                "--data-dir " + quote(data.path().string()) +
                                    " --max-sim-seconds " + std::to_string(kDays * 86400 + 60)));
    double wallS = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    fs::copy(data.path() / "usage", out / "usage", fs::copy_options::recursive);
    CHECK_MESSAGE(exitCode == 0, "see " << (out / "stderr.txt").string());
    REQUIRE(exitCode == 0);

    auto dump = [&](const std::string& name) {
        json j = readJson(out / (name + ".json"));
        REQUIRE_MESSAGE(j.is_object(), "missing dump " << name);
        return j;
    };
    const json start = dump("start");
    const Millis startUtc = parseUtc(start["clock"]);
    REQUIRE(startUtc > 0);

    // Every dump: never in error, the clock where the script put it, the display hook sane.
    std::vector<std::pair<Millis, json>> dumps;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".json" || entry.path().filename() == "final.json")
            continue;
        json j = readJson(entry.path());
        REQUIRE(j.is_object());
        dumps.push_back({parseUtc(j["clock"]) - startUtc, j});
    }
    std::sort(dumps.begin(), dumps.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    REQUIRE(int(dumps.size()) == int(s.captures.size()) - 2);  // all but the screenshots
    for (const auto& [t, j] : dumps) {
        INFO("dump at " << j["clock"]);
        CHECK(j["mode"] != "error");
        CHECK(std::find(s.captures.begin(), s.captures.end(), t) != s.captures.end());
        CHECK(j["usage"]["dropped"] == 0);
        CHECK(j["usage"]["error"] == "");
        const json& disp = j["display"];
        CHECK(disp["power_calls"].size() == disp["switches"].get<size_t>());
        bool openNow = j["schedule"]["open"].get<bool>();
        CHECK(disp["on"] == (openNow || hoursScreen));
        for (size_t i = 0; i < disp["power_calls"].size(); ++i)
            CHECK(disp["power_calls"][i] == (i % 2 == 1));  // off at closing, on at opening
    }

    // The usage log, by local day of the week (no daylight-saving change in this week: the
    // dumps' clocks above agree with the script's times).
    std::vector<json> records;
    for (const auto& entry : fs::directory_iterator(out / "usage")) {
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) records.push_back(json::parse(line));
    }
    std::vector<DayFigures> days(kDays);
    for (const auto& r : records) {
        Millis t = parseUtc(r["time"]) - startUtc;
        int d = int(t / kDay);
        REQUIRE(d >= 0);
        REQUIRE(d < kDays);
        Millis local = t - d * kDay;
        std::string type = r["type"];
        if (type == "visit_start" || type == "card_open") {
            INFO(r.dump());
            CHECK(hours[d].open);  // nothing is recorded from touches while closed
            CHECK(local >= hours[d].from);
            CHECK(local < hours[d].to);
        }
        if (type == "visit_start") ++days[d].logVisits;
        if (type == "card_open") ++days[d].cardsOpened;
        if (type == "tour_view") days[d].stops += r["stops_seen"].get<int>();
    }
    // Visits in the log began at the script's first touches.
    std::vector<Millis> logStarts;
    for (const auto& r : records)
        if (r["type"] == "visit_start") logStarts.push_back(parseUtc(r["time"]) - startUtc);
    std::sort(logStarts.begin(), logStarts.end());
    REQUIRE(logStarts.size() == visitSpans.size());
    for (size_t i = 0; i < logStarts.size(); ++i) CHECK(logStarts[i] == visitSpans[i].first);

    // kiosk-content usage-report counts the same visits per local day.
    std::string reportCmd = quote(KIOSK_CONTENT_TOOL) + " usage-report " +
                            quote(data.path().string()) + " --top 3 --time-zone " +
                            quote(schedule["time_zone"].get<std::string>()) + " > " +
                            quote((out / "report.csv").string());
    REQUIRE(runCommand(reportCmd) == 0);
    std::map<std::string, int> reported;
    {
        std::ifstream in(out / "report.csv");
        for (std::string line; std::getline(in, line);) {
            std::stringstream ls(line);
            std::string metric, key, value;
            std::getline(ls, metric, ',');
            std::getline(ls, key, ',');
            std::getline(ls, value, ',');
            if (metric == "visits") reported[key] = std::stoi(value);
        }
    }
    CHECK(reported["total"] == int(visitSpans.size()));

    // Per-day figures from the dumps.
    for (int d = 0; d < kDays; ++d) {
        auto& f = days[d];
        std::string p = "d" + std::to_string(d);
        f.date = dates[d];
        f.weekday = std::string(kWeekdays[d]).substr(0, 3);
        f.open = hours[d].open;
        f.scriptVisits = scriptVisits[d];
        f.reportVisits = reported.count(dates[d]) ? reported[dates[d]] : 0;
        json before = d == 0 ? start : dump("d" + std::to_string(d - 1) + "-end");
        json prevClose = d == 0 ? start : dump("d" + std::to_string(d - 1) + "-close+1");
        Millis prevCloseT =
            d == 0 ? 0
                   : (d - 1) * kDay + (hours[d - 1].open ? hours[d - 1].to : 18 * kHour) + kMinute;
        json o1 = dump(p + "-open-1"), o2 = dump(p + "-open+1"), c1 = dump(p + "-close-1"),
             c2 = dump(p + "-close+1"), end = dump(p + "-end");
        Millis o1T = d * kDay + (f.open ? hours[d].from : 10 * kHour) - kMinute;
        auto framesOf = [](const json& j) { return j["frames"]["rendered"].get<long long>(); };
        f.modes = o1["mode"].get<std::string>().substr(0, 1) +
                  o2["mode"].get<std::string>().substr(0, 1) +
                  c1["mode"].get<std::string>().substr(0, 1) +
                  c2["mode"].get<std::string>().substr(0, 1) +
                  end["mode"].get<std::string>().substr(0, 1);
        f.framesDay = framesOf(end) - framesOf(before);
        f.framesOpen = framesOf(c2) - framesOf(o1);
        f.framesClosedUncaptured =
            framesOf(o1) - framesOf(prevClose) - s.capturesIn(prevCloseT, o1T);
        // Resident memory swings by some MB within a day as the allocator trims (often at
        // closing), so a day's figure is the largest of its dumps, and 23:59 is shown too.
        for (const auto& [t, j] : dumps)
            if (t / kDay == d) f.rssKb = std::max(f.rssKb, j["process"]["rss_kb"].get<long long>());
        f.rssEndKb = end["process"]["rss_kb"];
        f.maxRssKb = end["process"]["max_rss_kb"];
        f.cpuS = end["process"]["cpu_s"].get<double>() - before["process"]["cpu_s"].get<double>();
        f.displaySwitches =
            end["display"]["switches"].get<int>() - before["display"]["switches"].get<int>();

        INFO("day " << d + 1 << " " << f.date);
        // Schedule: closed before opening and after closing, open in between; closed all day
        // on a closed day, also right after a touch.
        CHECK(o1["mode"] == "closed");
        CHECK(c2["mode"] == "closed");
        CHECK(end["mode"] == "closed");
        CHECK(o1["schedule"]["open"] == false);
        CHECK(c2["schedule"]["open"] == false);
        if (f.open) {
            CHECK(o2["schedule"]["open"] == true);
            CHECK(c1["schedule"]["open"] == true);
            // The exhibit wakes by itself into the tours, and is back in them before closing.
            CHECK(o2["mode"] == "attract");
            CHECK(c1["mode"] == "attract");
        } else {
            CHECK(o2["mode"] == "closed");
            CHECK(c1["mode"] == "closed");
            CHECK(f.stops == 0);
        }
        CHECK(f.displaySwitches == (f.open && !hoursScreen ? 2 : 0));
        for (const auto& [t, j] : dumps)
            if (t / kDay == d && j["schedule"]["open"] == false) {
                CHECK(j["mode"] == "closed");
                CHECK(j["selected"]["event"].is_null());
                CHECK(j["selected"]["place"].is_null());
            }
        // Visits: the log and the report agree with the script.
        CHECK(f.logVisits == f.scriptVisits);
        CHECK(f.reportVisits == f.scriptVisits);
        // Frames: none drawn while closed except for the captures (and at most one per touch
        // that the closed exhibit ignored).
        int closedInputs = s.inputsIn(prevCloseT, o1T);
        CHECK(f.framesClosedUncaptured >= 0);
        CHECK(f.framesClosedUncaptured <= closedInputs);
        if (!f.open)
            CHECK(framesOf(c2) - framesOf(o1) - s.capturesIn(o1T, o1T + 8 * kHour + 2 * kMinute) <=
                  s.inputsIn(o1T, o1T + 8 * kHour + 2 * kMinute));
    }

    // Day-to-day steadiness over the open days.
    std::vector<double> stops, frames;
    for (const auto& f : days)
        if (f.open) {
            stops.push_back(f.stops);
            frames.push_back(double(f.framesOpen));
        }
    double stopsMedian = median(stops), framesMedian = median(frames);
    json firstOpenDump = dump("d" + std::to_string(firstOpen) + "-open+1");
    for (int d = 0; d < kDays; ++d) {
        if (!days[d].open) continue;
        INFO("day " << d + 1 << " " << days[d].date);
        CHECK(days[d].stops > 0);
        CHECK(std::abs(days[d].stops - stopsMedian) <= 0.25 * stopsMedian);
        CHECK(std::abs(days[d].framesOpen - framesMedian) <= 0.25 * framesMedian);
        // Each morning the tours start the same way.
        json o2 = dump("d" + std::to_string(d) + "-open+1");
        CHECK(o2["attract"] == firstOpenDump["attract"]);
    }

    // Memory: the last day is not above the first open day (the warm-up) by more than a small
    // margin, neither resident nor at its peak, and does not grow every single day.
    long long rssFirst = days[firstOpen].rssKb, rssLast = days[kDays - 1].rssKb;
    long long margin = std::max(8LL * 1024, rssFirst / 20);
    CHECK_MESSAGE(rssLast <= rssFirst + margin, "rss_kb " << rssFirst << " -> " << rssLast);
    long long peakFirst = days[firstOpen].maxRssKb, peakLast = days[kDays - 1].maxRssKb;
    CHECK_MESSAGE(peakLast <= peakFirst + margin, "max_rss_kb " << peakFirst << " -> " << peakLast);
    // "Grows" means by more than 64 KB a day (23 MB a year): bounded caches filling as
    // visitors open other cards (pictures, shaped text) and heap pages move RSS by a few
    // pages a day, now that a still screen gives back what the driver kept of its last frame.
    constexpr long long kDailyNoiseKb = 64;
    bool growsDaily = true;
    for (int d = firstOpen + 1; d < kDays; ++d)
        growsDaily = growsDaily && days[d].rssKb > days[d - 1].rssKb + kDailyNoiseKb;
    CHECK_MESSAGE(!(growsDaily && rssLast - rssFirst > 1024),
                  "rss_kb grew every day: " << rssFirst << " -> " << rssLast);

    int totalCards = 0;
    for (const auto& f : days) totalCards += f.cardsOpened;
    CHECK(totalCards > 0);  // the random touches do reach the stories

    // The figures, for CI logs.
    std::ostringstream table;
    char line[256];
    std::snprintf(line, sizeof line,
                  "%-3s %-10s %-3s %-5s %6s %7s %6s %7s %8s %8s %8s %6s %6s %6s %7s\n", "day",
                  "date", "wd", "modes", "stops", "frames", "open", "closed*", "rss_kb", "rss_end",
                  "max_rss", "visits", "log/rp", "cards", "cpu_s");
    table << line;
    for (int d = 0; d < kDays; ++d) {
        const auto& f = days[d];
        std::snprintf(
            line, sizeof line,
            "%-3d %-10s %-3s %-5s %6d %7lld %6lld %7lld %8lld %8lld %8lld %6d %3d/%-2d %6d %7.2f\n",
            d + 1, f.date.c_str(), f.weekday.c_str(), f.modes.c_str(), f.stops, f.framesDay,
            f.framesOpen, f.framesClosedUncaptured, f.rssKb, f.rssEndKb, f.maxRssKb, f.scriptVisits,
            f.logVisits, f.reportVisits, f.cardsOpened, f.cpuS);
        table << line;
    }
    table << "modes: at opening-1min, +1min, closing-1min, +1min, 23:59 (c closed, a attract, "
             "e explore); frames: 23:59 to 23:59; open: opening-1min to closing+1min; closed*: "
             "previous closing+1min to opening-1min, less capture frames; rss_kb: the most of the "
             "day's dumps; rss_end: at 23:59; max_rss: the process's peak so far; visits: "
             "script, log/report\n";
    char summary[200];
    std::snprintf(summary, sizeof summary,
                  "kiosk: %.1f s wall time for %d simulated days at %dx%d, --sim-fps %d, exit %d\n",
                  wallS, kDays, kWidth, kHeight, kSimFps, exitCode);
    table << summary;
    std::cout << table.str() << std::flush;
    std::ofstream(out / "figures.txt") << table.str();
}
