#include "kiosk/update/stick.h"

#include <algorithm>
#include <system_error>

#include "kiosk/update/package_paths.h"

namespace kiosk::update {
namespace fs = std::filesystem;
namespace {

bool isRegularFile(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(fs::symlink_status(path, ec));
}

struct Walk {
    std::size_t maxEntries;
    std::size_t seen = 0;
    PackageInventory result;
};

Refusal refuseEntry(const std::string& path, fs::file_status status) {
    if (fs::is_directory(status))
        return refuse(RefusalCode::UnsafePath, path + " is more than 8 folders deep");
    if (fs::is_symlink(status))
        return refuse(RefusalCode::SymlinkOnStick,
                      path + " is a symbolic link; packages hold plain files only");
    return refuse(RefusalCode::SymlinkOnStick, path + " is not a plain file (a device or pipe)");
}

// Depth-first; `relative` is "" for the package folder itself.
void walkFolder(const fs::path& folder, const std::string& relative, std::size_t depth,
                Walk& walk) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (++walk.seen > walk.maxEntries) {
            std::string limit = std::to_string(walk.maxEntries);
            walk.result.refusal = refuse(RefusalCode::TooLarge,
                                         "the package folder holds over " + limit + " entries");
            return;
        }
        if (isLitterName(name)) continue;
        std::string path = relative.empty() ? name : relative + "/" + name;
        fs::file_status status = it->symlink_status(ec);
        if (ec) break;
        if (fs::is_regular_file(status))
            walk.result.files.push_back(path);
        else if (fs::is_directory(status) && depth < kMaxPathDepth)
            walkFolder(it->path(), path, depth + 1, walk);
        else
            walk.result.refusal = refuseEntry(path, status);
        if (walk.result.refusal.refused()) return;
    }
    if (ec)
        walk.result.refusal =
            refuse(RefusalCode::StickReadError,
                   "could not list " + (relative.empty() ? "the package folder" : relative) +
                       " on the stick: " + ec.message());
}

}  // namespace

StickScan StickScanner::scan() const {
    StickScan result;
    if (isRegularFile(root_ / kManifestName)) result.packages.push_back(root_);
    std::error_code ec;
    std::size_t looked = 0;
    for (fs::directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (isLitterName(name) || !fs::is_directory(it->symlink_status(ec))) continue;
        if (++looked > kMaxFoldersLookedAt) {
            result.notes.push_back("stopped after " + std::to_string(kMaxFoldersLookedAt) +
                                   " folders");
            break;
        }
        if (isRegularFile(it->path() / kManifestName)) result.packages.push_back(it->path());
    }
    if (ec) result.notes.push_back("could not list " + root_.string() + ": " + ec.message());
    std::sort(result.packages.begin(), result.packages.end());
    return result;
}

PackageInventory inventoryPackage(const fs::path& folder, std::size_t maxEntries) {
    Walk walk{maxEntries, 0, {}};
    std::error_code ec;
    fs::file_status status = fs::symlink_status(folder, ec);
    if (!fs::is_directory(status)) {
        walk.result.refusal =
            refuse(fs::is_symlink(status) ? RefusalCode::SymlinkOnStick : RefusalCode::NoPackage,
                   folder.string() + " is not a folder");
        return walk.result;
    }
    walkFolder(folder, "", 1, walk);
    std::sort(walk.result.files.begin(), walk.result.files.end());
    return walk.result;
}

SourceMap matchInventory(const PackageInventory& inventory, const Manifest& manifest) {
    SourceMap result;
    if (auto clash = findCaseClash(inventory.files)) {
        result.refusal = refuse(RefusalCode::NameClash,
                                "the stick holds " + *clash + ", which differ only in case");
        return result;
    }
    std::map<std::string, std::string> onStick;  // folded -> as on the stick
    for (const std::string& file : inventory.files) onStick.emplace(foldCase(file), file);
    for (const ManifestEntry& entry : manifest.files) {
        auto it = onStick.find(foldCase(entry.path));
        if (it == onStick.end()) {
            result.refusal =
                refuse(RefusalCode::MissingFile,
                       entry.path + " is listed in manifest.json but not on the stick");
            return result;
        }
        result.stickPathOf.emplace(entry.path, it->second);
        onStick.erase(it);
    }
    onStick.erase(std::string(kManifestName));
    onStick.erase(std::string(kSignatureName));
    if (!onStick.empty())
        result.refusal = refuse(RefusalCode::UnlistedFile,
                                onStick.begin()->second +
                                    " is in the package folder but not in manifest.json; remove "
                                    "it or pack the folder again");
    return result;
}

}  // namespace kiosk::update
