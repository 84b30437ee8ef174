#pragma once
// Reading a TimelineJS3 timeline, from its JSON (timeline.knightlab.com/docs/json-format.html)
// or from a CSV exported from its Google Sheets template (columns Year, Month, Day, Time,
// End Year, ..., Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
// Group, Background), into one shape, each slide located for the import's report.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::tools {

struct TimelineDate {
    std::string year, month, day;  // as written, "" when absent ("2021", "2", "")
    bool hasTime = false;          // an hour, minute, second or Time column was given
    std::string where;             // "/events/0/start_date" or "row 3, columns Year-Day"
};

struct TimelineSlide {
    std::string where;  // "/events/0" (JSON pointer) or "row 3" (as the spreadsheet numbers it)
    std::optional<TimelineDate> start, end;
    std::string displayDate, headline, text;  // text is HTML
    std::string mediaUrl, mediaCaption, mediaCredit, mediaAlt;
    std::string mediaWhere;  // "/events/0/media" or "row 3, column Media"
    std::string group, uniqueId;
};

struct TimelineSource {
    std::optional<TimelineSlide> title;
    std::vector<TimelineSlide> events, eras;
    // Everything read but not carried over, located: "/events/1/background: ..." or
    // "row 4, column Background: ...".
    std::vector<std::string> unmapped;
};

// Reads `file` (.csv: the sheet; anything else: JSON). Nullopt with `error` set when the file
// cannot be read or is neither.
std::optional<TimelineSource> readTimelineSource(const std::filesystem::path& file,
                                                 std::string& error);

}  // namespace kiosk::tools
