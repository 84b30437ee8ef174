#include "kiosk/update/package_paths.h"

#include <array>
#include <map>

namespace kiosk::update {
namespace {

constexpr std::array<std::string_view, 9> kLitter = {
    ".ds_store",    ".trashes",  ".spotlight-v100", ".fseventsd",      "system volume information",
    "$recycle.bin", "thumbs.db", "desktop.ini",     ".temporaryitems",
};

bool isFatSafeChar(char c) {
    if (c < 0x20 || c > 0x7e) return false;  // control and non-ASCII
    return std::string_view("\\:*?\"<>|").find(c) == std::string_view::npos;
}

std::optional<std::string> unsafePartReason(std::string_view part) {
    if (part.empty()) return "an empty part (\"//\" or a trailing \"/\")";
    if (part == "." || part == "..") return "\"" + std::string(part) + "\" (leaving the folder)";
    for (char c : part)
        if (!isFatSafeChar(c))
            return "a character a USB stick cannot hold (use letters, digits, '-', '_', '.')";
    if (part.front() == ' ' || part.back() == ' ' || part.back() == '.')
        return "a name starting with a space or ending with a space or dot (FAT drops them)";
    if (isLitterName(part)) return "a system file name (" + std::string(part) + ")";
    if (part.front() == '.') return "a hidden name (starting with '.')";
    return std::nullopt;
}

}  // namespace

std::string foldCase(std::string_view name) {
    std::string folded(name);
    for (char& c : folded)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return folded;
}

bool isLitterName(std::string_view name) {
    if (name.starts_with("._")) return true;
    std::string folded = foldCase(name);
    for (std::string_view litter : kLitter)
        if (folded == litter) return true;
    return false;
}

std::vector<std::string_view> pathParts(std::string_view path) {
    std::vector<std::string_view> parts;
    while (true) {
        std::size_t slash = path.find('/');
        parts.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return parts;
}

std::optional<std::string> unsafePathReason(std::string_view path) {
    if (path.empty()) return "an empty path";
    if (path.size() > kMaxPathBytes) return "a path longer than 255 bytes";
    if (path.front() == '/') return "an absolute path";
    std::vector<std::string_view> parts = pathParts(path);
    if (parts.size() > kMaxPathDepth) return "more than 8 folders deep";
    for (std::string_view part : parts)
        if (auto reason = unsafePartReason(part)) return reason;
    std::string folded = foldCase(path);
    if (folded == kManifestName || folded == kSignatureName) return "the manifest's own name";
    return std::nullopt;
}

std::optional<std::string> findCaseClash(std::span<const std::string> paths) {
    std::map<std::string, std::string> files, folders;  // folded -> as written
    auto both = [](const std::string& a, const std::string& b) {
        return a == b ? "\"" + a + "\" twice" : "\"" + a + "\" and \"" + b + "\"";
    };
    for (const std::string& path : paths) {
        auto [file, isNew] = files.emplace(foldCase(path), path);
        if (!isNew) return both(file->second, path);
        for (std::size_t slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1)) {
            std::string folder = path.substr(0, slash);
            auto [known, added] = folders.emplace(foldCase(folder), folder);
            if (!added && known->second != folder) return both(known->second, folder);
        }
    }
    for (const auto& [folded, folder] : folders)
        if (auto file = files.find(folded); file != files.end()) return both(file->second, folder);
    return std::nullopt;
}

}  // namespace kiosk::update
