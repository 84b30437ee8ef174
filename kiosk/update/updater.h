#pragma once
// The content update engine: takes a package from a USB stick, checks everything (see
// verifier.h), installs it beside the content shown and switches with one rename; rolls back;
// and at start recovers from an interrupted update or a damaged SD card. Calls block (a big
// package takes a while on a Pi): run them off the drawing thread, one at a time.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/update/history.h"
#include "kiosk/update/store.h"
#include "kiosk/update/verifier.h"

namespace kiosk::update {

struct UpdaterConfig {
    std::filesystem::path dataDir;       // on a writable partition (not the overlay root)
    std::vector<PublicKey> trustedKeys;  // pinned; a package must be signed by one of them
    std::string exhibitId = std::string(kDefaultExhibitId);
    std::filesystem::path bundledContentDir;  // shown when nothing installed is usable
    std::int64_t bundledVersion = 0;          // its exhibit.json version
    ManifestLimits limits;
    const Clock* clock = nullptr;  // history times; the system clock when null
    bool checkImages = true;
    StepHook onStep;      // tests: the crash harness
    CopyHooks copyHooks;  // tests: a stick pulled out
};

enum class ContentSource { Installed, Bundled };

struct ShownContent {
    ContentSource source = ContentSource::Bundled;
    std::filesystem::path contentDir;  // resolved (no "current" link in it): load from here
    std::int64_t version = 0;
    std::string versionName;  // "7-1a2b3c4d"; empty for the bundled content
};

struct RecoveryReport {
    ShownContent shown;
    bool fellBack = false;           // the installed version was damaged
    std::vector<std::string> notes;  // what was found and done, for the log
};

struct UpdateResult {
    enum class Outcome { Refused, Installed, RolledBack, ExportRequested };
    Outcome outcome = Outcome::Refused;
    Refusal refusal;                           // why, when refused
    std::vector<std::string> contentProblems;  // the first content errors, when invalid
    std::int64_t fromVersion = 0;
    std::int64_t toVersion = 0;
    ShownContent shown;                 // what to show now
    std::filesystem::path exportDir;    // ExportRequested: the folder on the stick to write to
    std::string keyId, trustedComment;  // who signed the package, and what they wrote
    bool ok() const { return outcome != Outcome::Refused; }
};

class Updater {
  public:
    explicit Updater(UpdaterConfig config);
    ~Updater();

    // At start, before showing content: removes half-finished work, re-checks the installed
    // version's files against its manifest and falls back (previous, then bundled) if damaged.
    RecoveryReport recover();

    ShownContent shown() const;
    std::optional<std::int64_t> previousVersion() const;  // what rollBack() would show

    // The one package on a stick (refused when there are none or several).
    UpdateResult applyStick(const std::filesystem::path& mountRoot);
    UpdateResult applyPackage(const std::filesystem::path& packageDir);
    // Staff panel: back to the previous version (which then becomes "previous" in turn), or
    // to the bundled content when only one version was ever installed.
    UpdateResult rollBack();

    const UpdateHistory& history() const { return history_; }
    const VersionStore& store() const { return store_; }

  private:
    UpdateResult act(const VerifiedPackage& package, UpdateResult result,
                     const std::filesystem::path& packageDir);
    UpdateResult install(const VerifiedPackage& package, UpdateResult result);
    UpdateResult rollBackTo(std::int64_t version, UpdateResult result,
                            const std::filesystem::path& package);
    void fallBackFrom(const InstalledVersion& damaged, std::vector<std::string>& notes);
    UpdateResult refused(UpdateResult result, const std::filesystem::path& package);
    UpdateResult finish(UpdateResult result, const std::string& event,
                        const std::filesystem::path& package);
    VerifyOptions verifyOptions() const;
    std::filesystem::path newStagingDir() const;
    void step(UpdateStep at) const;

    UpdaterConfig config_;
    std::unique_ptr<Clock> ownClock_;
    VersionStore store_;
    UpdateHistory history_;
};

}  // namespace kiosk::update
