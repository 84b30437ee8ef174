#pragma once
// Recognizing timeline files written for other tools, so that validate can say what a file is
// and how to bring it in instead of listing a hundred errors.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/json_value.h"

namespace kiosk::tools {

struct ForeignFile {
    std::filesystem::path file;
    std::string format;      // "a TimelineJS3 JSON timeline", "a TimelineJS sheet (CSV)", ...
    std::string evidence;    // what gave it away: "events with start_date and text.headline"
    std::string importHint;  // the command that brings it in, or what to do instead
};

// A file in another tool's format, or nullopt. JSON: TimelineJS3 (an "events" list whose items
// have "start_date", or a "title" slide with "text"), TimeMap ("datasets" with "items", or items
// with "start" and "point"). CSV: the TimelineJS Google Sheets template's header (Year,
// Headline, ...), or a TimeMap-style sheet (title, start, and point or lat/lon). Unreadable
// or unrecognized files give nullopt.
std::optional<ForeignFile> recognizeForeign(const std::filesystem::path& file);

// The same for a JSON file already parsed by the content loader (parseBoundedJson, which
// refuses duplicate keys, so its values are nlohmann's): nullopt or the format, `file` empty.
std::optional<ForeignFile> recognizeForeignJson(const content::JsonValue& root);

// Every foreign file directly inside `folder` (*.json, *.csv), or `folder` itself when it is a
// file. Sorted by name. `known`: answers already found by file name (recognizeForeignJson on
// the loader's values), used instead of reading those files again.
std::vector<ForeignFile> findForeign(
    const std::filesystem::path& folder,
    const std::map<std::string, std::optional<ForeignFile>>& known = {});

// "events.json: this is a TimelineJS3 JSON timeline (events with start_date and
// text.headline), not this exhibit's content format; bring it in with: kiosk-content import
// timelinejs events.json NEWDIR"
std::string describeForeign(const ForeignFile& found, const std::filesystem::path& shownAs);

}  // namespace kiosk::tools
