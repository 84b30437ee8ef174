#pragma once
// Everything the kiosk checks before it switches to a package, in an order that trusts nothing
// from the stick: copy the manifest and its signature into staging, verify the signature on
// that copy, parse it, match the stick's files to it, copy only the listed files, check each
// copy's size and SHA-256, then load the staged content completely.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/update/manifest.h"
#include "kiosk/update/minisign.h"
#include "kiosk/update/refusal.h"
#include "kiosk/update/steps.h"
#include "kiosk/update/stick_copy.h"

namespace kiosk::update {

inline constexpr std::string_view kDefaultExhibitId = "mediation-map";
// Staged and installed packages keep the content files in this sub-folder, next to the manifest.
inline constexpr std::string_view kContentFolder = "content";

struct VerifyOptions {
    std::vector<PublicKey> trustedKeys;
    std::optional<std::string> exhibitId;  // nothing: any exhibit (a laptop check)
    std::int64_t currentVersion = 0;       // content must be newer; a rollback may be anything
    std::optional<Millis> now;             // UTC; export requests past valid_until are refused
    ManifestLimits limits;
    bool checkImages = true;  // decode every picture whole while loading the content
    CopyHooks copyHooks;      // tests: a stick pulled out
    StepHook onStep;          // tests: Copied, then Verified
};

struct VerifiedPackage {
    Manifest manifest;
    std::string manifestSha256;  // hex, of our copy of manifest.json
    std::string keyId;           // as minisign prints it
    std::string trustedComment;
    std::filesystem::path stagedDir;  // manifest.json, manifest.json.minisig, content/
    std::filesystem::path contentDir() const { return stagedDir / kContentFolder; }
};

struct VerifyResult {
    Refusal refusal;
    std::optional<VerifiedPackage> package;    // set unless refused
    std::vector<std::string> contentProblems;  // the first few, when the content is invalid
    bool ok() const { return !refusal.refused(); }
};

// stagingDir must be a new, empty folder on the kiosk's own disk; the caller removes it.
VerifyResult verifyPackage(const std::filesystem::path& packageDir,
                           const std::filesystem::path& stagingDir, const VerifyOptions& options);

}  // namespace kiosk::update
