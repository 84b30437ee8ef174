#include "kiosk/update/pack.h"

#include <algorithm>

#include "kiosk/content/load.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/update/package_paths.h"
#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace fs = std::filesystem;
namespace {

struct SourceFiles {
    std::vector<std::string> paths;  // relative, sorted
    std::vector<std::string> skipped;
    Refusal problem;
};

bool isLeftOut(const std::string& name) {
    return isLitterName(name) || name.starts_with(".");
}

Refusal checkSourceEntry(const std::string& path, fs::file_status status) {
    if (fs::is_symlink(status))
        return refuse(RefusalCode::SymlinkOnStick, path + " is a symbolic link; copy the file in");
    if (!fs::is_regular_file(status) && !fs::is_directory(status))
        return refuse(RefusalCode::SymlinkOnStick, path + " is not a plain file");
    if (auto reason = unsafePathReason(path))
        return refuse(RefusalCode::UnsafePath, path + " has " + *reason + "; rename it");
    return {};
}

SourceFiles listSourceFiles(const fs::path& source) {
    SourceFiles found;
    std::error_code ec;
    fs::recursive_directory_iterator it(source, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::string path = it->path().lexically_relative(source).generic_string();
        bool isTop = it.depth() == 0;
        if (isLeftOut(name) || (isTop && (name == kManifestName || name == kSignatureName))) {
            found.skipped.push_back(path);
            it.disable_recursion_pending();
            continue;
        }
        fs::file_status status = it->symlink_status(ec);
        if (!ec) found.problem = checkSourceEntry(path, status);
        if (found.problem.refused()) return found;
        if (fs::is_regular_file(status)) found.paths.push_back(path);
    }
    if (ec)
        found.problem =
            refuse(RefusalCode::LocalError, "cannot list " + source.string() + ": " + ec.message());
    std::sort(found.paths.begin(), found.paths.end());
    if (auto clash = findCaseClash(found.paths))
        found.problem = refuse(RefusalCode::NameClash,
                               "the folder holds " + *clash + ", the same file on a USB stick");
    return found;
}

Refusal prepareOutput(const fs::path& source, const fs::path& out) {
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_empty(out, ec))
        return refuse(RefusalCode::LocalError, out.string() + " exists and is not empty");
    fs::path src = fs::weakly_canonical(source, ec), dst = fs::weakly_canonical(out, ec);
    if (!source.empty() && (dst.string() + "/").starts_with(src.string() + "/"))
        return refuse(RefusalCode::LocalError,
                      "the output folder must be outside " + source.string());
    fs::create_directories(out, ec);
    if (ec)
        return refuse(RefusalCode::LocalError,
                      "cannot create " + out.string() + ": " + ec.message());
    return {};
}

// Copies one file and lists the copy (so the manifest describes exactly what is in `out`).
Refusal copyAndList(const fs::path& source, const fs::path& out, const std::string& path,
                    const ManifestLimits& limits, Manifest& manifest) {
    std::error_code ec;
    fs::create_directories((out / path).parent_path(), ec);
    if (!ec) fs::copy_file(source / path, out / path, ec);
    if (ec) return refuse(RefusalCode::LocalError, "cannot copy " + path + ": " + ec.message());
    FileDigest digest = sha256File(out / path, limits.maxFileBytes);
    if (digest.error) return refuse(RefusalCode::LocalError, "cannot read " + path);
    if (digest.size > limits.maxFileBytes)  // the hash stopped there; the size is the file's
        return fileTooLarge(path, fs::file_size(out / path, ec), limits);
    manifest.files.push_back({path, digest.size, digest.sha256});
    if (manifest.totalBytes() > limits.maxTotalBytes) return packageTooLarge(limits);
    return {};
}

Refusal loadVersion(const fs::path& source, const PackOptions& options, PackResult& result) {
    content::LoadOptions loadOptions;
    loadOptions.checkImages = options.checkImages;
    content::LoadResult loaded = content::loadContent(source, loadOptions);
    for (const content::Problem& problem : loaded.problems)
        if (problem.severity == content::Problem::Severity::Error)
            result.contentProblems.push_back(problem.format());
    if (!loaded.ok())
        return refuse(RefusalCode::InvalidContent,
                      "the content has " + std::to_string(loaded.errors) + " errors");
    result.manifest.version = loaded.library->settings().version;
    return {};
}

