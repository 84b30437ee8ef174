#pragma once
// Colours and type sizes of the exhibit. High contrast on a dark ground, for a gallery's light;
// colour never carries meaning alone (selected things also get a ring and a label).
#include <imgui.h>

#include "kiosk/session/layout.h"
#include "kiosk/ui/text_renderer.h"

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

// The type scale, from the layout's sizes. All visible text goes through TextRenderer;
// ImGui keeps only its small built-in font for its own bookkeeping (nothing is drawn with it).
struct Fonts {
    Type body, bold, title, small, smallBold;
    float bodyPx = 0, titlePx = 0, smallPx = 0;
};

Fonts typeScale(const session::Layout& layout);

// ImGui's own font atlas: its built-in 13 px font only (a 16 KB texture), since no visible
// text uses it. Call before the renderer creates its font texture.
void buildImGuiFont();

void applyStyle(const session::Layout& layout);

}  // namespace kiosk::ui
