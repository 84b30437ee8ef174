#include "kiosk/core/iso_time.h"

#include <chrono>
#include <cstdio>

namespace kiosk {
namespace {

using namespace std::chrono;

bool readDigits(std::string_view s, size_t& pos, int count, int& out) {
    if (pos + count > s.size()) return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += count;
    out = v;
    return true;
}

bool expect(std::string_view s, size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

}  // namespace

std::optional<ParsedTime> parseIsoTime(std::string_view s) {
    size_t pos = 0;
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    if (!readDigits(s, pos, 4, y) || !expect(s, pos, '-') || !readDigits(s, pos, 2, mo) ||
        !expect(s, pos, '-') || !readDigits(s, pos, 2, d))
        return std::nullopt;
    year_month_day ymd{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    if (expect(s, pos, 'T') || expect(s, pos, ' ')) {
        if (!readDigits(s, pos, 2, h) || !expect(s, pos, ':') || !readDigits(s, pos, 2, mi))
            return std::nullopt;
        if (expect(s, pos, ':')) {
            if (!readDigits(s, pos, 2, sec)) return std::nullopt;
            if (expect(s, pos, '.') && !readDigits(s, pos, 3, ms)) return std::nullopt;
        }
        if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
    }
    ParsedTime out;
    int offsetMin = 0;
    if (expect(s, pos, 'Z')) {
        out.hadOffset = true;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int oh, om;
        if (!readDigits(s, pos, 2, oh) || !expect(s, pos, ':') || !readDigits(s, pos, 2, om))
            return std::nullopt;
        offsetMin = sign * (oh * 60 + om);
        out.hadOffset = true;
    }
    if (pos != s.size()) return std::nullopt;
    Millis days = sys_days{ymd}.time_since_epoch().count();
    out.utcMs = ((days * 24 + h) * 60 + mi - offsetMin) * 60000LL + sec * 1000LL + ms;
    return out;
}

namespace {

// "2026-11-27"; a year outside 0000-9999 whole, with its sign, as ISO 8601's expanded
// form writes it ("+10000-01-01", "-0001-12-01"), never cut short.
std::string formatDay(sys_days dayPoint) {
    year_month_day ymd{dayPoint};
    int y = int(ymd.year());
    char buf[24];
    std::snprintf(buf, sizeof buf, y >= 0 && y <= 9999 ? "%04d-%02u-%02u" : "%+05d-%02u-%02u", y,
                  unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

}  // namespace

std::string formatIsoUtc(Millis utcMs) {
    auto tp = sys_time<milliseconds>{milliseconds{utcMs}};
    auto dayPoint = floor<days>(tp);
    hh_mm_ss hms{tp - dayPoint};
    char buf[24];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d.%03dZ", int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()),
                  int(hms.subseconds().count()));
    return formatDay(dayPoint) + buf;
}

std::string formatIsoDate(Millis utcMs) {
    return formatDay(floor<days>(sys_time<milliseconds>{milliseconds{utcMs}}));
}

}  // namespace kiosk
