#pragma once
// Turning a TimelineJS3 timeline (timelinejs_source.h) into a content folder, and saying what
// could not come along.
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/tools/timelinejs_source.h"

namespace kiosk::tools {

struct ImportReport {
    int events = 0, eras = 0, tracks = 0, pictures = 0;
    std::vector<std::string> unmapped;  // "sheet.csv: row 4, column Background: ..."
    std::vector<std::string> todo;      // media given by URL, links, the sources to write
};

// Writes exhibit.json, events.json, tracks.json, sources.json and media.json (with the local
// pictures copied into media/) into `folder`, which must not hold content already.
// - Dates keep the precision written: a year stays a year ("2020"), a month a month.
// - Each TimelineJS group becomes a track; events without one go to the track "events".
// - Headline -> title; the text's first paragraph -> summary, the rest -> body (HTML reduced
//   by htmlToPlain, its links listed in `todo`).
// - The title slide -> exhibit.json's title and subtitle; eras -> tracks.json's eras.
// - Every event cites the source "timeline" (the imported file, to be replaced by the real
//   sources) and, where its media has a credit, a source for that credit.
// `shownName` is how the report names the source file; `versionDate` is a day (2026-11-27).
ImportReport importTimeline(const TimelineSource& source, const std::filesystem::path& sourceFile,
                            const std::string& shownName, const std::filesystem::path& folder,
                            const std::string& versionDate);

}  // namespace kiosk::tools
