#pragma once
// The kiosk's data folder. Installed versions live side by side and one symlink says which is
// shown, so switching is a single rename():
//   data/current  -> versions/7-1a2b3c4d      (the content shown)
//   data/previous -> versions/6-9f8e7d6c      (kept for a rollback)
//   data/versions/<version>-<first 8 hex of the manifest's SHA-256>/
//       manifest.json, manifest.json.minisig, content/
//   data/staging/<random>/                    (a package being checked; removed at start)
//   data/history.jsonl
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "kiosk/update/refusal.h"
#include "kiosk/update/steps.h"

namespace kiosk::update {

struct InstalledVersion {
    std::string name;  // "7-1a2b3c4d"
    std::int64_t version = 0;
    std::filesystem::path dir;  // data/versions/<name>, resolved
    std::filesystem::path contentDir() const;
};

// "<version>-<hash8>" from a version number and the manifest's SHA-256 in hex.
std::string versionFolderName(std::int64_t version, std::string_view manifestSha256Hex);

class VersionStore {
  public:
    explicit VersionStore(std::filesystem::path dataDir);

    std::error_code prepare() const;  // creates versions/ and staging/
    const std::filesystem::path& dataDir() const { return data_; }
    std::filesystem::path versionsDir() const { return data_ / "versions"; }
    std::filesystem::path stagingRoot() const { return data_ / "staging"; }

    std::optional<InstalledVersion> current() const;
    std::optional<InstalledVersion> previous() const;
    std::optional<InstalledVersion> find(const std::string& name) const;
    std::vector<InstalledVersion> installed() const;  // every folder in versions/

    // Sizes and SHA-256 of every file against the version's stored manifest.
    Refusal checkIntact(const InstalledVersion& version) const;

    // Renames a staged, fsynced package into versions/<name> and fsyncs both folders.
    std::error_code place(const std::filesystem::path& staged, const std::string& name) const;
    // Makes `current` show versions/<name>, keeping what it showed as `previous`.
    std::error_code switchTo(const std::string& name, const StepHook& onStep) const;
    // Points link ("current" or "previous") at versions/<name> with one rename, then fsyncs.
    std::error_code pointLink(std::string_view link, const std::string& name,
                              const StepHook& onStep = {}) const;
    std::error_code removeLink(std::string_view link) const;
    // Removes every version but current and previous; each is renamed aside before deletion.
    std::error_code prune(const StepHook& onStep = {}) const;
    // Removes what an interrupted run left: staging folders, half-deleted versions, temp links.
    std::vector<std::string> removeLeftovers() const;
    // Moves one version aside and deletes it (a damaged one, found at start).
    std::error_code discard(const std::string& name) const;

  private:
    std::optional<InstalledVersion> resolveLink(std::string_view link) const;
    std::filesystem::path data_;
};

}  // namespace kiosk::update
