#include "kiosk/update/store.h"

#include <charconv>
#include <set>

#include "kiosk/update/hashing.h"
#include "kiosk/update/manifest.h"
#include "kiosk/update/package_paths.h"
#include "kiosk/update/stick_copy.h"
#include "kiosk/update/verifier.h"
#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kTrashPrefix = ".trash-";
constexpr std::string_view kVersionsPrefix = "versions/";

// "7-1a2b3c4d" -> 7; nothing for any other name.
std::optional<std::int64_t> parseVersionName(std::string_view name) {
    std::size_t dash = name.find('-');
    if (dash == 0 || dash == std::string_view::npos || name.size() - dash - 1 != 8)
        return std::nullopt;
    for (char c : name.substr(dash + 1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    std::int64_t version = 0;
    auto [end, ec] = std::from_chars(name.data(), name.data() + dash, version);
    if (ec != std::errc() || end != name.data() + dash || version < 1) return std::nullopt;
    return version;
}

void step(const StepHook& onStep, UpdateStep at) {
    if (onStep) onStep(at);
}

Refusal damaged(const InstalledVersion& version, RefusalCode code, const std::string& what) {
    return refuse(code, "installed version " + version.name + ": " + what);
}

}  // namespace

fs::path InstalledVersion::contentDir() const {
    return dir / kContentFolder;
}

std::string versionFolderName(std::int64_t version, std::string_view manifestSha256Hex) {
    return std::to_string(version) + "-" + std::string(manifestSha256Hex.substr(0, 8));
}

VersionStore::VersionStore(fs::path dataDir) : data_(std::move(dataDir)) {}

std::error_code VersionStore::prepare() const {
    std::error_code ec = platform::makeDirectory(data_);
    if (!ec) ec = platform::makeDirectory(versionsDir());
    if (!ec) ec = platform::makeDirectory(stagingRoot());
    return ec;
}

std::optional<InstalledVersion> VersionStore::find(const std::string& name) const {
    std::optional<std::int64_t> version = parseVersionName(name);
    std::error_code ec;
    if (!version || !fs::is_directory(fs::symlink_status(versionsDir() / name, ec)))
        return std::nullopt;
    return InstalledVersion{name, *version, versionsDir() / name};
}

std::optional<InstalledVersion> VersionStore::resolveLink(std::string_view link) const {
    std::error_code ec;
    fs::path target = fs::read_symlink(data_ / link, ec);
    std::string text = target.string();
    if (ec || !text.starts_with(kVersionsPrefix)) return std::nullopt;
    return find(text.substr(kVersionsPrefix.size()));
}

std::optional<InstalledVersion> VersionStore::current() const {
    return resolveLink("current");
}
std::optional<InstalledVersion> VersionStore::previous() const {
    return resolveLink("previous");
}

std::vector<InstalledVersion> VersionStore::installed() const {
    std::vector<InstalledVersion> found;
    std::error_code ec;
    for (fs::directory_iterator it(versionsDir(), ec), end; !ec && it != end; it.increment(ec))
        if (auto version = find(it->path().filename().string())) found.push_back(*version);
    return found;
}

Refusal VersionStore::checkIntact(const InstalledVersion& version) const {
    SmallFile text = readSmallFile(version.dir / kManifestName, ManifestLimits{}.maxManifestBytes);
    if (text.refusal.refused())
        return damaged(version, RefusalCode::MissingFile, "manifest.json unreadable");
    if (versionFolderName(version.version, toHex(sha256Of(text.bytes))) != version.name)
        return damaged(version, RefusalCode::HashMismatch, "manifest.json changed on disk");
    ManifestParse parsed = parseManifest(text.bytes);
    if (!parsed.manifest) return damaged(version, parsed.refusal.code, parsed.refusal.reason);
    for (const ManifestEntry& entry : parsed.manifest->files) {
        FileDigest digest = sha256File(version.contentDir() / entry.path, entry.size);
        if (digest.error)
            return damaged(version, RefusalCode::MissingFile, entry.path + " is missing");
        if (digest.size != entry.size || digest.sha256 != entry.sha256)
            return damaged(version, RefusalCode::HashMismatch, entry.path + " changed on disk");
    }
    return {};
}

std::error_code VersionStore::place(const fs::path& staged, const std::string& name) const {
    std::error_code ec = platform::renamePath(staged, versionsDir() / name);
    if (!ec) ec = platform::fsyncDirectory(versionsDir());
    if (!ec) ec = platform::fsyncDirectory(staged.parent_path());
    return ec;
}

std::error_code VersionStore::pointLink(std::string_view link, const std::string& name,
                                        const StepHook& onStep) const {
    fs::path temp = data_ / (std::string(link) + ".new");
    std::error_code ec = platform::removePath(temp);
    if (!ec) ec = platform::createSymlink(std::string(kVersionsPrefix) + name, temp);
    if (ec) return ec;
    step(onStep, UpdateStep::LinkCreated);
    if ((ec = platform::renamePath(temp, data_ / link))) return ec;
    step(onStep, UpdateStep::Renamed);
    if ((ec = platform::fsyncDirectory(data_))) return ec;
    step(onStep, UpdateStep::Switched);
    return {};
}

std::error_code VersionStore::switchTo(const std::string& name, const StepHook& onStep) const {
    std::optional<InstalledVersion> shown = current();
    if (shown && shown->name != name) {
        if (std::error_code ec = pointLink("previous", shown->name)) return ec;
        step(onStep, UpdateStep::PreviousLinked);
    }
    return pointLink("current", name, onStep);
}

std::error_code VersionStore::removeLink(std::string_view link) const {
    std::error_code ec = platform::removePath(data_ / link);
    return ec ? ec : platform::fsyncDirectory(data_);
}

std::error_code VersionStore::discard(const std::string& name) const {
    fs::path trash = versionsDir() / (std::string(kTrashPrefix) + name);
    std::error_code ec = platform::renamePath(versionsDir() / name, trash);
    return ec ? ec : platform::removeTree(trash);
}

std::error_code VersionStore::prune(const StepHook& onStep) const {
    std::set<std::string> keep;
    for (const auto& link : {current(), previous()})
        if (link) keep.insert(link->name);
    bool first = true;
    for (const InstalledVersion& version : installed()) {
        if (keep.count(version.name)) continue;
        fs::path trash = versionsDir() / (std::string(kTrashPrefix) + version.name);
        if (std::error_code ec = platform::renamePath(version.dir, trash)) return ec;
        if (first) step(onStep, UpdateStep::Pruning);
        first = false;
        if (std::error_code ec = platform::removeTree(trash)) return ec;
    }
    return platform::fsyncDirectory(versionsDir());
}

std::vector<std::string> VersionStore::removeLeftovers() const {
    std::vector<std::string> notes;
    auto clear = [&](const fs::path& path, const char* what) {
        std::error_code ec = platform::removeTree(path);
        notes.push_back(std::string(what) + " " + path.filename().string() +
                        (ec ? " could not be removed: " + ec.message() : " removed"));
    };
    std::error_code ec;
    std::vector<std::pair<fs::path, const char*>> found;  // listed first, removed after
    for (fs::directory_iterator it(stagingRoot(), ec), end; !ec && it != end; it.increment(ec))
        found.emplace_back(it->path(), "unfinished staging folder");
    for (fs::directory_iterator it(versionsDir(), ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().starts_with(kTrashPrefix))
            found.emplace_back(it->path(), "half-deleted version");
    for (const auto& [path, what] : found) clear(path, what);
    for (const char* temp : {"current.new", "previous.new"})
        if (fs::is_symlink(fs::symlink_status(data_ / temp, ec)))
            clear(data_ / temp, "temporary link");
    return notes;
}

}  // namespace kiosk::update
