// Recognizing TimelineJS3 and TimeMap files by their field names (see foreign_format.h).
#include "kiosk/tools/foreign_format.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "kiosk/tools/csv.h"

namespace kiosk::tools {
namespace {

using nlohmann::json;

constexpr std::string_view kTimelineHint = "bring it in with: kiosk-content import timelinejs ";
constexpr std::string_view kTimeMapHint =
    "kiosk-content cannot import TimeMap yet: copy its rows into the TimelineJS sheet "
    "template (docs/content-format.md, Editors' workflows)";

bool hasKey(const json& value, const char* key) {
    return value.is_object() && value.contains(key);
}

std::optional<ForeignFile> recognizeJson(const json& root) {
    if (hasKey(root, "events") && root["events"].is_array()) {
        for (const json& event : root["events"])
            if (hasKey(event, "start_date"))
                return ForeignFile{{},
                                   "a TimelineJS3 JSON timeline",
                                   "events with start_date",
                                   std::string(kTimelineHint)};
    }
    if (hasKey(root, "title") && hasKey(root["title"], "text") && !hasKey(root, "format"))
        return ForeignFile{{},
                           "a TimelineJS3 JSON timeline",
                           "a title slide with text",
                           std::string(kTimelineHint)};
    auto timeMapItem = [](const json& item) {
        return hasKey(item, "start") &&
               (hasKey(item, "point") || hasKey(item, "polygon") || hasKey(item, "placemarks"));
    };
    if (hasKey(root, "datasets") && root["datasets"].is_array())
        return ForeignFile{{}, "TimeMap data", "datasets with items", std::string(kTimeMapHint)};
    if (root.is_array() && !root.empty() && std::all_of(root.begin(), root.end(), timeMapItem))
        return ForeignFile{
            {}, "a list of TimeMap items", "items with start and point", std::string(kTimeMapHint)};
    return std::nullopt;
}

std::optional<ForeignFile> recognizeCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows = parseCsv(text, 1);
    if (rows.empty()) return std::nullopt;
    auto has = [&](std::string_view name) {
        return std::any_of(rows[0].begin(), rows[0].end(),
                           [&](const std::string& cell) { return csvHeaderIs(cell, name); });
    };
    if (has("Year") && has("Headline"))
        return ForeignFile{{},
                           "a TimelineJS sheet (CSV)",
                           "columns Year and Headline",
                           std::string(kTimelineHint)};
    if (has("title") && has("start") && (has("point") || (has("lat") && has("lon"))))
        return ForeignFile{{},
                           "a TimeMap-style sheet (CSV)",
                           "columns title, start and point",
                           std::string(kTimeMapHint)};
    return std::nullopt;
}

}  // namespace

std::optional<ForeignFile> recognizeForeign(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string text = bytes.str();
    std::optional<ForeignFile> found;
    if (file.extension() == ".csv") {
        found = recognizeCsv(text);
    } else {
        json root = json::parse(text, nullptr, false);
        if (!root.is_discarded()) found = recognizeJson(root);
    }
    if (found) found->file = file;
    return found;
}

std::vector<ForeignFile> findForeign(const std::filesystem::path& folder) {
    std::vector<ForeignFile> found;
    std::error_code ec;
    if (std::filesystem::is_regular_file(folder, ec)) {
        if (auto one = recognizeForeign(folder)) found.push_back(*one);
        return found;
    }
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::directory_iterator(folder, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        std::string ext = it->path().extension().string();
        if (it->is_regular_file(ec) && (ext == ".json" || ext == ".csv")) files.push_back(*it);
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        if (auto one = recognizeForeign(file)) found.push_back(*one);
    return found;
}

std::string describeForeign(const ForeignFile& found, const std::filesystem::path& shownAs) {
    std::string hint = found.importHint;
    if (hint == kTimelineHint) hint += shownAs.string() + " NEWDIR";
    return shownAs.string() + ": this is " + found.format + " (" + found.evidence +
           "), not this exhibit's content format; " + hint;
}

}  // namespace kiosk::tools
