#pragma once
// Colours and type sizes of the exhibit. High contrast on a dark ground, for a gallery's light;
// colour never carries meaning alone (selected things also get a ring and a label).
#include <imgui.h>

#include <cstdint>

#include "kiosk/session/layout.h"
#include "kiosk/ui/palette.h"
#include "kiosk/ui/text_renderer.h"

namespace kiosk::ui {

// ImGui's packed colour (IM_COL32's byte order) from 0xRRGGBB.
constexpr ImU32 rgba(std::uint32_t rgb, int alpha = 255) {
    return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
}

namespace colors {
constexpr ImU32 kBackground = rgba(palette::kBackground);
constexpr ImU32 kHeader = rgba(palette::kHeader);
constexpr ImU32 kSea = rgba(palette::kSea);
constexpr ImU32 kGraticule = IM_COL32(255, 255, 255, 22);
constexpr ImU32 kText = rgba(palette::kText);
constexpr ImU32 kTextDim = rgba(palette::kTextDim);
constexpr ImU32 kAccent = rgba(palette::kAccent);
constexpr ImU32 kMarker = rgba(palette::kMarker);
constexpr ImU32 kPanel = rgba(palette::kPanel);
constexpr ImU32 kOutline = IM_COL32(255, 255, 255, 60);
constexpr ImU32 kTouch = IM_COL32(255, 255, 255, 150);
constexpr ImU32 kCountryName = rgba(palette::kCountryName);
}  // namespace colors

// The type scale, from the layout's sizes. All visible text goes through TextRenderer;
// ImGui keeps only its small built-in font for its own bookkeeping (nothing is drawn with it).
struct Fonts {
    Type body, bold, title, small, smallBold;
    Type cardTitle;  // a card's title: the title type, smaller on a short screen
    float bodyPx = 0, titlePx = 0, smallPx = 0;
};

Fonts typeScale(const session::Layout& layout);

// ImGui's own font atlas: its built-in 13 px font only (a 16 KB texture), since no visible
// text uses it. Call before the renderer creates its font texture.
void buildImGuiFont();

void applyStyle(const session::Layout& layout);

// A track's colour made legible as text on the timeline's ground (WCAG 4.5:1, palette.h).
ImU32 trackTextColor(std::uint32_t rgb);

}  // namespace kiosk::ui
