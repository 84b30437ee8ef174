// TimelineJS3 into this exhibit's content format (see timeline_import.h).
#include "kiosk/tools/timeline_import.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "kiosk/tools/html_text.h"

namespace kiosk::tools {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr const char* kPalette[] = {"#c8553d", "#2d6a8f", "#5b8c3a",
                                    "#8a5a9e", "#b07d2b", "#3a8c8c"};

// An id as the format wants it: lower-case letters, digits and "-", starting with a letter.
std::string slug(const std::string& text, const std::string& fallback) {
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 48) out.resize(48);
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.empty()) return fallback;
    if (out[0] < 'a' || out[0] > 'z') out = fallback + "-" + out;
    return out;
}

std::string unique(const std::string& id, std::set<std::string>& used) {
    std::string candidate = id;
    for (int n = 2; !used.insert(candidate).second; ++n) candidate = id + "-" + std::to_string(n);
    return candidate;
}

bool allDigits(const std::string& s) {
    return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string::npos;
}

// "2021", "2021-02" or "2021-02-08" as precise as written, or the reason it cannot be one.
std::optional<std::string> dateText(const TimelineDate& date, std::string& why) {
    if (!allDigits(date.year)) {
        why = "the year \"" + date.year + "\" is not one of 0000-9999";
        return std::nullopt;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d", std::stoi(date.year));
    std::string out = buffer;
    if (date.month.empty()) {
        if (!date.day.empty()) why = "a day without a month";
        return why.empty() ? std::optional(out) : std::nullopt;
    }
    int month = allDigits(date.month) ? std::stoi(date.month) : 0;
    if (month < 1 || month > 12) {
        why = "the month \"" + date.month + "\" is not 1-12";
        return std::nullopt;
    }
    std::snprintf(buffer, sizeof buffer, "-%02d", month);
    out += buffer;
    if (date.day.empty()) return out;
    int day = allDigits(date.day) ? std::stoi(date.day) : 0;
    if (day < 1 || day > 31) {
        why = "the day \"" + date.day + "\" is not 1-31";
        return std::nullopt;
    }
    std::snprintf(buffer, sizeof buffer, "-%02d", day);
    return out + buffer;
}

Json english(const std::string& text) {
    return Json{{"en", text}};
}

struct Importer {
    Importer(const fs::path& file, std::string shownAs, const fs::path& into)
        : sourceFile(file), shown(std::move(shownAs)), folder(into) {}
    const fs::path& sourceFile;
    std::string shown;  // "sheet.csv: "
    const fs::path& folder;
    ImportReport report;
    std::set<std::string> ids, trackIds, sourceIds, mediaIds;
    Json tracks = Json::array(), eras = Json::array(), sources = Json::array(),
         media = Json::array(), events = Json::array();
    std::map<std::string, std::string> trackOfGroup, sourceOfCredit;
    std::string earliest, latest;

    // A headline is one line in the exhibit (titles, era names): TimelineJS's <br> in it
    // becomes a space, not a line the header or a list would cut.
    std::string headline(const std::string& html, const std::string& where) {
        std::string text = plain(html, where).text, out;
        for (char c : text) {
            bool space = c == '\n' || c == ' ';
            if (space && (out.empty() || out.back() == ' ')) continue;
            out += c == '\n' ? ' ' : c;
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out;
    }

    PlainText plain(const std::string& html, const std::string& where) {
        PlainText text = htmlToPlain(html);
        for (const HtmlLink& link : text.links)
            report.todo.push_back(shown + where + ": a link, kept as its words only: \"" +
                                  link.text + "\" -> " + link.url);
        return text;
    }

    std::optional<Json> when(const TimelineSlide& slide) {
        if (!slide.start) {
            report.unmapped.push_back(shown + slide.where + ": no start date; left out");
            return std::nullopt;
        }
        std::string why;
        auto start = dateText(*slide.start, why);
        if (!start) {
            report.unmapped.push_back(shown + slide.start->where + ": " + why + "; left out");
            return std::nullopt;
        }
        Json when{{"start", *start}};
        if (slide.end) {
            if (auto end = dateText(*slide.end, why); end && *end != *start)
                when["end"] = *end;
            else if (!end)
                report.unmapped.push_back(shown + slide.end->where + ": " + why +
                                          "; the end is left out");
        }
        for (const auto* date : {&slide.start, &slide.end})
            if (*date && (*date)->hasTime)
                report.unmapped.push_back(shown + (*date)->where +
                                          ": the time of day is dropped; the exhibit dates to "
                                          "the day");
        if (!slide.displayDate.empty()) when["display"] = english(slide.displayDate);
        std::string last = when.contains("end") ? when["end"].get<std::string>() : *start;
        if (earliest.empty() || *start < earliest) earliest = *start;
        if (latest.empty() || last > latest) latest = last;
        return when;
    }

    std::string trackFor(const std::string& group) {
        std::string name = group.empty() ? "Events" : group;
        auto [it, added] = trackOfGroup.emplace(name, "");
        if (!added) return it->second;
        it->second = unique(slug(name, "track"), trackIds);
        tracks.push_back(Json{{"id", it->second},
                              {"name", english(name)},
                              {"color", kPalette[(tracks.size()) % std::size(kPalette)]}});
        return it->second;
    }

    std::string sourceForCredit(const std::string& credit) {
        auto [it, added] = sourceOfCredit.emplace(credit, "");
        if (added) {
            it->second = unique("credit-" + slug(credit, "source"), sourceIds);
            sources.push_back(Json{{"id", it->second}, {"title", credit}});
        }
        return it->second;
    }

    static bool isUrl(const std::string& s) {
        return s.rfind("/", 0) == 0 || s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 ||
               s.rfind("//", 0) == 0 || s.rfind("data:", 0) == 0;
    }

    // The media id of a local picture copied in, or "" (reported).
    std::string picture(const TimelineSlide& slide, const std::string& credit,
                        const std::string& title) {
        if (slide.mediaUrl.empty()) return {};
        if (isUrl(slide.mediaUrl)) {
            report.todo.push_back(shown + slide.mediaWhere + ": " + slide.mediaUrl +
                                  " is on the web and cannot be fetched offline: save it into "
                                  "media/ and add it to media.json" +
                                  (credit.empty() ? "" : " (credit: " + credit + ")"));
            return {};
        }
        fs::path file = sourceFile.parent_path() / slide.mediaUrl;
        std::string ext = file.extension().string();
        for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
        std::error_code ec;
        std::string why =
            ext != ".png" && ext != ".jpg" && ext != ".jpeg" ? "is not a PNG or JPEG picture"
            : !fs::is_regular_file(file, ec)                 ? "does not exist"
            : credit.empty()
                ? std::string("has no credit (") +
                      (slide.where.rfind("row", 0) == 0 ? "column Media Credit" : "media.credit") +
                      "), which the exhibit must show"
                : "";
        if (!why.empty()) {
            report.unmapped.push_back(shown + slide.mediaWhere + ": " + slide.mediaUrl + " " + why +
                                      "; left out");
            return {};
        }
        fs::create_directories(folder / "media");
        std::string name = file.filename().string();
        fs::copy_file(file, folder / "media" / name, fs::copy_options::overwrite_existing, ec);
        std::string id = unique("picture-" + slug(file.stem().string(), "media"), mediaIds);
        std::string caption =
            slide.mediaCaption.empty() ? title : plain(slide.mediaCaption, slide.mediaWhere).text;
        std::string alt = slide.mediaAlt.empty() ? caption : slide.mediaAlt;
        media.push_back(Json{{"id", id},
                             {"file", "media/" + name},
                             {"caption", english(caption)},
                             {"credit", english(credit)},
                             {"alt", english(alt)}});
        ++report.pictures;
        return id;
    }

    void event(const TimelineSlide& slide) {
        std::string title = headline(slide.headline, slide.where + "/text/headline");
        if (title.empty()) {
            report.unmapped.push_back(shown + slide.where + ": no headline; left out");
            return;
        }
        auto date = when(slide);
        if (!date) return;
        std::string textWhere = slide.where.rfind("row", 0) == 0 ? slide.where + ", column Text"
                                                                 : slide.where + "/text/text";
        std::string text = plain(slide.text, textWhere).text;
        std::size_t paragraph = text.find("\n\n");
        Json item{
            {"id", unique(slug(slide.uniqueId.empty() ? title : slide.uniqueId, "event"), ids)},
            {"title", english(title)},
            {"summary", english(text.empty() ? title : text.substr(0, paragraph))}};
        // A card shows its body, else its summary: the body is the whole text, so the first
        // paragraph shows on the card too; the summary (tour captions, lists) is that paragraph.
        if (paragraph != std::string::npos) item["body"] = english(text);
        item["when"] = *date;
        item["track"] = trackFor(slide.group);
        Json cited = Json::array({"timeline"});
        std::string credit = plain(slide.mediaCredit, slide.mediaWhere).text;
        if (!credit.empty()) cited.push_back(sourceForCredit(credit));
        item["sources"] = cited;
        if (std::string id = picture(slide, credit, title); !id.empty())
            item["media"] = Json::array({id});
        events.push_back(item);
        ++report.events;
    }

    void era(const TimelineSlide& slide) {
        std::string name = headline(slide.headline, slide.where + "/text/headline");
        if (name.empty()) {
            report.unmapped.push_back(shown + slide.where +
                                      ": an era without a headline; left out");
            return;
        }
        auto date = when(slide);
        if (!date) return;
        eras.push_back(
            Json{{"id", unique(slug(name, "era"), ids)}, {"name", english(name)}, {"when", *date}});
        ++report.eras;
    }
};

void writeJson(const fs::path& path, const Json& value) {
    std::ofstream(path, std::ios::binary) << value.dump(2, ' ', false) << '\n';
}

}  // namespace

ImportReport importTimeline(const TimelineSource& source, const fs::path& sourceFile,
                            const std::string& shownName, const fs::path& folder,
                            const std::string& versionDate) {
    Importer in(sourceFile, shownName + ": ", folder);
    for (const std::string& line : source.unmapped) in.report.unmapped.push_back(in.shown + line);
    std::string title = shownName, subtitle;
    if (!source.title)
        in.report.todo.push_back(in.shown +
                                 "no title slide: the exhibit's title is the file name " +
                                 "for now; write \"title\" and \"subtitle\" in exhibit.json");
    if (source.title) {
        const TimelineSlide& slide = *source.title;
        if (std::string h = in.headline(slide.headline, slide.where + "/text/headline"); !h.empty())
            title = h;
        subtitle = in.plain(slide.text, slide.where + "/text/text").text;
        subtitle = subtitle.substr(0, subtitle.find("\n\n"));
        if (!slide.mediaUrl.empty())
            in.report.unmapped.push_back(in.shown + slide.mediaWhere + ": " + slide.mediaUrl +
                                         ": the exhibit has no title picture; left out");
    }
    in.sourceIds.insert("timeline");
    in.sources.push_back(Json{
        {"id", "timeline"}, {"title", title}, {"publisher", "TimelineJS timeline " + shownName}});
    for (const TimelineSlide& slide : source.events) in.event(slide);
    for (const TimelineSlide& slide : source.eras) in.era(slide);
    if (in.tracks.empty()) in.trackFor("");
    in.report.tracks = int(in.tracks.size());

    Json exhibit{
        {"format", 1}, {"version", 1}, {"version_date", versionDate}, {"title", english(title)}};
    if (!subtitle.empty()) exhibit["subtitle"] = english(subtitle);
    exhibit["languages"] = Json::array({Json{{"code", "en"}, {"name", "English"}}});
    exhibit["default_language"] = "en";
    if (!in.earliest.empty())
        exhibit["timeline"] = Json{{"start", in.earliest}, {"end", in.latest}};
    exhibit["idle_timeout_s"] = 90;
    exhibit["schedule"] = Json::object();
    fs::create_directories(folder);
    writeJson(folder / "exhibit.json", exhibit);
    writeJson(folder / "events.json", Json{{"events", in.events}});
    writeJson(folder / "tracks.json", Json{{"tracks", in.tracks}, {"eras", in.eras}});
    writeJson(folder / "sources.json", Json{{"sources", in.sources}});
    writeJson(folder / "media.json", Json{{"media", in.media}});
    in.report.todo.push_back(
        "sources.json: every event cites \"timeline\" (this file); replace it with the sources "
        "the events rest on");
    in.report.todo.push_back(
        "places.json, actors.json: TimelineJS has no places or people; add them, and the "
        "map's home view in exhibit.json");
    return in.report;
}

}  // namespace kiosk::tools
