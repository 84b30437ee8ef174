// Building blocks of the schedule's JSON reader; see schedule_json.h.
#include "kiosk/schedule/schedule_json.h"

#include <algorithm>

namespace kiosk::schedule::detail {
namespace {

constexpr std::size_t kMaxRangesPerDay = 24;

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "18:00-10:00" is more likely swapped times than a night opening until the next morning.
void warnIfSwapped(const std::string& text, const TimeRange& range, const std::string& path,
                   const Report& report) {
    if (range.end <= kMinutesPerDay + 6 * 60) return;
    report.warning(path, "the range " + inQuotes(text) + " runs past midnight until " +
                             formatMinute(range.end) +
                             " the next morning; swap the times if that is not meant");
}

std::optional<TimeRange> parseRange(const Json& value, const std::string& path,
                                    const Report& report) {
    std::string text = value.is_string() ? value.get<std::string>() : "";
    std::size_t dash = text.find('-');
    std::optional<int> start, end;
    if (dash != std::string::npos) {
        start = parseMinute(std::string_view(text).substr(0, dash), false);
        end = parseMinute(std::string_view(text).substr(dash + 1), true);
    }
    if (!start || !end) {
        report.error(path, "expected a time range like 10:00-18:00, found " + describe(value));
        return std::nullopt;
    }
    std::optional<TimeRange> range = makeRange(*start, *end);
    if (!range)
        report.error(path, "the range " + inQuotes(text) +
                               " is empty; for a whole day write \"00:00-24:00\"");
    else
        warnIfSwapped(text, *range, path, report);
    return range;
}

}  // namespace

std::string child(const std::string& path, std::string_view key) {
    std::string out = path + "/";
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string child(const std::string& path, std::size_t index) {
    return path + "/" + std::to_string(index);
}

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string describe(const Json& value) {
    if (value.is_string()) return inQuotes(value.get<std::string>());
    if (value.is_object()) return "an object {...}";
    if (value.is_array()) return "a list [...]";
    return value.dump();
}

const Json* field(const Json& object, std::string_view key) {
    auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
}

std::string suggestion(std::string_view key, std::initializer_list<std::string_view> known) {
    for (std::string_view candidate : known)
        if (editDistance(key, candidate) <= 2)
            return " (did you mean " + inQuotes(candidate) + "?)";
    return "";
}

void checkKeys(const Json& object, const std::string& path, std::string_view what,
               std::initializer_list<std::string_view> known, const Report& report) {
    for (const auto& [key, value] : object.items()) {
        if (key == "$comment" || std::find(known.begin(), known.end(), key) != known.end())
            continue;
        report.warning(child(path, key), "unknown field " + inQuotes(key) + " in this " +
                                             std::string(what) + suggestion(key, known) +
                                             "; the exhibit ignores it");
    }
}

std::optional<int> parseMinute(std::string_view text, bool allowMidnightEnd) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    int hour = 0, minute = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == colon) continue;
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        int& part = i < colon ? hour : minute;
        part = part * 10 + (text[i] - '0');
    }
    if (minute > 59 || hour > 24 || (hour == 24 && (minute != 0 || !allowMidnightEnd)))
        return std::nullopt;
    return hour * 60 + minute;
}

std::optional<TimeRange> makeRange(int start, int end) {
    if (start == end) return std::nullopt;
    return TimeRange{start, end > start ? end : end + kMinutesPerDay};
}

std::vector<TimeRange> parseRanges(const Json& value, const std::string& path,
                                   const Report& report) {
    std::vector<TimeRange> ranges;
    if (!value.is_array() || value.size() > kMaxRangesPerDay) {
        report.error(path, "expected a list of at most " + std::to_string(kMaxRangesPerDay) +
                               " time ranges like [\"10:00-13:00\", \"14:00-18:00\"] ([] when "
                               "closed); found " +
                               describe(value));
        return ranges;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        std::optional<TimeRange> range = parseRange(value[i], child(path, i), report);
        if (!range) continue;
        for (const TimeRange& earlier : ranges)
            if (range->start < earlier.end && earlier.start < range->end)
                report.warning(child(path, i), formatTimeRange(*range) + " overlaps " +
                                                   formatTimeRange(earlier) +
                                                   "; the exhibit is open in either");
        ranges.push_back(*range);
    }
    return ranges;
}

WeeklyHours parseWeekly(const Json& value, const std::string& path, const Report& report) {
    WeeklyHours weekly;
    if (!value.is_object()) {
        report.error(path,
                     "expected the hours of each weekday, like {\"tuesday\": "
                     "[\"10:00-18:00\"]}; found " +
                         describe(value));
        return weekly;
    }
    for (const auto& [key, hours] : value.items()) {
        if (key == "$comment") continue;
        std::optional<int> weekday = weekdayFromKey(key);
        if (!weekday) {  // an error, not a warning: a misspelt day would silently close it
            report.error(child(path, key),
                         "unknown day " + inQuotes(key) +
                             suggestion(key, {"monday", "tuesday", "wednesday", "thursday",
                                              "friday", "saturday", "sunday"}) +
                             "; expected monday, tuesday, ... sunday, in lower case");
            continue;
        }
        weekly[std::size_t(*weekday)] = parseRanges(hours, child(path, key), report);
    }
    return weekly;
}

}  // namespace kiosk::schedule::detail
