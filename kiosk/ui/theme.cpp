#include "kiosk/ui/theme.h"

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
    // The lighter of the era bands behind the lanes is the harder ground.
    std::uint32_t ground = blend(0xffffff, palette::kEraBandAlpha[0], palette::kBackground);
    return rgba(readableOn(rgb, ground));
}

}  // namespace kiosk::ui
