#pragma once
// The soak test's pieces that are not checks: constants, dates, and the week's replay script.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace soak {

namespace fs = std::filesystem;
using nlohmann::json;
using Millis = long long;

constexpr int kWidth = 320, kHeight = 240;
constexpr int kSimFps = 1;
constexpr int kDays = 7;
constexpr int kStartYear = 2026, kStartMonth = 11, kStartDay = 30;  // a Monday
constexpr unsigned kSeed = 20261130;
constexpr Millis kMinute = 60 * 1000, kHour = 60 * kMinute, kDay = 24 * kHour;

inline const char* const kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};

inline json readJson(const fs::path& p) {
    std::ifstream in(p);
    if (!in) return nullptr;
    return json::parse(in, nullptr, false);
}

inline json bundled(const char* file) {
    return readJson(fs::path(KIOSK_SOURCE_DIR) / "content" / file);
}

inline std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
inline long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
inline std::string civilFromDays(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp + (mp < 10 ? 3 : -9);
    char buf[64];  // room for any three longs, so GCC sees no truncation
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
    return buf;
}

// "2026-12-01T09:01:10.000Z" -> ms since the epoch.
inline Millis parseUtc(const std::string& iso) {
    int y, mo, d, h, mi;
    double s;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%lfZ", &y, &mo, &d, &h, &mi, &s) != 6) return -1;
    return (daysFromCivil(y, mo, d) * 86400LL + h * 3600LL + mi * 60LL) * 1000 +
           Millis(s * 1000 + 0.5);
}

inline Millis parseHhMm(const std::string& s) {
    int h = 0, m = 0;
    std::sscanf(s.c_str(), "%d:%d", &h, &m);
    return h * kHour + m * kMinute;
}

struct Hours {
    bool open = false;
    Millis from = 0, to = 0;  // ms after local midnight
};

// A replay script in simulated ms from the start, sorted by time when written.
class WeekScript {
  public:
    void finger(const char* type, Millis t, int f, double x, double y) {
        add(t, {{"type", type}, {"finger", f}, {"x", clamp01(x)}, {"y", clamp01(y)}});
    }
    void tap(Millis t, int f, double x, double y) {
        finger("finger_down", t, f, x, y);
        finger("finger_up", t + 80, f, x, y);
    }
    void drag(Millis t, int f, double x0, double y0, double x1, double y1, Millis ms) {
        finger("finger_down", t, f, x0, y0);
        for (int i = 1; i <= 8; ++i)
            finger("finger_move", t + ms * i / 8, f, x0 + (x1 - x0) * i / 8,
                   y0 + (y1 - y0) * i / 8);
        finger("finger_up", t + ms + 1, f, x1, y1);
    }
    void pinch(Millis t, double cx, double cy, double r0, double r1, Millis ms) {
        finger("finger_down", t, 1, cx - r0, cy);
        finger("finger_down", t + 10, 2, cx + r0, cy);
        for (int i = 1; i <= 8; ++i) {
            double r = r0 + (r1 - r0) * i / 8;
            finger("finger_move", t + 10 + ms * i / 8, 1, cx - r, cy);
            finger("finger_move", t + 10 + ms * i / 8, 2, cx + r, cy);
        }
        finger("finger_up", t + ms + 20, 1, cx - r1, cy);
        finger("finger_up", t + ms + 30, 2, cx + r1, cy);
    }
    void state(Millis t, const std::string& name) {
        add(t, {{"type", "state"}, {"path", name + ".json"}});
        captures.push_back(t);
    }
    void screenshot(Millis t, const std::string& name) {
        add(t, {{"type", "screenshot"}, {"path", name}});
        captures.push_back(t);
    }
    std::string text() const {
        auto sorted = lines_;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const json& a, const json& b) { return a["t"] < b["t"]; });
        std::string out;
        for (const auto& l : sorted) out += l.dump() + "\n";
        return out;
    }
    // Captures (each draws a frame) in (from, to].
    int capturesIn(Millis from, Millis to) const {
        return int(std::count_if(captures.begin(), captures.end(),
                                 [&](Millis t) { return t > from && t <= to; }));
    }
    int inputsIn(Millis from, Millis to) const {
        int n = 0;
        for (const auto& l : lines_)
            if (l["t"] > from && l["t"] <= to &&
                l["type"].get<std::string>().rfind("finger", 0) == 0)
                ++n;
        return n;
    }
    std::vector<Millis> captures;

  private:
    static double clamp01(double v) { return std::min(0.999, std::max(0.001, v)); }
    void add(Millis t, json line) {
        line["t"] = t;
        lines_.push_back(std::move(line));
    }
    std::vector<json> lines_;
};

}  // namespace soak
