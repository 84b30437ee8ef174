#include "kiosk/update/verifier.h"

#include <sys/statvfs.h>

#include <set>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/update/package_paths.h"
#include "kiosk/update/stick.h"
#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kContentProblemsShown = 5;
constexpr std::uint64_t kSpareBytes = 16 * 1024 * 1024;

Refusal localError(const fs::path& path, std::error_code ec) {
    return localWriteError("could not write " + path.string(), ec);
}

Refusal writeNewFile(const fs::path& path, std::string_view bytes) {
    platform::NewFile file;
    std::error_code ec = file.create(path);
    if (!ec) ec = file.write(bytes.data(), bytes.size());
    if (!ec) ec = file.close();
    return ec ? localError(path, ec) : Refusal{};
}

// Copies manifest.json and its signature into staging and verifies the signature on our copy.
Refusal stageSignedManifest(const fs::path& packageDir, const fs::path& staging,
                            const VerifyOptions& options, VerifiedPackage& package,
                            std::string& manifestText) {
    SmallFile manifest = readSmallFile(packageDir / kManifestName, options.limits.maxManifestBytes);
    if (manifest.refusal.code == RefusalCode::MissingFile)
        return refuse(RefusalCode::NoPackage,
                      "there is no manifest.json in " + packageDir.string());
    if (manifest.refusal.refused()) return manifest.refusal;
    SmallFile signature = readSmallFile(packageDir / kSignatureName, kMaxMinisigBytes);
    if (signature.refusal.code == RefusalCode::MissingFile)
        return refuse(RefusalCode::NotSigned,
                      "manifest.json.minisig is missing: the package is "
                      "not signed (sign it with minisign -S)");
    if (signature.refusal.refused()) return signature.refusal;
    if (Refusal r = writeNewFile(staging / kManifestName, manifest.bytes); r.refused()) return r;
    if (Refusal r = writeNewFile(staging / kSignatureName, signature.bytes); r.refused()) return r;
    SmallFile ours = readSmallFile(staging / kManifestName, options.limits.maxManifestBytes);
    if (ours.refusal.refused()) return refuse(RefusalCode::LocalError, ours.refusal.reason);
    SignatureCheck check = verifyMinisign(ours.bytes, signature.bytes, options.trustedKeys);
    if (!check.ok()) return check.refusal;
    package.keyId = check.keyIdHex;
    package.trustedComment = check.trustedComment;
    package.manifestSha256 = toHex(sha256Of(ours.bytes));
    manifestText = std::move(ours.bytes);
    return {};
}

Refusal checkPolicy(const Manifest& manifest, const VerifyOptions& options) {
    if (options.exhibitId && manifest.exhibitId != *options.exhibitId)
        return refuse(RefusalCode::WrongExhibit, "the package is for exhibit \"" +
                                                     manifest.exhibitId + "\"; this is \"" +
                                                     *options.exhibitId + "\"");
    if (manifest.kind == PackageKind::ExportRequest && options.now &&
        *options.now > parseIsoTime(manifest.validUntil)->utcMs)
        return refuse(RefusalCode::Expired,
                      "the export request was valid until " + manifest.validUntil + "; it is now " +
                          formatIsoUtc(*options.now) + " by this kiosk's clock: make a new one");
    if (manifest.kind == PackageKind::Content && manifest.version <= options.currentVersion)
        return refuse(RefusalCode::NotNewer,
                      "version " + std::to_string(manifest.version) +
                          " is not newer than the version shown (" +
                          std::to_string(options.currentVersion) +
                          "); going back needs a rollback package signed by staff");
    return {};
}

Refusal checkSpace(const fs::path& staging, std::uint64_t needed) {
    struct statvfs fsInfo {};
    if (::statvfs(staging.c_str(), &fsInfo) != 0) return {};  // unknown: let the copy find out
    std::uint64_t available = std::uint64_t(fsInfo.f_bavail) * fsInfo.f_frsize;
    if (available >= needed + kSpareBytes) return {};
    return refuse(RefusalCode::NotEnoughSpace,
                  "the package needs " + std::to_string(needed / (1024 * 1024) + 1) +
                      " MB; the kiosk has " + std::to_string(available / (1024 * 1024)) +
                      " MB free");
}

Refusal makeParentFolders(const fs::path& contentDir, const std::string& path,
                          std::set<std::string>& made) {
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        std::string folder = path.substr(0, slash);
        if (!made.insert(folder).second) continue;
        if (std::error_code ec = platform::makeDirectory(contentDir / folder))
            return localError(contentDir / folder, ec);
    }
    return {};
}

