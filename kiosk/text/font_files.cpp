#include "kiosk/text/font_files.h"

#include <filesystem>

namespace kiosk::text {
namespace {

struct Candidate {
    const char* dir;
    const char* regular;
    const char* bold;
    const char* family;
};

// Noto first; DejaVu only if no Latin Noto face exists (it has no Arabic joining forms we trust).
constexpr Candidate kCandidates[] = {
    {"/usr/share/fonts/truetype/noto", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "Noto Sans"},
    {"/usr/share/fonts/truetype/noto", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
     "Noto Sans Arabic"},
    {"/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu Sans"},
};

bool isFile(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_regular_file(p, ec);
}

}  // namespace

std::vector<FontFile> findFontFiles(Weight weight, std::string_view overrideDir) {
    std::vector<FontFile> files;
    for (const Candidate& c : kCandidates) {
        bool isDejaVu = std::string_view(c.family) == "DejaVu Sans";
        if (isDejaVu && !files.empty()) continue;
        std::vector<std::filesystem::path> dirs;
        if (!overrideDir.empty()) dirs.emplace_back(overrideDir);
        dirs.emplace_back(c.dir);
        // A bold face may be missing; the regular one then stands in.
        const char* names[] = {weight == Weight::Bold ? c.bold : c.regular, c.regular};
        bool found = false;
        for (const auto& dir : dirs)
            for (const char* name : names)
                if (!found && isFile(dir / name)) {
                    files.push_back({(dir / name).string(), c.family});
                    found = true;
                }
    }
    return files;
}

}  // namespace kiosk::text
