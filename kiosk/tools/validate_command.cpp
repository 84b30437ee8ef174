// kiosk-content validate: check a content folder and list every problem in it.
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "kiosk/content/load.h"
#include "kiosk/tools/cli.h"
#include "kiosk/tools/font_check.h"
#include "kiosk/tools/foreign_format.h"
#include "kiosk/tools/schedule_check.h"

namespace kiosk::tools {
namespace {

struct ValidateArgs {
    std::string folder;
    std::string missingIn;  // --missing LANG
    bool quiet = false;
    bool checkImages = true;
    bool help = false;
};

int runValidate(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kValidateCommand{
    "validate",
    "validate DIR [--quiet] [--no-images] [--missing LANG]",
    "check a content folder and list every problem in it",
    "Checks every file of the content folder DIR against docs/content-format.md and prints\n"
    "each problem as FILE:LINE:COLUMN: error|warning: JSON-PATH: message, then a summary:\n"
    "  DIR/: N events, N actors, N places, N tours, N images; N errors, N warnings\n"
    "\n"
    "Options:\n"
    "  --quiet      print errors and the summary only, not the warnings (still counted)\n"
    "  --no-images  do not open the picture files; \"images\" then counts media entries\n"
    "  --missing LANG\n"
    "               list every text that lacks the language LANG (a code such as ru, or\n"
    "               all); without it, the first 5 per language and a count\n"
    "  --help       show this help\n"
    "\n"
    "Texts are also checked against the bundled fonts (fonts-noto-core; $KIOSK_FONT_DIR is\n"
    "searched first) and for unbalanced bidi controls; see docs/content-format.md.\n"
    "\n"
    "Exit status: 0 the content can be shown (warnings allowed), 1 it has errors,\n"
    "2 the command was used wrongly.\n",
    runValidate,
};

namespace {

// Fills `parsed`, or returns the usage mistake.
std::optional<std::string> parseArgs(std::span<const std::string_view> args, ValidateArgs& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "--missing") {
            if (i + 1 == args.size() || args[i + 1].empty() || args[i + 1][0] == '-')
                return "--missing expects a language code such as ru, or all";
            parsed.missingIn = args[++i];
        } else if (arg == "--quiet")
            parsed.quiet = true;
        else if (arg == "--no-images")
            parsed.checkImages = false;
        else if (arg == "--help" || arg == "-h")
            parsed.help = true;
        else if (arg.size() > 1 && arg[0] == '-')
            return "unknown option " + std::string(arg);
        else if (!parsed.folder.empty())
            return "only one folder can be checked at a time (got " + parsed.folder + " and " +
                   std::string(arg) + ")";
        else
            parsed.folder = arg;
    }
    if (parsed.folder.empty() && !parsed.help) return "which folder? (validate DIR)";
    return std::nullopt;
}

std::string summaryLine(const std::string& folder, const content::LoadResult& result) {
    std::string shown = folder.back() == '/' ? folder : folder + "/";
    const content::ContentCounts& n = result.found;
    return shown + ": " + std::to_string(n.events) + " events, " + std::to_string(n.actors) +
           " actors, " + std::to_string(n.places) + " places, " + std::to_string(n.tours) +
           " tours, " + std::to_string(n.images) + " images; " + std::to_string(result.errors) +
           " errors, " + std::to_string(result.warnings) + " warnings";
}

// Whether --missing names a listed language (or all); unknown when the content has errors.
bool knowsLanguage(const content::LoadResult& result, const std::string& code) {
    if (code.empty() || code == "all" || !result.library) return true;
    for (const content::Language& language : result.library->settings().languages)
        if (language.code == code) return true;
    return false;
}

int runValidate(std::span<const std::string_view> args, CommandIo& io) {
    ValidateArgs parsed;
    if (auto mistake = parseArgs(args, parsed)) return usageError(kValidateCommand, *mistake, io);
    if (parsed.help) {
        printCommandHelp(kValidateCommand, io.out);
        return kExitOk;
    }
    // A file from another timeline tool: say what it is once, rather than a hundred errors.
    std::error_code ec;
    bool isFile = std::filesystem::is_regular_file(parsed.folder, ec);
    if (isFile) {
        std::vector<ForeignFile> foreign = findForeign(parsed.folder);
        for (const ForeignFile& found : foreign)
            io.out << describeForeign(found, std::filesystem::path(parsed.folder)) << '\n';
        if (foreign.empty())
            io.out << parsed.folder
                   << ": validate checks a content folder (exhibit.json, events.json, ...), not "
                      "one file\n";
        return kExitProblems;
    }
    content::LoadOptions options;
    options.checkImages = parsed.checkImages;
    options.listMissingIn = parsed.missingIn;
    const char* fontDir = std::getenv("KIOSK_FONT_DIR");
    FontGlyphCheck fonts(text::findFontFiles(text::Weight::Regular, fontDir ? fontDir : ""));
    if (fonts.usable()) options.glyphs = &fonts;
    // The content files the loader parses are recognized from its values, not read again.
    std::map<std::string, std::optional<ForeignFile>> recognized;
    options.onParsed = [&](std::string_view file, const content::JsonValue& root) {
        recognized[std::string(file)] = recognizeForeignJson(root);
    };
    content::LoadResult result = content::loadContent(parsed.folder, options);
    for (const ForeignFile& found : findForeign(parsed.folder, recognized))
        io.out << describeForeign(found,
                                  std::filesystem::path(parsed.folder) / found.file.filename())
               << '\n';
    checkSchedule(parsed.folder, result);
    if (!knowsLanguage(result, parsed.missingIn))
        return usageError(kValidateCommand,
                          "--missing " + parsed.missingIn + ": exhibit.json lists no such language",
                          io);
    for (const content::Problem& problem : result.problems) {
        if (parsed.quiet && problem.severity == content::Problem::Severity::Warning) continue;
        io.out << problem.format() << '\n';
    }
    if (!fonts.usable())
        io.out << "note: no font files found (fonts-noto-core); texts were not checked against "
                  "the fonts\n";
    io.out << summaryLine(parsed.folder, result) << '\n';
    return result.errors > 0 ? kExitProblems : kExitOk;
}

}  // namespace
}  // namespace kiosk::tools
