#pragma once
// Making a package from a content folder (kiosk-content pack): the content is validated, its
// files copied to the output folder and listed in manifest.json, ready for `minisign -S`.
// Also the small signed requests that carry no content: a rollback and a usage export.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/update/manifest.h"
#include "kiosk/update/refusal.h"
#include "kiosk/update/verifier.h"

namespace kiosk::update {

struct PackOptions {
    std::string exhibitId = std::string(kDefaultExhibitId);
    PackageKind kind = PackageKind::Content;  // Rollback: content that may be older
    std::int64_t rollbackTo = 0;  // with no source folder: a request to go back to this version
    std::string exportDir;        // with no source folder: a usage export request
    int validDays = 7;            // an export request is valid this long after `created`
    std::string created;          // ISO 8601; now when empty
    ManifestLimits limits;
    bool checkImages = true;
};

struct PackResult {
    Refusal problem;                           // why nothing was packed
    std::vector<std::string> contentProblems;  // the content's errors, when invalid
    std::vector<std::string> skipped;          // hidden files and system litter left out
    Manifest manifest;
    std::filesystem::path manifestPath;
    bool ok() const { return !problem.refused(); }
};

// `source` is empty for requests (rollbackTo or exportDir set). `out` must not exist or be empty.
PackResult packContent(const std::filesystem::path& source, const std::filesystem::path& out,
                       const PackOptions& options);

// The command that signs the manifest, with a trusted comment saying what the package is.
std::string signCommand(const std::filesystem::path& secretKey, const PackResult& packed);

}  // namespace kiosk::update
