// kiosk-content verify: check a USB update package exactly as the kiosk would, short of
// installing it, so staff can test a stick on a laptop.
#include <stdlib.h>

#include <charconv>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/bounded_json.h"
#include "kiosk/tools/cli.h"
#include "kiosk/update/package_paths.h"
#include "kiosk/update/stick.h"
#include "kiosk/update/trusted_keys.h"
#include "kiosk/update/verifier.h"
#include "platform/fs_atomic.h"

namespace kiosk::tools {
namespace fs = std::filesystem;
namespace {

struct VerifyArgs {
    std::string folder;
    std::vector<std::string> keys;
    update::VerifyOptions options;
    bool help = false;
};

int runVerify(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kVerifyCommand{
    "verify",
    "verify DIR --pubkey KEYFILE [--current-version N] [--exhibit-id ID]",
    "check a signed update package (or a USB stick) as the kiosk would",
    "Runs every check the kiosk makes before installing the package in DIR (a package\n"
    "folder, or a stick holding exactly one): the minisign signature against the given public\n"
    "key(s), the trusted comment, the manifest and its limits, that the folder holds exactly\n"
    "the listed files (no links, no names that clash on FAT), each file's size and SHA-256,\n"
    "and the content itself; an export request must not be past its valid_until (this\n"
    "computer's clock). The files are copied to a temporary folder, checked there and\n"
    "removed; nothing is installed.\n"
    "\n"
    "Options:\n"
    "  --pubkey KEYFILE       a minisign public key file, or its base64 line; repeat for\n"
    "                         several keys (required)\n"
    "  --current-version N    refuse content that is not newer than N (default 0)\n"
    "  --exhibit-id ID        refuse a package for another exhibit (default: any)\n"
    "  --no-images            do not open the picture files\n"
    "  --help                 show this help\n"
    "\n"
    "Exit status: 0 the kiosk would accept it, 1 refused (the reason is printed),\n"
    "2 the command was used wrongly.\n",
    runVerify,
};

namespace {

std::optional<std::string> takeValue(std::string_view option, std::string_view value,
                                     VerifyArgs& parsed) {
    if (option == "--pubkey") {
        parsed.keys.emplace_back(value);
    } else if (option == "--exhibit-id") {
        parsed.options.exhibitId = std::string(value);
    } else {
        std::int64_t version = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
        if (ec != std::errc() || end != value.data() + value.size() || version < 0)
            return "--current-version expects a whole number, found " + std::string(value);
        parsed.options.currentVersion = version;
    }
    return std::nullopt;
}

std::optional<std::string> parseArgs(std::span<const std::string_view> args, VerifyArgs& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
        } else if (arg == "--no-images") {
            parsed.options.checkImages = false;
        } else if (arg == "--pubkey" || arg == "--exhibit-id" || arg == "--current-version") {
            if (i + 1 >= args.size()) return std::string(arg) + " needs a value";
            if (auto mistake = takeValue(arg, args[++i], parsed)) return mistake;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option " + std::string(arg);
        } else if (!parsed.folder.empty()) {
            return "one package at a time (got " + parsed.folder + " and " + std::string(arg) + ")";
        } else {
            parsed.folder = arg;
        }
    }
    if (parsed.help) return std::nullopt;
    if (parsed.folder.empty()) return "which package? (verify DIR --pubkey KEYFILE)";
    if (parsed.keys.empty()) return "which key? (--pubkey KEYFILE)";
    return std::nullopt;
}

// A package folder as given, or the one package on a stick.
std::optional<fs::path> findPackage(const fs::path& folder, CommandIo& io) {
    update::StickScan scan = update::StickScanner(folder).scan();
    if (scan.packages.size() == 1) return scan.packages.front();
    if (scan.packages.empty())
        io.out << "refused (no-package): no manifest.json in " << folder.string()
               << " or its folders\n";
    else
        io.out << "refused (several-packages): " << scan.packages.size()
               << " packages; the kiosk takes a stick with exactly one\n";
    return std::nullopt;
}

// A private folder for the copies, removed with everything in it.
struct TempStaging {
    fs::path path;
    TempStaging() {
        std::string pattern = (fs::temp_directory_path() / "kiosk-verify-XXXXXX").string();
        if (::mkdtemp(pattern.data())) path = pattern;
    }
    ~TempStaging() {
        if (!path.empty()) platform::removeTree(path);
    }
};

void printVerified(const update::VerifiedPackage& package, CommandIo& io) {
    const update::Manifest& m = package.manifest;
    io.out << "ok: " << update::kindName(m.kind);
    if (m.version) io.out << " version " << m.version;
    io.out << " for exhibit " << m.exhibitId << ", " << m.files.size() << " files ("
           << content::describeSize(std::size_t(m.totalBytes())) << "), created " << m.created
           << '\n'
           << "signed by key " << package.keyId << "; trusted comment: " << package.trustedComment
           << '\n';
    if (m.kind == update::PackageKind::ExportRequest)
        io.out << "export request: usage data to the folder " << m.exportDir
               << " on the stick, valid until " << m.validUntil << '\n';
    if (m.kind == update::PackageKind::Rollback && m.files.empty())
        io.out << "rollback request: the kiosk must still keep version " << m.version << '\n';
}

int runVerify(std::span<const std::string_view> args, CommandIo& io) {
    VerifyArgs parsed;
    if (auto mistake = parseArgs(args, parsed)) return usageError(kVerifyCommand, *mistake, io);
    if (parsed.help) {
        printCommandHelp(kVerifyCommand, io.out);
        return kExitOk;
    }
    update::TrustedKeyLoad keys = update::loadTrustedKeys(parsed.keys);
    if (!keys.ok()) return usageError(kVerifyCommand, "--pubkey " + keys.error, io);
    parsed.options.trustedKeys = keys.keys;
    parsed.options.now = SystemClock().wallMs();  // an export request past valid_until: expired
    std::optional<fs::path> package = findPackage(parsed.folder, io);
    if (!package) return kExitProblems;
    TempStaging staging;
    if (staging.path.empty()) {
        io.err << "kiosk-content verify: cannot create a temporary folder\n";
        return kExitProblems;
    }
    update::VerifyResult result = update::verifyPackage(*package, staging.path, parsed.options);
    for (const std::string& problem : result.contentProblems) io.out << problem << '\n';
    if (!result.ok()) {
        io.out << "refused (" << update::refusalName(result.refusal.code)
               << "): " << result.refusal.reason << '\n';
        return kExitProblems;
    }
    printVerified(*result.package, io);
    return kExitOk;
}

}  // namespace
}  // namespace kiosk::tools
