// kiosk-content import timelinejs: a TimelineJS3 timeline (JSON or sheet CSV) into a folder.
#include <ctime>
#include <filesystem>

#include "kiosk/content/load.h"
#include "kiosk/tools/cli.h"
#include "kiosk/tools/timeline_import.h"

namespace kiosk::tools {
namespace {

int runImport(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kImportCommand{
    "import",
    "import timelinejs SRC DIR [--version-date DAY]",
    "make a content folder from a TimelineJS3 timeline (JSON or Google Sheets CSV)",
    "SRC is a TimelineJS3 JSON file, or a CSV exported from the TimelineJS Google Sheets\n"
    "template. DIR is a new folder (or an empty one). The import writes exhibit.json,\n"
    "events.json, tracks.json, sources.json and media.json, copies local pictures into\n"
    "DIR/media, then reports everything it could not carry over and what is left to do, each\n"
    "located by JSON path (/events/3/background) or spreadsheet row (row 4, column\n"
    "Background), and validates the folder.\n"
    "\n"
    "Options:\n"
    "  --version-date DAY  exhibit.json's version_date (default: today, UTC)\n"
    "\n"
    "Exit status: 0 the folder was written and validates, 1 it could not be written or has\n"
    "errors, 2 the command was used wrongly.\n",
    runImport,
};

namespace {

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

int runImport(std::span<const std::string_view> args, CommandIo& io) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        printCommandHelp(kImportCommand, io.out);
        return kExitOk;
    }
    std::vector<std::string> positional;
    std::string versionDate = today();
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--version-date") {
            if (i + 1 == args.size())
                return usageError(kImportCommand, "--version-date expects a day like 2026-11-27",
                                  io);
            versionDate = args[++i];
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usageError(kImportCommand, "unknown option " + std::string(args[i]), io);
        } else {
            positional.emplace_back(args[i]);
        }
    }
    if (positional.empty() || positional[0] != "timelinejs")
        return usageError(kImportCommand, "import what? only \"timelinejs\" is known", io);
    if (positional.size() != 3)
        return usageError(kImportCommand, "import timelinejs needs SRC and DIR", io);
    std::filesystem::path source = positional[1], folder = positional[2];
    std::error_code ec;
    if (std::filesystem::exists(folder / "exhibit.json", ec)) {
        io.out << folder.string()
               << ": already holds content (exhibit.json); import into a new "
                  "folder\n";
        return kExitProblems;
    }
    std::string error;
    auto timeline = readTimelineSource(source, error);
    if (!timeline) {
        io.out << error << '\n';
        return kExitProblems;
    }
    ImportReport report =
        importTimeline(*timeline, source, source.filename().string(), folder, versionDate);
    auto count = [](std::size_t n, const char* noun) {
        return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
    };
    io.out << "imported " << count(report.events, "event") << ", " << count(report.eras, "era")
           << ", " << count(report.tracks, "track") << " and " << count(report.pictures, "picture")
           << " from " << source.filename().string() << '\n';
    io.out << "not carried over (" << report.unmapped.size() << "):\n";
    for (const std::string& line : report.unmapped) io.out << "  " << line << '\n';
    io.out << "to do (" << report.todo.size() << "):\n";
    for (const std::string& line : report.todo) io.out << "  " << line << '\n';
    content::LoadResult result = content::loadContent(folder);
    for (const content::Problem& problem : result.problems) io.out << problem.format() << '\n';
    io.out << "validate: " << result.errors << " errors, " << result.warnings << " warnings\n";
    return result.errors > 0 ? kExitProblems : kExitOk;
}

}  // namespace
}  // namespace kiosk::tools
