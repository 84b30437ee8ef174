#pragma once
// Colours and fonts of the exhibit. High contrast on a dark ground, for a gallery's light;
// colour never carries meaning alone (selected things also get a ring and a label).
#include <imgui.h>

#include <string>

#include "kiosk/session/layout.h"

namespace kiosk::ui {

namespace colors {
constexpr ImU32 kBackground = IM_COL32(16, 22, 30, 255);
constexpr ImU32 kHeader = IM_COL32(22, 30, 40, 255);
constexpr ImU32 kSea = IM_COL32(24, 42, 60, 255);
constexpr ImU32 kGraticule = IM_COL32(255, 255, 255, 22);
constexpr ImU32 kText = IM_COL32(242, 242, 238, 255);
constexpr ImU32 kTextDim = IM_COL32(190, 198, 206, 255);
constexpr ImU32 kAccent = IM_COL32(244, 185, 66, 255);
constexpr ImU32 kMarker = IM_COL32(236, 236, 230, 255);
constexpr ImU32 kPanel = IM_COL32(28, 38, 50, 245);
constexpr ImU32 kOutline = IM_COL32(255, 255, 255, 60);
constexpr ImU32 kTouch = IM_COL32(255, 255, 255, 150);
}  // namespace colors

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
    float bodyPx = 0, titlePx = 0, smallPx = 0;
};

struct FontResult {
    Fonts fonts;
    std::string file;   // the font actually used
    std::string error;  // non-empty: fell back to ImGui's built-in font
};

// Builds the font atlas for this layout, shrinking sizes until it fits maxTextureSize
// (2048 on a Pi 3). Call before the renderer creates its font texture.
FontResult buildFonts(const session::Layout& layout, int maxTextureSize, bool cyrillic);

void applyStyle(const session::Layout& layout);

}  // namespace kiosk::ui
