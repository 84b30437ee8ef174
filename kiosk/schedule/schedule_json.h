#pragma once
// Building blocks for reading the schedule's JSON: problem reports with JSON paths, and the
// time ranges and weekly hours that several parts of the format share. Internal.
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/schedule/schedule.h"

namespace kiosk::schedule::detail {

using Json = nlohmann::json;

class Report {
  public:
    explicit Report(std::vector<ScheduleProblem>& problems) : problems_(problems) {}
    void error(const std::string& path, std::string message) const {
        problems_.push_back({ScheduleProblem::Severity::Error, path, std::move(message)});
    }
    void warning(const std::string& path, std::string message) const {
        problems_.push_back({ScheduleProblem::Severity::Warning, path, std::move(message)});
    }

  private:
    std::vector<ScheduleProblem>& problems_;
};

// JSON pointers (RFC 6901): "~" and "/" in a key are written "~0" and "~1".
std::string child(const std::string& path, std::string_view key);
std::string child(const std::string& path, std::size_t index);

std::string inQuotes(std::string_view text);
std::string describe(const Json& value);  // how a found value reads in a message
const Json* field(const Json& object, std::string_view key);

// Warns about keys other than `known` and "$comment", suggesting a near miss.
void checkKeys(const Json& object, const std::string& path, std::string_view what,
               std::initializer_list<std::string_view> known, const Report& report);
std::string suggestion(std::string_view key, std::initializer_list<std::string_view> known);

// "9:00" or "09:00" as minutes after midnight; "24:00" only where an end is allowed.
std::optional<int> parseMinute(std::string_view text, bool allowMidnightEnd);
// A range whose end is not after its start runs past midnight into the next day.
std::optional<TimeRange> makeRange(int start, int end);

// ["10:00-13:00", "14:00-18:00"]
std::vector<TimeRange> parseRanges(const Json& value, const std::string& path,
                                   const Report& report);
// {"tuesday": [...], ...}; a day left out is closed.
WeeklyHours parseWeekly(const Json& value, const std::string& path, const Report& report);

}  // namespace kiosk::schedule::detail
