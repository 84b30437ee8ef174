#include "kiosk/ui/theme.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace kiosk::ui {
namespace {

struct FontFiles {
    std::string regular, bold;
};

// Debian's fonts: Noto Sans (fonts-noto-core), else DejaVu Sans (fonts-dejavu-core).
FontFiles findFontFiles() {
    std::vector<FontFiles> candidates;
    if (const char* dir = std::getenv("KIOSK_FONT_DIR"))
        candidates.push_back(
            {std::string(dir) + "/NotoSans-Regular.ttf", std::string(dir) + "/NotoSans-Bold.ttf"});
    candidates.push_back({"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                          "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"});
    candidates.push_back({"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"});
    for (const auto& c : candidates) {
        std::error_code ec;
        if (std::filesystem::exists(c.regular, ec)) {
            FontFiles found = c;
            if (!std::filesystem::exists(c.bold, ec)) found.bold = c.regular;
            return found;
        }
    }
    return {};
}

const ImWchar* glyphRanges(bool cyrillic) {
    // Latin with accents, punctuation (dashes, quotes), arrows; Cyrillic only when needed.
    static const ImWchar latin[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x2190,
                                    0x21FF, 0x20AC, 0x20AC, 0};
    static const ImWchar withCyrillic[] = {0x0020, 0x024F, 0x0400, 0x04FF, 0x2010, 0x205E,
                                           0x2190, 0x21FF, 0x20AC, 0x20AC, 0};
    return cyrillic ? withCyrillic : latin;
}

Fonts addFonts(const FontFiles& files, const session::Layout& l, float scale, bool cyrillic) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.bodyPx = std::round(l.bodyPx * scale);
    f.titlePx = std::round(l.titlePx * scale);
    f.smallPx = std::round(l.smallPx * scale);
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // crisp enough at these sizes and a third of the atlas
    cfg.PixelSnapH = true;
    const ImWchar* ranges = glyphRanges(cyrillic);
    f.body = io.Fonts->AddFontFromFileTTF(files.regular.c_str(), f.bodyPx, &cfg, ranges);
    f.bold = io.Fonts->AddFontFromFileTTF(files.bold.c_str(), f.bodyPx, &cfg, ranges);
    f.title = io.Fonts->AddFontFromFileTTF(files.bold.c_str(), f.titlePx, &cfg, ranges);
    f.small = io.Fonts->AddFontFromFileTTF(files.regular.c_str(), f.smallPx, &cfg, ranges);
    return f;
}

}  // namespace

FontResult buildFonts(const session::Layout& layout, int maxTextureSize, bool cyrillic) {
    FontResult result;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->TexDesiredWidth = std::min(2048, maxTextureSize);
    FontFiles files = findFontFiles();
    if (files.regular.empty()) {
        io.Fonts->Clear();
        ImFont* f = io.Fonts->AddFontDefault();
        result.fonts = {f, f, f, f, 13, 13, 13};
        result.error = "no Noto or DejaVu font found; install fonts-noto-core";
        return result;
    }
    result.file = files.regular;
    for (float scale = 1.0f; scale > 0.3f; scale *= 0.85f) {
        result.fonts = addFonts(files, layout, scale, cyrillic);
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        if (w <= maxTextureSize && h <= maxTextureSize && result.fonts.body) return result;
        result.error = "fonts shrunk to fit a " + std::to_string(maxTextureSize) + " px texture";
    }
    return result;
}

void applyStyle(const session::Layout& l) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.WindowPadding = ImVec2(0, 0);
    style.FrameRounding = l.unit;
    style.ItemSpacing = ImVec2(l.unit, l.unit);
    style.ScrollbarSize = l.unit * 1.5f;
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colors::kBackground);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colors::kText);
}

}  // namespace kiosk::ui
