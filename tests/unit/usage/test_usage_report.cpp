#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "kiosk/core/iso_time.h"
#include "kiosk/usage/usage_report.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;
using namespace kiosk::usage;

namespace {

std::filesystem::path fixture() {
    return std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/fixtures/usage/museum";
}

UsageReport fixtureReport(const ReportOptions& options) {
    std::string error;
    std::vector<std::filesystem::path> files = findUsageFiles(fixture());
    REQUIRE(files.size() == 2);
    std::optional<UsageReport> report = summarize(files, options, error);
    REQUIRE_MESSAGE(report, error);
    return *report;
}

// Visits per UTC day counted straight from the text, with no JSON parsing: the date is the
// first ten characters of a visit_start line's time.
std::map<std::string, int> countVisitStartsByText() {
    std::map<std::string, int> perDay;
    for (const char* name : {"usage/usage.1.jsonl", "usage/usage.jsonl"}) {
        for (const std::string& line :
             test_support::lines(test_support::readWholeFile(fixture() / name))) {
            if (line.find("\"type\":\"visit_start\"") == std::string::npos) continue;
            std::size_t time = line.find("\"time\":\"");
            REQUIRE(time != std::string::npos);
            ++perDay[line.substr(time + 8, 10)];
        }
    }
    return perDay;
}

UsageRecord record(RecordType type, Millis durationMs = 0, std::string id = "") {
    UsageRecord r;
    r.type = type;
    r.durationMs = durationMs;
    r.kind = "event";
    r.id = std::move(id);
    return r;
}

}  // namespace

TEST_CASE("the fixture's report, per UTC day") {
    UsageReport report = fixtureReport({.topStories = 2});
    // 12 lines in usage.1.jsonl and 8 whole ones in usage.jsonl; its torn last line is skipped.
    CHECK(report.records == 20);
    CHECK(report.skippedLines == 1);
    // Visits start at 09:05 and 11:00 on the 27th, 10:00 and 23:30 on the 28th, 10:00 on the
    // 29th (that visit's end was lost with the torn line).
    CHECK(report.visits == 5);
    CHECK(report.visitsPerDay ==
          std::vector<DayVisits>{{"2026-11-27", 2}, {"2026-11-28", 2}, {"2026-11-29", 1}});
    std::map<std::string, int> byText = countVisitStartsByText();
    REQUIRE(byText.size() == report.visitsPerDay.size());
    for (const DayVisits& day : report.visitsPerDay) CHECK(byText[day.date] == day.visits);
    // Visit lengths 90 s, 120 s, 30 s and 60 s: sorted 30, 60, 90, 120; the median is 75 s.
    REQUIRE(report.medianVisitMs);
    CHECK(*report.medianVisitMs == 75000);
    // Event cards opened: cairo-dialogue-2021 three times, moscow-talks-2021 twice,
    // oslo-accords-1993 once; the actor card "hamas" is not a story.
    CHECK(report.topStories ==
          std::vector<StoryOpens>{{"cairo-dialogue-2021", 3}, {"moscow-talks-2021", 2}});
}

TEST_CASE("per day of the museum's zone, the 23:30 UTC visit falls on the next day") {
    std::string error;
    auto berlin = schedule::TimeZone::load(
        "Europe/Berlin", error,
        std::filesystem::path(KIOSK_SOURCE_DIR) / "tests/fixtures/zoneinfo");
    REQUIRE_MESSAGE(berlin, error);
    UsageReport report = fixtureReport({.topStories = 10, .zone = &*berlin});
    // 23:30 UTC on the 28th is 00:30 CET on the 29th.
    CHECK(report.visitsPerDay ==
          std::vector<DayVisits>{{"2026-11-27", 2}, {"2026-11-28", 1}, {"2026-11-29", 2}});
    CHECK(report.topStories.size() == 3);
    CHECK(report.topStories.back() == StoryOpens{"oslo-accords-1993", 1});
}

TEST_CASE("the CSV of the fixture") {
    std::ostringstream csv;
    writeCsv(fixtureReport({.topStories = 2}), csv);
    CHECK(csv.str() ==
          "metric,key,value\n"
          "visits,2026-11-27,2\n"
          "visits,2026-11-28,2\n"
          "visits,2026-11-29,1\n"
          "visits,total,5\n"
          "median_visit_s,all,75.0\n"
          "story_opens,cairo-dialogue-2021,3\n"
          "story_opens,moscow-talks-2021,2\n");
}

TEST_CASE("median of an odd count is the middle; ties among stories go by id") {
    std::vector<UsageRecord> records = {
        record(RecordType::VisitEnd, 50000), record(RecordType::VisitEnd, 10000),
        record(RecordType::VisitEnd, 20000), record(RecordType::CardOpen, 0, "b-story"),
        record(RecordType::CardOpen, 0, "a-story")};
    UsageReport report = summarize(records, {.topStories = 5});
    REQUIRE(report.medianVisitMs);
    CHECK(*report.medianVisitMs == 20000);
    CHECK(report.topStories == std::vector<StoryOpens>{{"a-story", 1}, {"b-story", 1}});
    CHECK(summarize(records, {.topStories = 0}).topStories.empty());
}

TEST_CASE("no visits: no median row") {
    UsageReport report = summarize(std::vector<UsageRecord>{record(RecordType::VisitStart)});
    CHECK_FALSE(report.medianVisitMs);
    std::ostringstream csv;
    writeCsv(report, csv);
    CHECK(csv.str().find("median") == std::string::npos);
    CHECK(csv.str().find("visits,total,1\n") != std::string::npos);
}

TEST_CASE("only log files are found, oldest first") {
    test_support::TempDataDir dir;
    for (const char* name : {"usage.jsonl", "usage.2.jsonl", "usage.10.jsonl", "usage.1.jsonl",
                             "usage.x.jsonl", "notes.txt", "usage.jsonl.tmp"})
        test_support::writeWholeFile(dir.path() / "usage" / name, "");
    std::vector<std::filesystem::path> files = findUsageFiles(dir.path());
    std::vector<std::string> names;
    for (const auto& file : files) names.push_back(file.filename().string());
    CHECK(names == std::vector<std::string>{"usage.10.jsonl", "usage.2.jsonl", "usage.1.jsonl",
                                            "usage.jsonl"});
    CHECK(findUsageFiles(dir.path() / "nowhere").empty());
}