// A file or the folder missing once manifest.json was read means the stick was pulled out, when
// manifest.json has gone too: "stick-read-error", as the staff guide says, not "missing-file".
Refusal unlessPulledOut(const fs::path& packageDir, Refusal refusal) {
    bool missing =
        refusal.code == RefusalCode::MissingFile || refusal.code == RefusalCode::NoPackage;
    std::error_code ec;
    if (!missing || fs::is_regular_file(fs::symlink_status(packageDir / kManifestName, ec)))
        return refusal;
    return refuse(
        RefusalCode::StickReadError,
        "the package is no longer on the stick (was the stick pulled out?): " + refusal.reason);
}

// Copies only the files the manifest lists, after matching the whole package folder to it.
Refusal copyListedFiles(const fs::path& packageDir, const VerifiedPackage& package,
                        const VerifyOptions& options) {
    // Room for folders and for the "._" twin macOS writes beside every file.
    PackageInventory inventory = inventoryPackage(packageDir, 4 * options.limits.maxEntries + 2);
    if (inventory.refusal.refused()) return inventory.refusal;
    SourceMap sources = matchInventory(inventory, package.manifest);
    if (sources.refusal.refused()) return sources.refusal;
    if (Refusal r = checkSpace(package.stagedDir, package.manifest.totalBytes()); r.refused())
        return r;
    fs::path contentDir = package.contentDir();
    if (std::error_code ec = platform::makeDirectory(contentDir)) return localError(contentDir, ec);
    std::set<std::string> made;
    for (const ManifestEntry& entry : package.manifest.files) {
        if (Refusal r = makeParentFolders(contentDir, entry.path, made); r.refused()) return r;
        Refusal r = copyFromStick(packageDir, sources.stickPathOf.at(entry.path), entry.size,
                                  contentDir / entry.path, options.copyHooks);
        if (r.refused()) return r;
    }
    return {};
}

Refusal checkCopies(const VerifiedPackage& package) {
    for (const ManifestEntry& entry : package.manifest.files) {
        FileDigest digest = sha256File(package.contentDir() / entry.path, entry.size);
        if (digest.error)
            return refuse(RefusalCode::LocalError, "could not read the copy of " + entry.path +
                                                       ": " + digest.error.message());
        if (digest.size != entry.size)
            return refuse(RefusalCode::SizeMismatch,
                          entry.path + " is " + std::to_string(digest.size) +
                              " bytes; manifest.json says " + std::to_string(entry.size));
        if (digest.sha256 != entry.sha256)
            return refuse(RefusalCode::HashMismatch,
                          entry.path + " differs from the file that was signed (SHA-256)");
    }
    return {};
}

Refusal checkContent(const VerifiedPackage& package, const VerifyOptions& options,
                     std::vector<std::string>& problems) {
    content::LoadOptions loadOptions;
    loadOptions.checkImages = options.checkImages;
    content::LoadResult loaded = content::loadContent(package.contentDir(), loadOptions);
    if (!loaded.ok()) {
        for (const content::Problem& problem : loaded.problems)
            if (problem.severity == content::Problem::Severity::Error &&
                problems.size() < kContentProblemsShown)
                problems.push_back(problem.format());
        return refuse(RefusalCode::InvalidContent,
                      "the content has " + std::to_string(loaded.errors) + " errors; the first: " +
                          (problems.empty() ? std::string("?") : problems.front()));
    }
    std::int64_t contentVersion = loaded.library->settings().version;
    if (contentVersion != package.manifest.version)
        return refuse(RefusalCode::VersionMismatch,
                      "manifest.json says version " + std::to_string(package.manifest.version) +
                          " but exhibit.json says " + std::to_string(contentVersion));
    return {};
}

void step(const VerifyOptions& options, UpdateStep at) {
    if (options.onStep) options.onStep(at);
}

}  // namespace

VerifyResult verifyPackage(const fs::path& packageDir, const fs::path& stagingDir,
                           const VerifyOptions& options) {
    VerifyResult result;
    VerifiedPackage package;
    package.stagedDir = stagingDir;
    std::string manifestText;
    Refusal& refusal = result.refusal;
    refusal = stageSignedManifest(packageDir, stagingDir, options, package, manifestText);
    if (refusal.refused()) return result;
    ManifestParse parsed = parseManifest(manifestText, options.limits);
    if (!parsed.manifest) {
        refusal = parsed.refusal;
        return result;
    }
    package.manifest = std::move(*parsed.manifest);
    if ((refusal = checkPolicy(package.manifest, options)).refused()) return result;
    if (!package.manifest.files.empty()) {
        refusal = unlessPulledOut(packageDir, copyListedFiles(packageDir, package, options));
        if (refusal.refused()) return result;
        step(options, UpdateStep::Copied);
        if ((refusal = checkCopies(package)).refused()) return result;
        if ((refusal = checkContent(package, options, result.contentProblems)).refused())
            return result;
        step(options, UpdateStep::Verified);
    }
    result.package = std::move(package);
    return result;
}

}  // namespace kiosk::update
