#include "kiosk/timeline/date_label.h"

namespace kiosk::timeline {
namespace {

constexpr const char* kMonthNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};

std::string seasonName(content::Season s) {
    switch (s) {
        case content::Season::Spring:
            return "spring";
        case content::Season::Summer:
            return "summer";
        case content::Season::Autumn:
            return "autumn";
        case content::Season::Winter:
            return "winter";
        case content::Season::None:
            break;
    }
    return "";
}

std::string withoutMarker(const content::DatePoint& p) {
    using content::Precision;
    std::string year = std::to_string(p.year);
    switch (p.precision) {
        case Precision::Day:
            return std::to_string(p.day) + " " + kMonthNames[p.month - 1] + " " + year;
        case Precision::Month:
            return std::string(kMonthNames[p.month - 1]) + " " + year;
        case Precision::Season:
            return seasonName(p.season) + " " + year;
        case Precision::Year:
            return year;
    }
    return year;
}

bool sameMonth(const content::DatePoint& a, const content::DatePoint& b) {
    return a.year == b.year && a.month == b.month;
}

}  // namespace

std::string formatDatePoint(const content::DatePoint& p) {
    return (p.approximate ? "c. " : "") + withoutMarker(p);
}

std::string formatDateRange(const content::DateRange& r, const std::string& language) {
    if (!r.display.empty()) {
        const std::string& shown = r.display.get(language);
        return r.approximate() && shown.rfind("c.", 0) != 0 ? "c. " + shown : shown;
    }
    if (!r.end) return formatDatePoint(r.start);
    const auto& a = r.start;
    const auto& b = *r.end;
    using content::Precision;
    bool exact = !a.approximate && !b.approximate;
    if (exact && a.precision == Precision::Day && b.precision == Precision::Day && sameMonth(a, b))
        return a.day == b.day ? formatDatePoint(a)
                              : std::to_string(a.day) + "\u2013" + formatDatePoint(b);
    if (exact && a.precision == Precision::Month && b.precision == Precision::Month &&
        a.year == b.year)
        return std::string(kMonthNames[a.month - 1]) + " \u2013 " + formatDatePoint(b);
    return formatDatePoint(a) + " \u2013 " + formatDatePoint(b);
}

}  // namespace kiosk::timeline
