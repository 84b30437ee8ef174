#pragma once
// Summaries of the usage log for the museum staff: visits per day, the most-opened stories
// and the median visit length, written as CSV by `kiosk-content usage-report`.
#include <filesystem>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "kiosk/schedule/time_zone.h"
#include "kiosk/usage/usage_record.h"

namespace kiosk::usage {

struct ReportOptions {
    int topStories = 10;
    // Visits are counted per day of this zone (the museum's), so an evening visit is not
    // moved to the next day; UTC when null.
    const schedule::TimeZone* zone = nullptr;
};

struct DayVisits {
    std::string date;  // "2026-11-27", local to ReportOptions::zone
    int visits = 0;
    bool operator==(const DayVisits&) const = default;
};

struct StoryOpens {
    std::string id;  // an event id
    int opens = 0;
    bool operator==(const StoryOpens&) const = default;
};

struct UsageReport {
    std::vector<DayVisits> visitsPerDay;  // by date; days without visits are left out
    std::vector<StoryOpens> topStories;   // event cards by opens, most first; ties by id
    int visits = 0;                       // visit_start records
    std::optional<Millis> medianVisitMs;  // over visit_end durations
    int records = 0;                      // lines read as records
    int skippedLines = 0;                 // torn or foreign lines, ignored
};

// The log files in <dataDir>/usage, oldest first. Empty when there are none.
std::vector<std::filesystem::path> findUsageFiles(const std::filesystem::path& dataDir);

// Reads every record of `files`, skipping lines that are torn or not records. Returns false
// and sets `error` when a file cannot be read.
bool readUsageFiles(std::span<const std::filesystem::path> files, std::vector<UsageRecord>& out,
                    int& skippedLines, std::string& error);

UsageReport summarize(std::span<const UsageRecord> records, const ReportOptions& options = {});
std::optional<UsageReport> summarize(std::span<const std::filesystem::path> files,
                                     const ReportOptions& options, std::string& error);

// One table, "metric,key,value", so that a spreadsheet can filter it:
//   visits,2026-11-27,14        visits,total,31
//   median_visit_s,all,83.5     story_opens,cairo-dialogue-2021,9
void writeCsv(const UsageReport& report, std::ostream& out);

}  // namespace kiosk::usage