Refusal packFiles(const fs::path& source, const fs::path& out, const PackOptions& options,
                  PackResult& result) {
    if (Refusal r = loadVersion(source, options, result); r.refused()) return r;
    SourceFiles files = listSourceFiles(source);
    result.skipped = files.skipped;
    if (files.problem.refused()) return files.problem;
    if (files.paths.size() > options.limits.maxEntries)
        return tooManyFiles(files.paths.size(), options.limits);
    if (Refusal r = prepareOutput(source, out); r.refused()) return r;
    for (const std::string& path : files.paths)
        if (Refusal r = copyAndList(source, out, path, options.limits, result.manifest);
            r.refused())
            return r;
    return {};
}

Refusal describeRequest(const PackOptions& options, Manifest& manifest) {
    if (!options.exportDir.empty()) {
        manifest.kind = PackageKind::ExportRequest;
        manifest.exportDir = options.exportDir;
        if (options.validDays < 1 || options.validDays > kMaxExportValidDays)
            return refuse(RefusalCode::ManifestInvalid, "an export request is valid for 1 to " +
                                                            std::to_string(kMaxExportValidDays) +
                                                            " days");
        manifest.validUntil = formatIsoUtc(parseIsoTime(manifest.created)->utcMs +
                                           Millis(options.validDays) * 86'400'000);
        if (auto reason = unsafePathReason(options.exportDir))
            return refuse(RefusalCode::UnsafePath, "the export folder has " + *reason);
    } else if (options.rollbackTo > 0) {
        manifest.kind = PackageKind::Rollback;
        manifest.version = options.rollbackTo;
    } else {
        return refuse(RefusalCode::ManifestInvalid, "which content folder?");
    }
    return {};
}

}  // namespace

PackResult packContent(const fs::path& source, const fs::path& out, const PackOptions& options) {
    PackResult result;
    Manifest& manifest = result.manifest;
    manifest.exhibitId = options.exhibitId;
    manifest.kind = options.kind;
    manifest.created =
        options.created.empty() ? formatIsoUtc(SystemClock().wallMs()) : options.created;
    if (!isValidExhibitId(options.exhibitId))
        result.problem = refuse(RefusalCode::ManifestInvalid,
                                "the exhibit id must be a-z, 0-9 and '-' (up to 64)");
    else if (!parseIsoTime(manifest.created))
        result.problem = refuse(RefusalCode::ManifestInvalid, "the created date is not ISO 8601");
    else if (source.empty())
        result.problem = describeRequest(options, manifest);
    else
        result.problem = packFiles(source, out, options, result);
    if (source.empty() && !result.problem.refused()) result.problem = prepareOutput({}, out);
    if (result.problem.refused()) return result;
    // What verify and the kiosk will read: refused here, with their words, if they would refuse.
    std::string text = formatManifest(manifest);
    if (ManifestParse check = parseManifest(text, options.limits); !check.manifest) {
        result.problem = check.refusal;
        return result;
    }
    result.manifestPath = out / kManifestName;
    if (std::error_code ec = platform::writeFileAtomically(result.manifestPath, text))
        result.problem =
            refuse(RefusalCode::LocalError, "cannot write manifest.json: " + ec.message());
    return result;
}

std::string signCommand(const fs::path& secretKey, const PackResult& packed) {
    auto quoted = [](const std::string& text) {
        bool plain = std::all_of(text.begin(), text.end(), [](char c) {
            return std::isalnum((unsigned char)c) ||
                   std::string_view("/._-~+").find(c) != std::string_view::npos;
        });
        if (plain) return text;
        std::string out = "'";
        for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    };
    const Manifest& m = packed.manifest;
    std::string what = std::string(kindName(m.kind)) +
                       (m.version ? " version " + std::to_string(m.version) : std::string()) +
                       " for " + m.exhibitId + ", packed " + m.created;
    return "minisign -S -s " + quoted(secretKey.string()) + " -m " +
           quoted(packed.manifestPath.string()) + " -t \"" + what + "\"";
}

}  // namespace kiosk::update
