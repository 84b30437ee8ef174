#include "kiosk/usage/usage_report.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

namespace kiosk::usage {
namespace {

constexpr std::size_t kMaxLineBytes = 4096;  // records are far shorter; longer lines are junk

std::string localDate(Millis utc, const schedule::TimeZone* zone) {
    static const schedule::TimeZone kUtc = schedule::TimeZone::utc();
    return (zone ? *zone : kUtc).toLocal(utc).date().iso();
}

std::vector<StoryOpens> rankStories(const std::map<std::string, int>& opens, int top) {
    std::vector<StoryOpens> ranked;
    for (const auto& [id, count] : opens) ranked.push_back({id, count});
    // The map is ordered by id, so a stable sort leaves ties in id order.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const StoryOpens& a, const StoryOpens& b) { return a.opens > b.opens; });
    if (ranked.size() > std::size_t(std::max(top, 0))) ranked.resize(std::size_t(std::max(top, 0)));
    return ranked;
}

// The middle value; for an even count the mean of the two middle ones (rounded down).
std::optional<Millis> median(std::vector<Millis> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    std::size_t half = values.size() / 2;
    if (values.size() % 2 == 1) return values[half];
    return values[half - 1] + (values[half] - values[half - 1]) / 2;
}

// "usage.jsonl" is generation 0, "usage.3.jsonl" generation 3; anything else is not a log.
std::optional<int> generationOf(const std::string& name) {
    if (name == "usage.jsonl") return 0;
    constexpr std::string_view prefix = "usage.", suffix = ".jsonl";
    if (name.size() <= prefix.size() + suffix.size() || !name.starts_with(prefix) ||
        !name.ends_with(suffix))
        return std::nullopt;
    std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(digits);
}

// Ids are sanitized when read, but a field with a comma or quote is still quoted properly.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

bool readFile(const std::filesystem::path& path, std::vector<UsageRecord>& out, int& skipped) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
        std::optional<UsageRecord> record;
        if (line.size() <= kMaxLineBytes) record = parseUsageLine(line);
        if (record)
            out.push_back(std::move(*record));
        else if (!line.empty())
            ++skipped;
    }
    return in.eof();
}

}  // namespace

std::vector<std::filesystem::path> findUsageFiles(const std::filesystem::path& dataDir) {
    std::vector<std::pair<int, std::filesystem::path>> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir / "usage", ec)) {
        std::optional<int> generation = generationOf(entry.path().filename().string());
        if (generation && entry.is_regular_file(ec)) found.emplace_back(*generation, entry.path());
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::filesystem::path> files;  // oldest (highest generation) first
    for (auto& [generation, path] : found) files.push_back(std::move(path));
    return files;
}

bool readUsageFiles(std::span<const std::filesystem::path> files, std::vector<UsageRecord>& out,
                    int& skippedLines, std::string& error) {
    for (const std::filesystem::path& path : files) {
        if (!readFile(path, out, skippedLines)) {
            error = "cannot read " + path.string();
            return false;
        }
    }
    return true;
}

UsageReport summarize(std::span<const UsageRecord> records, const ReportOptions& options) {
    UsageReport report;
    std::map<std::string, int> perDay, storyOpens;
    std::vector<Millis> durations;
    for (const UsageRecord& record : records) {
        ++report.records;
        if (record.type == RecordType::VisitStart) {
            ++report.visits;
            ++perDay[localDate(record.time, options.zone)];
        } else if (record.type == RecordType::VisitEnd) {
            durations.push_back(record.durationMs);
        } else if (record.type == RecordType::CardOpen && record.kind == "event") {
            ++storyOpens[record.id];
        }
    }
    for (const auto& [date, visits] : perDay) report.visitsPerDay.push_back({date, visits});
    report.topStories = rankStories(storyOpens, options.topStories);
    report.medianVisitMs = median(std::move(durations));
    return report;
}

std::optional<UsageReport> summarize(std::span<const std::filesystem::path> files,
                                     const ReportOptions& options, std::string& error) {
    std::vector<UsageRecord> records;
    int skipped = 0;
    if (!readUsageFiles(files, records, skipped, error)) return std::nullopt;
    UsageReport report = summarize(records, options);
    report.skippedLines = skipped;
    return report;
}

void writeCsv(const UsageReport& report, std::ostream& out) {
    out << "metric,key,value\n";
    for (const DayVisits& day : report.visitsPerDay)
        out << "visits," << day.date << ',' << day.visits << '\n';
    out << "visits,total," << report.visits << '\n';
    if (report.medianVisitMs) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", double(*report.medianVisitMs) / 1000.0);
        out << "median_visit_s,all," << seconds << '\n';
    }
    for (const StoryOpens& story : report.topStories)
        out << "story_opens," << csvField(story.id) << ',' << story.opens << '\n';
}

}  // namespace kiosk::usage
