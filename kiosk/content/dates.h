#pragma once
// Reading and writing the date strings of the content format ("2021-02", "~2021-spring").
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/content/model.h"

namespace kiosk::content {

inline constexpr std::string_view kDateExpectation =
    "a date like 2021-02, 2021-02-15, 2021-spring or 2021";

struct DateParse {
    std::optional<DatePoint> point;
    std::string
        hint;  // when point is empty: why, in the editor's words, e.g. "there is no month 13"
};

// Accepts YYYY, YYYY-MM, YYYY-MM-DD and YYYY-spring|summer|autumn|winter, each optionally
// preceded by "~" (approximate). Impossible dates such as 2021-02-31 are refused, and so is any
// date outside the years 0000 to 9999 (a five-digit year, or winter 0000, which begins in
// December of year -1): the timeline and the state dump write years with four digits.
DateParse parseDatePoint(std::string_view text);

// The way the content format writes the point, e.g. "~2021-02" or "2021-winter".
std::string formatDatePoint(const DatePoint& point);

// "February 2021"
std::string monthAndYear(int year, int month);

}  // namespace kiosk::content
