#include "kiosk/ui/theme.h"

#include <algorithm>
#include <cmath>

#include "kiosk/core/contrast.h"

namespace kiosk::ui {

Fonts typeScale(const session::Layout& l) {
    Fonts f;
    // Up, never down: the layout's sizes are minimums for the capitals' height.
    f.bodyPx = std::ceil(l.bodyPx);
    f.titlePx = std::ceil(l.titlePx);
    f.smallPx = std::ceil(l.smallPx);
    f.body = {text::Weight::Regular, f.bodyPx};
    f.bold = {text::Weight::Bold, f.bodyPx};
    f.title = {text::Weight::Bold, f.titlePx};
    f.cardTitle = {text::Weight::Bold, std::ceil(l.cardTitlePx)};
    f.small = {text::Weight::Regular, f.smallPx};
    f.smallBold = {text::Weight::Bold, f.smallPx};
    return f;
}

void buildImGuiFont() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->AddFontDefault();
    io.Fonts->TexDesiredWidth = 256;
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

ImU32 trackTextColor(std::uint32_t rgb) {
    // readableOn searches with pow() (about 11k instructions); a few tracks ask every frame.
    static std::uint32_t from[8] = {}, to[8] = {};
    static int filled = 0, next = 0;
    for (int i = 0; i < filled; ++i)
        if (from[i] == rgb) return to[i];
    // The lighter of the era bands behind the lanes is the harder ground.
    std::uint32_t ground = blend(0xffffff, palette::kEraBandAlpha[0], palette::kBackground);
    ImU32 color = rgba(readableOn(rgb, ground));
    from[next] = rgb;
    to[next] = color;
    next = (next + 1) % 8;
    filled = std::max(filled, next == 0 ? 8 : next);
    return color;
}

}  // namespace kiosk::ui
