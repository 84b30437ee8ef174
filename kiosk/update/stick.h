#pragma once
// Looking at a USB stick without trusting it: finding package folders, and listing what a
// package folder holds with lstat (never following a link), skipping the litter operating
// systems leave there.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "kiosk/update/manifest.h"
#include "kiosk/update/refusal.h"

namespace kiosk::update {

struct StickScan {
    std::vector<std::filesystem::path> packages;  // folders holding a manifest.json, sorted
    std::vector<std::string> notes;               // what was passed over, and why
};

// Finds packages at the mount root itself and in its direct sub-folders.
class StickScanner {
  public:
    explicit StickScanner(std::filesystem::path mountRoot) : root_(std::move(mountRoot)) {}
    StickScan scan() const;

    static constexpr std::size_t kMaxFoldersLookedAt = 256;

  private:
    std::filesystem::path root_;
};

struct PackageInventory {
    std::vector<std::string> files;  // regular files, relative, "/"-separated, as on the stick
    Refusal refusal;                 // a link, device or pipe, or too many entries
};

// Every regular file under the package folder except litter. Refuses anything else.
PackageInventory inventoryPackage(const std::filesystem::path& folder, std::size_t maxEntries);

struct SourceMap {
    std::map<std::string, std::string> stickPathOf;  // manifest path -> name on the stick
    Refusal refusal;
};

// Matches the stick's files to the manifest as FAT would (ignoring case): refuses names that
// clash, files the manifest does not list, and listed files that are not there.
SourceMap matchInventory(const PackageInventory& inventory, const Manifest& manifest);

}  // namespace kiosk::update
