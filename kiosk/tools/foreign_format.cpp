// Recognizing TimelineJS3 and TimeMap files by their field names (see foreign_format.h).
#include "kiosk/tools/foreign_format.h"

#include <simdjson.h>
#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "kiosk/tools/csv.h"

namespace kiosk::tools {
namespace {

using nlohmann::json;

constexpr std::string_view kTimelineHint = "bring it in with: kiosk-content import timelinejs ";
constexpr std::string_view kTimeMapHint =
    "kiosk-content cannot import TimeMap yet: copy its rows into the TimelineJS sheet "
    "template (docs/content-format.md, Editors' workflows)";

// The same questions of nlohmann's DOM and of simdjson's: `field` is null when the value is
// not an object or has no such key, and names the last of duplicate keys, as nlohmann keeps.
const json* field(const json& value, const char* key) {
    if (!value.is_object()) return nullptr;
    auto it = value.find(key);
    return it == value.end() ? nullptr : &*it;
}
bool isArray(const json& value) {
    return value.is_array();
}
template <class Test>
bool anyItem(const json& list, Test test) {
    return std::any_of(list.begin(), list.end(), test);
}
template <class Test>
bool everyItem(const json& list, Test test) {
    return !list.empty() && std::all_of(list.begin(), list.end(), test);
}

std::optional<simdjson::dom::element> field(simdjson::dom::element value, const char* key) {
    std::optional<simdjson::dom::element> found;
    if (value.type() != simdjson::dom::element_type::OBJECT) return found;
    simdjson::dom::object object = value.get_object().value_unsafe();  // not a temporary
    for (simdjson::dom::key_value_pair member : object)
        if (member.key == key) found = member.value;
    return found;
}
bool isArray(simdjson::dom::element value) {
    return value.type() == simdjson::dom::element_type::ARRAY;
}
template <class Test>
bool anyItem(simdjson::dom::element list, Test test) {
    simdjson::dom::array items = list.get_array().value_unsafe();
    return std::any_of(items.begin(), items.end(), test);
}
template <class Test>
bool everyItem(simdjson::dom::element list, Test test) {
    simdjson::dom::array items = list.get_array().value_unsafe();
    return items.begin() != items.end() && std::all_of(items.begin(), items.end(), test);
}

const content::JsonValue* field(const content::JsonValue& value, const char* key) {
    return value.find(key);  // duplicate keys were refused
}
bool isArray(const content::JsonValue& value) {
    return value.isArray();
}
template <class Test>
bool anyItem(const content::JsonValue& list, Test test) {
    return std::any_of(list.items().begin(), list.items().end(), test);
}
template <class Test>
bool everyItem(const content::JsonValue& list, Test test) {
    return !list.empty() && std::all_of(list.items().begin(), list.items().end(), test);
}

template <class Value>
std::optional<ForeignFile> recognizeJson(const Value& root) {
    auto events = field(root, "events");
    if (events && isArray(*events) &&
        anyItem(*events, [](const auto& event) { return bool(field(event, "start_date")); }))
        return ForeignFile{{},
                           "a TimelineJS3 JSON timeline",
                           "events with start_date",
                           std::string(kTimelineHint)};
    auto title = field(root, "title");
    if (title && field(*title, "text") && !field(root, "format"))
        return ForeignFile{{},
                           "a TimelineJS3 JSON timeline",
                           "a title slide with text",
                           std::string(kTimelineHint)};
    auto timeMapItem = [](const auto& item) {
        return field(item, "start") &&
               (field(item, "point") || field(item, "polygon") || field(item, "placemarks"));
    };
    auto datasets = field(root, "datasets");
    if (datasets && isArray(*datasets))
        return ForeignFile{{}, "TimeMap data", "datasets with items", std::string(kTimeMapHint)};
    if (isArray(root) && everyItem(root, timeMapItem))
        return ForeignFile{
            {}, "a list of TimeMap items", "items with start and point", std::string(kTimeMapHint)};
    return std::nullopt;
}

// Whole files are read into a string with simdjson's padding allocated after them.
bool readPadded(const std::filesystem::path& file, std::string& text) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) return false;
    std::streamoff size = in.tellg();
    if (size < 0) return false;
    in.seekg(0);
    text.reserve(std::size_t(size) + simdjson::SIMDJSON_PADDING);
    text.resize(std::size_t(size));
    in.read(text.data(), size);
    text.resize(std::size_t(in.gcount()));
    return !in.bad();
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
    std::string text;
    if (!readPadded(file, text)) return std::nullopt;
    std::optional<ForeignFile> found;
    if (file.extension() == ".csv") {
        found = recognizeCsv(text);
    } else {
        // simdjson answers for the texts it reads (about 15 times faster on 10 MB); whatever
        // it refuses (a BOM, a NUL, a depth over 1024, a huge number) nlohmann decides, as before.
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        bool padded = text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING;
        if (!parser.parse(text.data(), text.size(), !padded).get(root)) {
            found = recognizeJson(root);
        } else {
            json parsed = json::parse(text, nullptr, false);
            if (!parsed.is_discarded()) found = recognizeJson(parsed);
        }
    }
    if (found) found->file = file;
    return found;
}

std::optional<ForeignFile> recognizeForeignJson(const content::JsonValue& root) {
    return recognizeJson(root);
}

std::vector<ForeignFile> findForeign(
    const std::filesystem::path& folder,
    const std::map<std::string, std::optional<ForeignFile>>& known) {
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
    for (const auto& file : files) {
        auto answered = known.find(file.filename().string());
        std::optional<ForeignFile> one =
            answered != known.end() ? answered->second : recognizeForeign(file);
        if (!one) continue;
        one->file = file;
        found.push_back(*one);
    }
    return found;
}

std::string describeForeign(const ForeignFile& found, const std::filesystem::path& shownAs) {
    std::string hint = found.importHint;
    if (hint == kTimelineHint) hint += shownAs.string() + " NEWDIR";
    return shownAs.string() + ": this is " + found.format + " (" + found.evidence +
           "), not this exhibit's content format; " + hint;
}

}  // namespace kiosk::tools
