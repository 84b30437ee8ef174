// kiosk-content pack: make a USB update package from a content folder, ready to sign.
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/bounded_json.h"
#include "kiosk/tools/cli.h"
#include "kiosk/update/pack.h"

namespace kiosk::tools {
namespace {

struct PackArgs {
    std::vector<std::string> folders;  // [SRC_DIR] OUT_DIR
    update::PackOptions options;
    std::string secretKey = "~/.minisign/minisign.key";
    bool help = false;
};

int runPack(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kPackCommand{
    "pack",
    "pack SRC_DIR OUT_DIR [--exhibit-id ID] [--rollback] [--key SECRET_KEY]",
    "make a signed-update package of a content folder (then sign it with minisign)",
    "Validates the content folder SRC_DIR (as validate does), copies its files to the new\n"
    "folder OUT_DIR and writes OUT_DIR/manifest.json listing each file with its size and\n"
    "SHA-256, the content version, the exhibit id and the date. Hidden files and system\n"
    "litter (.DS_Store, ._*, Thumbs.db, ...) are left out. It then prints the minisign\n"
    "command that signs the manifest; copy OUT_DIR, signed, to a USB stick.\n"
    "\n"
    "Requests without content (OUT_DIR only):\n"
    "  pack --rollback-to N OUT_DIR          go back to version N, if the kiosk still has it\n"
    "  pack --export-request FOLDER OUT_DIR  ask the kiosk to export usage data to FOLDER;\n"
    "                                        valid for 7 days (--valid-days N, up to 31)\n"
    "\n"
    "Options:\n"
    "  --exhibit-id ID   the exhibit the package is for (default mediation-map)\n"
    "  --rollback        a staff rollback: the kiosk installs it even if not newer\n"
    "  --key SECRET_KEY  the secret key file to show in the signing command\n"
    "                    (default ~/.minisign/minisign.key)\n"
    "  --no-images       do not open the picture files while validating\n"
    "  --help            show this help\n"
    "\n"
    "Exit status: 0 packed, 1 the content has errors or could not be packed,\n"
    "2 the command was used wrongly.\n",
    runPack,
};

namespace {

std::optional<std::int64_t> parseVersion(std::string_view text) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
    return value;
}

// Options that take a value; returns the usage mistake, if any.
std::optional<std::string> takeValue(std::string_view option, std::string_view value,
                                     PackArgs& parsed) {
    if (option == "--exhibit-id") {
        parsed.options.exhibitId = value;
    } else if (option == "--key") {
        parsed.secretKey = value;
    } else if (option == "--export-request") {
        parsed.options.exportDir = value;
    } else if (option == "--valid-days") {
        auto days = parseVersion(value);
        if (!days || *days > update::kMaxExportValidDays)
            return "--valid-days expects 1 to " + std::to_string(update::kMaxExportValidDays) +
                   " days, found " + std::string(value);
        parsed.options.validDays = int(*days);
    } else if (auto version = parseVersion(value)) {
        parsed.options.rollbackTo = *version;
    } else {
        return "--rollback-to expects a version number, found " + std::string(value);
    }
    return std::nullopt;
}

std::optional<std::string> checkFolders(const PackArgs& parsed) {
    bool isRequest = parsed.options.rollbackTo > 0 || !parsed.options.exportDir.empty();
    std::size_t wanted = isRequest ? 1 : 2;
    if (parsed.folders.size() != wanted)
        return isRequest ? "a request takes only OUT_DIR" : "pack needs SRC_DIR and OUT_DIR";
    if (isRequest && parsed.options.kind == update::PackageKind::Rollback)
        return "--rollback packs content; --rollback-to asks for a version the kiosk keeps";
    if (parsed.options.rollbackTo > 0 && !parsed.options.exportDir.empty())
        return "one request at a time";
    return std::nullopt;
}

std::optional<std::string> parseArgs(std::span<const std::string_view> args, PackArgs& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
        } else if (arg == "--rollback") {
            parsed.options.kind = update::PackageKind::Rollback;
        } else if (arg == "--no-images") {
            parsed.options.checkImages = false;
        } else if (arg == "--exhibit-id" || arg == "--key" || arg == "--rollback-to" ||
                   arg == "--export-request" || arg == "--valid-days") {
            if (i + 1 >= args.size()) return std::string(arg) + " needs a value";
            if (auto mistake = takeValue(arg, args[++i], parsed)) return mistake;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option " + std::string(arg);
        } else {
            parsed.folders.emplace_back(arg);
        }
    }
    return parsed.help ? std::nullopt : checkFolders(parsed);
}

void printPacked(const update::PackResult& packed, const PackArgs& parsed, CommandIo& io) {
    const update::Manifest& m = packed.manifest;
    io.out << "packed " << update::kindName(m.kind);
    if (m.version) io.out << " version " << m.version;
    io.out << " for exhibit " << m.exhibitId << ": " << m.files.size() << " files, "
           << content::describeSize(std::size_t(m.totalBytes())) << ", in "
           << packed.manifestPath.parent_path().string() << "/\n";
    for (const std::string& skipped : packed.skipped) io.out << "left out: " << skipped << '\n';
    io.out << "Now sign the manifest with your secret key:\n  "
           << update::signCommand(parsed.secretKey, packed) << '\n';
}

int runPack(std::span<const std::string_view> args, CommandIo& io) {
    PackArgs parsed;
    if (auto mistake = parseArgs(args, parsed)) return usageError(kPackCommand, *mistake, io);
    if (parsed.help) {
        printCommandHelp(kPackCommand, io.out);
        return kExitOk;
    }
    bool isRequest = parsed.folders.size() == 1;
    std::string source = isRequest ? std::string() : parsed.folders[0];
    update::PackResult packed = update::packContent(source, parsed.folders.back(), parsed.options);
    if (!packed.ok()) {
        for (const std::string& problem : packed.contentProblems) io.out << problem << '\n';
        io.out << "not packed: " << packed.problem.reason << '\n';
        return kExitProblems;
    }
    printPacked(packed, parsed, io);
    return kExitOk;
}

}  // namespace
}  // namespace kiosk::tools
