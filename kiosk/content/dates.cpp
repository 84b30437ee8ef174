#include "kiosk/content/dates.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace kiosk::content {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

struct SeasonName {
    std::string_view name;
    Season season;
};
constexpr std::array<SeasonName, 4> kSeasons = {{{"spring", Season::Spring},
                                                 {"summer", Season::Summer},
                                                 {"autumn", Season::Autumn},
                                                 {"winter", Season::Winter}}};

constexpr std::string_view kYearRangeHint = "the exhibit's dates run from year 0000 to 9999";

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t countDigits(std::string_view s, std::size_t from) {
    std::size_t n = 0;
    while (from + n < s.size() && isDigit(s[from + n])) ++n;
    return n;
}

int toNumber(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

DateParse refuse(std::string hint) {
    return {std::nullopt, std::move(hint)};
}

int daysInMonth(int y, int m) {
    using namespace std::chrono;
    year_month_day_last end{year{y} / month{unsigned(m)} / last};
    return int(unsigned(end.day()));
}

// Hints for the common ways a date is written in another convention.
std::string shapeHint(std::string_view s, bool yearFirst = true) {
    if (s.empty()) return "it is empty";
    if (s.find_first_of(" \t\n") != std::string_view::npos) return "remove the spaces";
    if (s.find_first_of("/.") != std::string_view::npos)
        return "write the year first and separate the parts with -, as in 2021-02-15";
    if (s.find('T') != std::string_view::npos || s.find(':') != std::string_view::npos)
        return "a date has no time of day";
    if (yearFirst && countDigits(s, 0) < 4) return "write the year with four digits";
    if (yearFirst && countDigits(s, 0) > 4) return std::string(kYearRangeHint);
    return "";
}

DateParse parseSeason(std::string_view word, DatePoint point) {
    for (const SeasonName& s : kSeasons) {
        if (word == s.name) {
            if (s.season == Season::Winter && point.year == 0)
                return refuse("winter 0000 begins in December of the year before; " +
                              std::string(kYearRangeHint));
            point.season = s.season;
            point.precision = Precision::Season;
            return {point, ""};
        }
    }
    if (word == "fall") return refuse("write autumn rather than fall");
    for (const SeasonName& s : kSeasons) {
        if (word.size() == s.name.size() && (word[0] | 0x20) == s.name[0])
            return refuse("write the season in lower case: " + std::string(s.name));
    }
    return refuse("the seasons are spring, summer, autumn and winter");
}

DateParse checkDay(DatePoint point) {
    if (point.day < 1) return refuse("days start at 1");
    int length = daysInMonth(point.year, point.month);
    if (point.day > length) {
        return refuse(monthAndYear(point.year, point.month) + " has " + std::to_string(length) +
                      " days");
    }
    point.precision = Precision::Day;
    return {point, ""};
}

// After "YYYY-": "MM" or "MM-DD".
DateParse parseMonthAndDay(std::string_view rest, DatePoint point) {
    std::size_t monthDigits = countDigits(rest, 0);
    bool twoDigitDay = rest.size() == 5 && rest[2] == '-' && countDigits(rest, 3) == 2;
    if (monthDigits != 2 || (rest.size() != 2 && !twoDigitDay)) {
        if (monthDigits == 1 || (rest.size() > 3 && countDigits(rest, 3) == 1))
            return refuse("write months and days with two digits, as in 2021-02-05");
        return refuse(shapeHint(rest, false));
    }
    point.month = toNumber(rest.substr(0, 2));
    if (point.month < 1 || point.month > 12)
        return refuse("there is no month " + std::to_string(point.month));
    if (rest.size() == 2) {
        point.precision = Precision::Month;
        return {point, ""};
    }
    point.day = toNumber(rest.substr(3, 2));
    return checkDay(point);
}

}  // namespace

std::string monthAndYear(int year, int month) {
    if (month < 1 || month > 12) return std::to_string(year);
    return std::string(kMonthNames[month - 1]) + " " + std::to_string(year);
}

DateParse parseDatePoint(std::string_view text) {
    DatePoint point;
    std::string_view s = text;
    if (!s.empty() && s.front() == '~') {
        point.approximate = true;
        s.remove_prefix(1);
    }
    if (countDigits(s, 0) != 4 || (s.size() > 4 && s[4] != '-')) return refuse(shapeHint(s));
    point.year = toNumber(s.substr(0, 4));
    if (s.size() == 4) return {point, ""};
    std::string_view rest = s.substr(5);
    if (!rest.empty() && isLetter(rest.front())) return parseSeason(rest, point);
    return parseMonthAndDay(rest, point);
}

std::string formatDatePoint(const DatePoint& point) {
    char buf[32];
    const char* mark = point.approximate ? "~" : "";
    switch (point.precision) {
        case Precision::Day:
            std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", mark, point.year, point.month,
                          point.day);
            break;
        case Precision::Month:
            std::snprintf(buf, sizeof buf, "%s%04d-%02d", mark, point.year, point.month);
            break;
        case Precision::Season: {
            std::string_view name = "season";
            for (const SeasonName& s : kSeasons)
                if (s.season == point.season) name = s.name;
            std::snprintf(buf, sizeof buf, "%s%04d-%.*s", mark, point.year, int(name.size()),
                          name.data());
            break;
        }
        case Precision::Year:
            std::snprintf(buf, sizeof buf, "%s%04d", mark, point.year);
            break;
    }
    return buf;
}

}  // namespace kiosk::content
