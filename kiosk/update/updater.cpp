#include "kiosk/update/updater.h"

#include <sodium.h>

#include "kiosk/update/stick.h"
#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace fs = std::filesystem;
namespace {

Refusal localError(const std::string& what, std::error_code ec) {
    return localWriteError(what, ec);
}

std::string joinNotes(const std::vector<std::string>& notes) {
    std::string joined;
    for (const std::string& note : notes) joined += (joined.empty() ? "" : "; ") + note;
    return joined;
}

}  // namespace

Updater::Updater(UpdaterConfig config)
    : config_(std::move(config)),
      ownClock_(config_.clock ? nullptr : std::make_unique<SystemClock>()),
      store_(config_.dataDir),
      history_(config_.dataDir / "history.jsonl", config_.clock ? *config_.clock : *ownClock_) {}

Updater::~Updater() = default;

void Updater::step(UpdateStep at) const {
    if (config_.onStep) config_.onStep(at);
}

ShownContent Updater::shown() const {
    if (std::optional<InstalledVersion> current = store_.current())
        return {ContentSource::Installed, current->contentDir(), current->version, current->name};
    return {ContentSource::Bundled, config_.bundledContentDir, config_.bundledVersion, {}};
}

std::optional<std::int64_t> Updater::previousVersion() const {
    std::optional<InstalledVersion> previous = store_.previous();
    if (previous) return previous->version;
    if (store_.current()) return config_.bundledVersion;  // rollBack() returns to it
    return std::nullopt;
}

RecoveryReport Updater::recover() {
    RecoveryReport report;
    if (std::error_code ec = store_.prepare()) {
        report.notes.push_back("cannot use " + config_.dataDir.string() + ": " + ec.message());
        report.shown = shown();
        return report;
    }
    report.notes = store_.removeLeftovers();
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(config_.dataDir / "current", ec)) && !store_.current()) {
        report.notes.push_back("the current link pointed nowhere; removed");
        store_.removeLink("current");
    }
    if (std::optional<InstalledVersion> current = store_.current()) {
        if (Refusal damage = store_.checkIntact(*current); damage.refused()) {
            report.fellBack = true;
            report.notes.push_back(damage.reason);
            fallBackFrom(*current, report.notes);
        }
    }
    if ((ec = store_.prune()))
        report.notes.push_back("pruning old versions failed: " + ec.message());
    report.shown = shown();
    if (!report.notes.empty())
        history_.append(
            {"recovered", 0, report.shown.version, {}, joinNotes(report.notes), {}, {}, {}});
    return report;
}

void Updater::fallBackFrom(const InstalledVersion& damaged, std::vector<std::string>& notes) {
    std::optional<InstalledVersion> previous = store_.previous();
    if (previous && previous->name != damaged.name && !store_.checkIntact(*previous).refused()) {
        store_.pointLink("current", previous->name);
        store_.removeLink("previous");
        notes.push_back("showing the previous version " + std::to_string(previous->version));
        return;
    }
    notes.push_back(previous ? "the previous version is damaged too" : "no previous version kept");
    store_.removeLink("current");
    store_.removeLink("previous");
    notes.push_back("showing the bundled content (version " +
                    std::to_string(config_.bundledVersion) + ")");
}

UpdateResult Updater::applyStick(const fs::path& mountRoot) {
    store_.prepare();  // for the history line, should this be refused
    StickScan scan = StickScanner(mountRoot).scan();
    UpdateResult result;
    result.fromVersion = shown().version;
    if (scan.packages.empty()) {
        // Most likely a visitor's stick: its folder is named after its label ("Anna's
        // phone"), so neither the reason nor the history names it. Only that one was seen.
        result.refusal = refuse(RefusalCode::NoPackage,
                                "a USB stick with no package on it (no folder holding "
                                "manifest.json); it was not opened further");
        return refused(std::move(result), {});
    } else if (scan.packages.size() > 1)
        result.refusal = refuse(RefusalCode::SeveralPackages,
                                "the stick holds " + std::to_string(scan.packages.size()) +
                                    " packages (" + scan.packages[0].filename().string() + ", " +
                                    scan.packages[1].filename().string() + "); keep only one");
    else
        return applyPackage(scan.packages.front());
    return refused(std::move(result), mountRoot);
}

UpdateResult Updater::applyPackage(const fs::path& packageDir) {
    UpdateResult result;
    result.fromVersion = shown().version;
    fs::path staging = newStagingDir();
    if (!isValidExhibitId(config_.exhibitId))
        result.refusal = refuse(RefusalCode::LocalError, "the kiosk has no valid exhibit id");
    else if (std::error_code ec = store_.prepare(); ec || (ec = platform::makeDirectory(staging)))
        result.refusal = localError("cannot prepare " + staging.string(), ec);
    if (result.refusal.refused()) return refused(std::move(result), packageDir);
    VerifyResult verified = verifyPackage(packageDir, staging, verifyOptions());
    if (verified.ok()) {
        result = act(*verified.package, std::move(result), packageDir);
    } else {
        result.refusal = std::move(verified.refusal);
        result.contentProblems = std::move(verified.contentProblems);
        result = refused(std::move(result), packageDir);
    }
    platform::removeTree(staging);  // already gone when installed
    return result;
}

