// TimelineJS3 JSON and sheet CSV into TimelineSource (see timelinejs_source.h).
#include "kiosk/tools/timelinejs_source.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/tools/csv.h"

namespace kiosk::tools {
namespace {

using Json = nlohmann::ordered_json;

std::string scalar(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    if (value.is_number()) return value.dump();
    return {};
}

std::string trimmed(std::string s) {
    s.erase(0, s.find_first_not_of(" \t\r\n"));
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    return s;
}

// ---- JSON ----------------------------------------------------------------------------------

TimelineDate jsonDate(const Json& value, const std::string& where, TimelineSource& out) {
    TimelineDate date;
    date.where = where;
    if (!value.is_object()) {
        out.unmapped.push_back(where + ": not a date object; ignored");
        return date;
    }
    for (const auto& [key, member] : value.items()) {
        if (key == "year")
            date.year = trimmed(scalar(member));
        else if (key == "month")
            date.month = trimmed(scalar(member));
        else if (key == "day")
            date.day = trimmed(scalar(member));
        else if (key == "hour" || key == "minute" || key == "second" || key == "millisecond")
            date.hasTime = date.hasTime || !scalar(member).empty();
        else if (key != "display_date" && key != "format")
            out.unmapped.push_back(where + "/" + key + ": unknown date field; ignored");
    }
    return date;
}

TimelineSlide jsonSlide(const Json& value, const std::string& where, TimelineSource& out) {
    TimelineSlide slide;
    slide.where = where;
    if (!value.is_object()) return slide;
    for (const auto& [key, member] : value.items()) {
        std::string at = where + "/" + key;
        if (key == "start_date")
            slide.start = jsonDate(member, at, out);
        else if (key == "end_date")
            slide.end = jsonDate(member, at, out);
        else if (key == "display_date")
            slide.displayDate = scalar(member);
        else if (key == "group")
            slide.group = trimmed(scalar(member));
        else if (key == "unique_id")
            slide.uniqueId = scalar(member);
        else if (key == "text" && member.is_object()) {
            slide.headline = scalar(member.value("headline", Json()));
            slide.text = scalar(member.value("text", Json()));
        } else if (key == "media" && member.is_object()) {
            slide.mediaWhere = at;
            for (const auto& [field, v] : member.items()) {
                if (field == "url")
                    slide.mediaUrl = trimmed(scalar(v));
                else if (field == "caption")
                    slide.mediaCaption = scalar(v);
                else if (field == "credit")
                    slide.mediaCredit = scalar(v);
                else if (field == "alt")
                    slide.mediaAlt = scalar(v);
                else if (!scalar(v).empty())
                    out.unmapped.push_back(at + "/" + field + ": not imported (\"" + scalar(v) +
                                           "\")");
            }
        } else if (key == "background") {
            out.unmapped.push_back(at + ": not imported: the exhibit draws no slide backgrounds (" +
                                   member.dump() + ")");
        } else if (key == "autolink") {
            continue;  // the exhibit shows no links
        } else {
            out.unmapped.push_back(at + ": not imported (" + member.dump() + ")");
        }
    }
    return slide;
}

void readJson(const Json& root, TimelineSource& out) {
    for (const auto& [key, member] : root.items()) {
        if (key == "title") {
            out.title = jsonSlide(member, "/title", out);
        } else if (key == "events" && member.is_array()) {
            for (std::size_t i = 0; i < member.size(); ++i)
                out.events.push_back(jsonSlide(member[i], "/events/" + std::to_string(i), out));
        } else if (key == "eras" && member.is_array()) {
            for (std::size_t i = 0; i < member.size(); ++i)
                out.eras.push_back(jsonSlide(member[i], "/eras/" + std::to_string(i), out));
        } else if (key == "scale" && member == "human") {
            continue;
        } else {
            out.unmapped.push_back("/" + key + ": not imported (" + member.dump() + ")");
        }
    }
}

// ---- CSV -----------------------------------------------------------------------------------

void readSheet(const std::vector<std::vector<std::string>>& rows, TimelineSource& out) {
    if (rows.empty()) return;
    std::map<std::string, std::size_t> column;  // lower-case name -> index
    for (std::size_t i = 0; i < rows[0].size(); ++i) {
        std::string name = trimmed(rows[0][i]);
        for (char& c : name)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        column.emplace(name, i);
    }
    static const char* kKnown[] = {
        "year",         "month",         "day",          "time",     "end year", "end month",
        "end day",      "end time",      "display date", "headline", "text",     "media",
        "media credit", "media caption", "type",         "group",    "tag",      "alt text"};
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::vector<std::string>& row = rows[r];
        auto cell = [&](const std::string& name) {
            auto it = column.find(name);
            return it != column.end() && it->second < row.size() ? trimmed(row[it->second])
                                                                 : std::string();
        };
        bool empty = true;
        for (const std::string& value : row) empty = empty && trimmed(value).empty();
        if (empty) continue;
        std::string where = "row " + std::to_string(r + 1);
        TimelineSlide slide;
        slide.where = where;
        if (!cell("year").empty())
            slide.start = TimelineDate{cell("year"), cell("month"), cell("day"),
                                       !cell("time").empty(), where + ", columns Year to Time"};
        if (!cell("end year").empty())
            slide.end =
                TimelineDate{cell("end year"), cell("end month"), cell("end day"),
                             !cell("end time").empty(), where + ", columns End Year to End Time"};
        slide.displayDate = cell("display date");
        slide.headline = cell("headline");
        slide.text = cell("text");
        slide.mediaUrl = cell("media");
        slide.mediaCredit = cell("media credit");
        slide.mediaCaption = cell("media caption");
        slide.mediaAlt = cell("alt text");
        slide.mediaWhere = where + ", column Media";
        slide.group = cell("group").empty() ? cell("tag") : cell("group");
        for (const auto& [name, index] : column) {
            bool known = false;
            for (const char* k : kKnown) known = known || name == k;
            if (known || index >= row.size() || trimmed(row[index]).empty()) continue;
            std::string why = name == "background"
                                  ? "not imported: the exhibit draws no slide backgrounds"
                                  : "not imported";
            out.unmapped.push_back(where + ", column " + trimmed(rows[0][index]) + ": " + why +
                                   " (\"" + trimmed(row[index]) + "\")");
        }
        std::string type = cell("type");
        for (char& c : type)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (type == "title")
            out.title = slide;
        else if (type == "era")
            out.eras.push_back(slide);
        else
            out.events.push_back(slide);
    }
}

}  // namespace

std::optional<TimelineSource> readTimelineSource(const std::filesystem::path& file,
                                                 std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = file.string() + ": cannot be read";
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    TimelineSource out;
    if (file.extension() == ".csv") {
        auto rows = parseCsv(bytes.str());
        if (rows.empty() || !(std::any_of(rows[0].begin(), rows[0].end(),
                                          [](auto& c) { return csvHeaderIs(c, "Headline"); }))) {
            error =
                file.string() + ": not a TimelineJS sheet: the first row has no Headline column";
            return std::nullopt;
        }
        readSheet(rows, out);
        return out;
    }
    Json root = Json::parse(bytes.str(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        error = file.string() + ": not a TimelineJS3 JSON timeline (not a JSON object)";
        return std::nullopt;
    }
    readJson(root, out);
    return out;
}

}  // namespace kiosk::tools
