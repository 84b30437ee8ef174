// kiosk-content usage-report: the visitor usage log of an exhibit's data folder, as CSV.
#include <charconv>
#include <optional>
#include <string>

#include "kiosk/schedule/time_zone.h"
#include "kiosk/tools/cli.h"
#include "kiosk/usage/usage_report.h"

namespace kiosk::tools {
namespace {

struct UsageReportArgs {
    std::string dataDir;
    int top = 10;
    std::string timeZone;  // empty: UTC
    bool help = false;
};

int runUsageReport(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kUsageReportCommand{
    "usage-report",
    "usage-report DATA_DIR [--top N] [--time-zone ZONE]",
    "summarize the visitor usage log as CSV",
    "Reads DATA_DIR/usage/usage.jsonl and its rotated files (usage.1.jsonl, ...) and prints\n"
    "one CSV table, metric,key,value:\n"
    "  visits,DATE,N            visits started on each day that had any\n"
    "  visits,total,N\n"
    "  median_visit_s,all,S     the median visit length in seconds (when visits ended)\n"
    "  story_opens,EVENT-ID,N   the most-opened stories, most first\n"
    "Lines cut short by a power cut are skipped and counted on standard error.\n"
    "\n"
    "Options:\n"
    "  --top N           how many stories to list (default 10, 0 for none)\n"
    "  --time-zone ZONE  count visits per day of this zone, e.g. Europe/Berlin (default UTC)\n"
    "  --help            show this help\n"
    "\n"
    "Exit status: 0 report printed, 1 no usage data or a file could not be read,\n"
    "2 the command was used wrongly.\n",
    runUsageReport,
};

namespace {

std::optional<int> parseCount(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 100000)
        return std::nullopt;
    return value;
}

// Fills `parsed`, or returns the usage mistake.
std::optional<std::string> parseArgs(std::span<const std::string_view> args,
                                     UsageReportArgs& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        bool hasValue = i + 1 < args.size();
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
        } else if (arg == "--top" || arg == "--time-zone") {
            if (!hasValue) return std::string(arg) + " needs a value";
            std::string_view value = args[++i];
            if (arg == "--time-zone") {
                parsed.timeZone = value;
                continue;
            }
            std::optional<int> top = parseCount(value);
            if (!top) return "--top expects a whole number from 0, found " + std::string(value);
            parsed.top = *top;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option " + std::string(arg);
        } else if (!parsed.dataDir.empty()) {
            return "only one data folder at a time (got " + parsed.dataDir + " and " +
                   std::string(arg) + ")";
        } else {
            parsed.dataDir = arg;
        }
    }
    if (parsed.dataDir.empty() && !parsed.help) return "which data folder? (usage-report DATA_DIR)";
    return std::nullopt;
}

int report(const UsageReportArgs& parsed, CommandIo& io) {
    std::optional<schedule::TimeZone> zone;
    std::string error;
    if (!parsed.timeZone.empty()) {
        zone = schedule::TimeZone::load(parsed.timeZone, error);
        if (!zone) {
            io.err << "kiosk-content usage-report: " << error << '\n';
            return kExitProblems;
        }
    }
    std::vector<std::filesystem::path> files = usage::findUsageFiles(parsed.dataDir);
    if (files.empty()) {
        io.err << "kiosk-content usage-report: no usage log in " << parsed.dataDir
               << "/usage (expected usage.jsonl)\n";
        return kExitProblems;
    }
    usage::ReportOptions options{parsed.top, zone ? &*zone : nullptr};
    std::optional<usage::UsageReport> summary = usage::summarize(files, options, error);
    if (!summary || summary->records == 0) {
        io.err << "kiosk-content usage-report: "
               << (summary ? "the usage log holds no records" : error) << '\n';
        return kExitProblems;
    }
    usage::writeCsv(*summary, io.out);
    if (summary->skippedLines > 0)
        io.err << "kiosk-content usage-report: skipped " << summary->skippedLines
               << " unreadable lines (cut short by a power cut, or not usage records)\n";
    return kExitOk;
}

int runUsageReport(std::span<const std::string_view> args, CommandIo& io) {
    UsageReportArgs parsed;
    if (auto mistake = parseArgs(args, parsed))
        return usageError(kUsageReportCommand, *mistake, io);
    if (parsed.help) {
        printCommandHelp(kUsageReportCommand, io.out);
        return kExitOk;
    }
    return report(parsed, io);
}

}  // namespace
}  // namespace kiosk::tools
