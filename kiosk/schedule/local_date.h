#pragma once
// A day on the exhibit's wall calendar, with no time zone attached.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::schedule {

inline constexpr int kMinutesPerDay = 24 * 60;
inline constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

// Division rounding towards minus infinity, so times before 1970 land on the right day.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Weekdays are numbered from Monday (0) to Sunday (6), the order of a museum's opening-hours
// board.
inline constexpr int kDaysPerWeek = 7;
std::string_view weekdayName(int weekday);  // "Monday"
std::string_view weekdayKey(int weekday);   // "monday", as the schedule format writes it
std::optional<int> weekdayFromKey(std::string_view key);

struct LocalDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    std::int64_t dayNumber() const;  // days since 1970-01-01
    static LocalDate fromDayNumber(std::int64_t days);
    int weekday() const;  // 0 Monday .. 6 Sunday
    bool valid() const;
    LocalDate plusDays(std::int64_t days) const { return fromDayNumber(dayNumber() + days); }
    std::string iso() const;  // "2026-12-25"
    auto operator<=>(const LocalDate&) const = default;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// "2026-12-25" (exactly this form); impossible days are refused.
std::optional<LocalDate> parseLocalDate(std::string_view text);

}  // namespace kiosk::schedule