// What a verified package asks for: new content, a kept version, or a usage export.
UpdateResult Updater::act(const VerifiedPackage& package, UpdateResult result,
                          const fs::path& packageDir) {
    const Manifest& manifest = package.manifest;
    result.toVersion = manifest.version;
    result.keyId = package.keyId;
    result.trustedComment = package.trustedComment;
    if (!manifest.files.empty()) {
        const char* event =
            manifest.kind == PackageKind::Rollback ? "rollback-installed" : "installed";
        result = install(package, std::move(result));
        return result.refusal.refused() ? refused(std::move(result), packageDir)
                                        : finish(std::move(result), event, packageDir);
    }
    if (manifest.kind == PackageKind::ExportRequest) {
        result.outcome = UpdateResult::Outcome::ExportRequested;
        result.shown = shown();
        result.exportDir = packageDir / manifest.exportDir;
        return finish(std::move(result), "export-requested", packageDir);
    }
    return rollBackTo(manifest.version, std::move(result), packageDir);
}

UpdateResult Updater::install(const VerifiedPackage& package, UpdateResult result) {
    std::string name = versionFolderName(package.manifest.version, package.manifestSha256);
    std::optional<InstalledVersion> current = store_.current();
    if (current && current->name == name) {
        result.refusal = refuse(RefusalCode::AlreadyCurrent, "this package (version " +
                                                                 std::to_string(current->version) +
                                                                 ") is the content already shown");
        return result;
    }
    std::error_code ec;
    if (store_.find(name)) ec = store_.discard(name);  // an older copy of the same package
    if (!ec) ec = platform::fsyncTree(package.stagedDir);
    if (!ec) step(UpdateStep::Synced);
    if (!ec) ec = store_.place(package.stagedDir, name);
    if (!ec) step(UpdateStep::Placed);
    if (!ec) ec = store_.switchTo(name, config_.onStep);
    if (ec) {
        result.refusal = localError("installing version " + name + " failed", ec);
        return result;
    }
    result.outcome = UpdateResult::Outcome::Installed;
    result.shown = shown();
    return result;
}

UpdateResult Updater::rollBack() {
    store_.prepare();
    UpdateResult result;
    result.fromVersion = shown().version;
    std::optional<InstalledVersion> previous = store_.previous();
    if (!previous && store_.current()) {
        // Only one version was ever installed: back to the content the package brought.
        if (std::error_code ec = store_.removeLink("current")) {
            result.refusal = localError("cannot switch back to the bundled content", ec);
            return refused(std::move(result), {});
        }
        result.outcome = UpdateResult::Outcome::RolledBack;
        result.toVersion = config_.bundledVersion;
        result.shown = shown();
        return finish(std::move(result), "rolled-back", {});
    }
    if (!previous) {
        result.refusal = refuse(RefusalCode::NothingToRollBack, "no previous version is kept");
        return refused(std::move(result), {});
    }
    return rollBackTo(previous->version, std::move(result), {});
}

UpdateResult Updater::rollBackTo(std::int64_t version, UpdateResult result,
                                 const fs::path& package) {
    result.toVersion = version;
    std::optional<InstalledVersion> target = store_.previous();
    if (!target || target->version != version) target.reset();
    for (const InstalledVersion& kept : store_.installed())
        if (!target && kept.version == version) target = kept;
    std::optional<InstalledVersion> current = store_.current();
    if (!target)
        result.refusal = refuse(RefusalCode::VersionNotKept,
                                "version " + std::to_string(version) +
                                    " is not kept on this kiosk; send a rollback package "
                                    "holding that content instead");
    else if (current && current->name == target->name)
        result.refusal = refuse(RefusalCode::AlreadyCurrent,
                                "version " + std::to_string(version) + " is already shown");
    else if (Refusal damage = store_.checkIntact(*target); damage.refused())
        result.refusal = damage;
    else if (std::error_code ec = store_.switchTo(target->name, config_.onStep))
        result.refusal = localError("switching to version " + target->name + " failed", ec);
    if (result.refusal.refused()) return refused(std::move(result), package);
    result.outcome = UpdateResult::Outcome::RolledBack;
    result.shown = shown();
    return finish(std::move(result), "rolled-back", package);
}

UpdateResult Updater::refused(UpdateResult result, const fs::path& package) {
    result.outcome = UpdateResult::Outcome::Refused;
    result.shown = shown();
    history_.append({"refused", result.fromVersion, result.toVersion,
                     std::string(refusalName(result.refusal.code)), result.refusal.reason,
                     package.string(), result.keyId, result.trustedComment});
    return result;
}

UpdateResult Updater::finish(UpdateResult result, const std::string& event,
                             const fs::path& package) {
    history_.append({event,
                     result.fromVersion,
                     result.toVersion,
                     {},
                     {},
                     package.string(),
                     result.keyId,
                     result.trustedComment});
    step(UpdateStep::Logged);
    store_.prune(config_.onStep);  // a failure only leaves an old version behind
    step(UpdateStep::Done);
    return result;
}

VerifyOptions Updater::verifyOptions() const {
    VerifyOptions options;
    options.trustedKeys = config_.trustedKeys;
    options.exhibitId = config_.exhibitId;
    options.currentVersion = shown().version;
    options.now = (config_.clock ? *config_.clock : *ownClock_).wallMs();
    options.limits = config_.limits;
    options.checkImages = config_.checkImages;
    options.copyHooks = config_.copyHooks;
    options.onStep = config_.onStep;
    return options;
}

fs::path Updater::newStagingDir() const {
    sodiumReady();
    std::array<std::uint8_t, 8> random{};
    randombytes_buf(random.data(), random.size());
    return store_.stagingRoot() / toHex(random);
}

}  // namespace kiosk::update
