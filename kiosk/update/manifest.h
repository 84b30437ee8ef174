#pragma once
// manifest.json: what a package is (content, rollback or export request), for which exhibit,
// which version, and every file with its size and SHA-256. Parsed strictly and under limits,
// so a hostile manifest is refused before anything is allocated for the sizes it claims.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/update/hashing.h"
#include "kiosk/update/refusal.h"

namespace kiosk::update {

enum class PackageKind { Content, Rollback, ExportRequest };
std::string_view kindName(PackageKind kind);  // "content", "rollback", "export-request"

// The limits of a package: ONE set, used by `kiosk-content pack`, `verify` and the kiosk, and
// quoted in docs/staff-guide.md ("too-large"). The manifest's own size limit is derived from
// the others, so that a package at the file limit, with the longest names, always fits.
inline constexpr std::size_t kMaxPackageFiles = 10'000;
inline constexpr std::uint64_t kMaxPackageFileBytes = 64ull * 1024 * 1024;
inline constexpr std::uint64_t kMaxPackageBytes = 1024ull * 1024 * 1024;
// One file's line in manifest.json as formatManifest writes it, at most: indent, a 255-byte
// path in quotes (unsafePathReason refuses longer ones and anything JSON would escape), an
// 8-digit size and 64 hex digits; the header is bounded by its fields' own limits.
inline constexpr std::size_t kMaxManifestLineBytes = 384;
inline constexpr std::size_t kMaxManifestBytes = 4 * 1024 * 1024;
static_assert(kMaxManifestBytes >= kMaxPackageFiles * kMaxManifestLineBytes + 4096);

struct ManifestLimits {
    std::size_t maxManifestBytes = kMaxManifestBytes;
    std::size_t maxEntries = kMaxPackageFiles;
    std::uint64_t maxFileBytes = kMaxPackageFileBytes;
    std::uint64_t maxTotalBytes = kMaxPackageBytes;
};

// The "too-large" refusals, worded once for pack, verify and the kiosk.
Refusal tooManyFiles(std::size_t count, const ManifestLimits& limits);
Refusal fileTooLarge(const std::string& path, std::uint64_t bytes, const ManifestLimits& limits);
Refusal packageTooLarge(const ManifestLimits& limits);
Refusal manifestTooLarge(std::size_t bytes, const ManifestLimits& limits);

struct ManifestEntry {
    std::string path;  // relative, "/"-separated, checked by unsafePathReason()
    std::uint64_t size = 0;
    Sha256 sha256{};
};

struct Manifest {
    int format = 1;
    PackageKind kind = PackageKind::Content;
    std::string exhibitId;
    std::int64_t version = 0;  // 0 only for export requests, which need none
    std::string created;       // ISO 8601, as written
    std::vector<ManifestEntry> files;
    std::string exportDir;   // export requests: the folder on the stick, relative to the package
    std::string validUntil;  // export requests: ISO 8601; the kiosk refuses it after this time

    std::uint64_t totalBytes() const;
};

struct ManifestParse {
    std::optional<Manifest> manifest;
    Refusal refusal;  // set when manifest is empty
};

// An export request is valid from `created` until `valid_until`, at most this long (so that a
// stick found later cannot take the visitors' data): see docs/staff-guide.md.
inline constexpr std::int64_t kMaxExportValidDays = 31;

// Lower-case letters, digits and '-', 1 to 64 characters, starting with a letter.
bool isValidExhibitId(std::string_view id);

ManifestParse parseManifest(std::string_view text, const ManifestLimits& limits = {});

// Deterministic JSON, one file a line, ready to sign.
std::string formatManifest(const Manifest& manifest);

}  // namespace kiosk::update
