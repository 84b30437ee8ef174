#pragma once
// The names a package may use. Sticks are FAT: case-insensitive, no "\\:*?\"<>|", trailing dots
// and spaces dropped. Names are kept to printable ASCII so that what FAT folds together is
// exactly what foldCase() folds together.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::update {

inline constexpr std::string_view kManifestName = "manifest.json";
inline constexpr std::string_view kSignatureName = "manifest.json.minisig";
inline constexpr std::size_t kMaxPathBytes = 255;
inline constexpr std::size_t kMaxPathDepth = 8;

// What operating systems leave on sticks: "._*", ".DS_Store", ".Trashes", "System Volume
// Information", ... Compared case-insensitively.
bool isLitterName(std::string_view name);

// FAT's view of a name: ASCII letters in lower case.
std::string foldCase(std::string_view name);

// Why a manifest path ("media/flag.png") cannot be used, or nothing when it is safe: relative,
// "/"-separated, no "." or ".." or empty parts, FAT-safe characters, not hidden, not litter,
// not the manifest itself.
std::optional<std::string> unsafePathReason(std::string_view path);

std::vector<std::string_view> pathParts(std::string_view path);

// The first two paths that FAT would treat as the same file (or a file and a folder of the
// same name), as "A and B", or nothing.
std::optional<std::string> findCaseClash(std::span<const std::string> paths);

}  // namespace kiosk::update
