#include "kiosk/tools/schedule_check.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kiosk/content/bounded_json.h"
#include "kiosk/content/json_positions.h"
#include "kiosk/core/text_file.h"
#include "kiosk/schedule/schedule.h"

namespace kiosk::tools {
namespace {

using schedule::ScheduleProblem;

// As the content loader reads it, so that positions match its report.
std::optional<std::string> readText(const std::filesystem::path& path) {
    TextFile file = readTextFile(path, content::kContentLimits.maxFileBytes);
    if (!file.ok()) return std::nullopt;
    return std::move(file.text);
}

std::vector<ScheduleProblem> scheduleProblems(const content::JsonValue& scheduleValue,
                                              const content::LoadResult& result,
                                              const std::filesystem::path& zoneinfoRoot) {
    schedule::ScheduleParse parse = schedule::parseSchedule(scheduleValue.toNlohmann().dump());
    std::vector<ScheduleProblem> problems = std::move(parse.problems);
    std::string error;
    const schedule::Schedule& written = parse.asWritten;
    if (!written.timeZone.empty() &&
        !schedule::TimeZone::load(written.timeZone, error, zoneinfoRoot))
        problems.push_back({ScheduleProblem::Severity::Error, "/schedule/time_zone", error});
    if (result.library) {
        std::vector<std::string> tourIds;
        for (const content::Tour& tour : result.library->tours()) tourIds.push_back(tour.id);
        for (ScheduleProblem& problem : schedule::checkTours(written, tourIds))
            problems.push_back(std::move(problem));
    }
    return problems;
}

std::vector<content::Problem> placed(const std::vector<ScheduleProblem>& problems,
                                     std::string_view text) {
    std::vector<std::string> pointers;
    for (const ScheduleProblem& problem : problems) pointers.push_back(problem.path);
    auto offsets = content::locatePointers(text, pointers);
    std::vector<content::Problem> out;
    for (const ScheduleProblem& problem : problems) {
        bool error = problem.severity == ScheduleProblem::Severity::Error;
        out.push_back(
            {error ? content::Problem::Severity::Error : content::Problem::Severity::Warning,
             "exhibit.json", 0, 0, problem.path, problem.message});
    }
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return offsets[out[a].path] < offsets[out[b].path];
    });
    content::LineIndex lines(text);  // asked in increasing order: one pass over the text
    for (std::size_t i : order) {
        content::TextPosition at = lines.at(offsets[out[i].path]);
        out[i].line = at.line;
        out[i].column = at.column;
    }
    return out;
}

bool byPosition(const content::Problem& a, const content::Problem& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.column < b.column;
}

void merge(std::vector<content::Problem> added, content::LoadResult& result) {
    for (const content::Problem& p : added)
        (p.severity == content::Problem::Severity::Error ? result.errors : result.warnings)++;
    std::vector<content::Problem>& all = result.problems;
    // The loader's "N more problems are not listed" line has no file and stays last.
    std::optional<content::Problem> trailer;
    if (!all.empty() && all.back().file.empty()) {
        trailer = std::move(all.back());
        all.pop_back();
    }
    all.insert(all.end(), added.begin(), added.end());
    std::stable_sort(all.begin(), all.end(), byPosition);
    if (trailer) all.push_back(std::move(*trailer));
    if (result.errors > 0) result.library.reset();  // as the loader does: not fit to show
}

}  // namespace

void checkSchedule(const std::filesystem::path& folder, content::LoadResult& result,
                   const std::filesystem::path& zoneinfoRoot) {
    std::optional<std::string> text = readText(folder / "exhibit.json");
    if (!text) return;
    content::JsonParseResult parsed = content::parseBoundedJson(*text);
    const content::JsonValue* value = parsed.ok ? parsed.value().find("schedule") : nullptr;
    if (!value || !value->isObject()) return;
    std::vector<ScheduleProblem> problems = scheduleProblems(*value, result, zoneinfoRoot);
    if (!problems.empty()) merge(placed(problems, *text), result);
}

}  // namespace kiosk::tools
