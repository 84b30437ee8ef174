#include "kiosk/schedule/local_date.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace kiosk::schedule {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, kDaysPerWeek> kNames = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, kDaysPerWeek> kKeys = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

bool readNumber(std::string_view text, int& out) {
    if (text.empty()) return false;
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

}  // namespace

std::string_view weekdayName(int weekday) {
    return kNames.at(std::size_t(weekday));
}
std::string_view weekdayKey(int weekday) {
    return kKeys.at(std::size_t(weekday));
}

std::optional<int> weekdayFromKey(std::string_view key) {
    for (int i = 0; i < kDaysPerWeek; ++i)
        if (kKeys[std::size_t(i)] == key) return i;
    return std::nullopt;
}

std::int64_t LocalDate::dayNumber() const {
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{unsigned(month)},
                       std::chrono::day{unsigned(day)}};
    return sys_days{ymd}.time_since_epoch().count();
}

LocalDate LocalDate::fromDayNumber(std::int64_t days) {
    year_month_day ymd{sys_days{std::chrono::days{days}}};
    return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

int LocalDate::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    std::int64_t index = (dayNumber() + 3) % kDaysPerWeek;
    return int(index < 0 ? index + kDaysPerWeek : index);
}

bool LocalDate::valid() const {
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

std::string LocalDate::iso() const {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[std::size_t(month - 1)];
}

std::optional<LocalDate> parseLocalDate(std::string_view text) {
    LocalDate date;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (!readNumber(text.substr(0, 4), date.year) || !readNumber(text.substr(5, 2), date.month) ||
        !readNumber(text.substr(8, 2), date.day) || !date.valid())
        return std::nullopt;
    return date;
}

}  // namespace kiosk::schedule
