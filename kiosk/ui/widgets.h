#pragma once
// Touch-sized widgets on top of ImGui. Buttons act on release and are cancelled when the
// finger slides off (ImGui's default press behaviour); each registers itself as a target.
#include <imgui.h>

#include <string>

#include "kiosk/session/exhibit.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {

class GeoRenderer;
class PictureCache;

struct DrawContext {
    session::Exhibit& exhibit;
    const Fonts& fonts;
    ImDrawList* draw;
    const session::Layout& layout;
    GeoRenderer* geo = nullptr;        // null: no geography, places on the sea
    PictureCache* pictures = nullptr;  // null: cards show pictures' alt text only
};

ImVec2 toIm(Vec2f v);
Rectf textRect(ImFont* font, float px, ImVec2 at, const char* text);

// A rounded button with a text label, at least minTargetPx in both directions.
// bold: the label in the bold face (commands) or the regular one (chips).
bool touchButton(DrawContext& ctx, const std::string& targetId, Rectf rect, const char* label,
                 bool bold = true, bool enabled = true);

// Text wrapped to width, clipped to maxLines with an ellipsis; returns the height used.
float wrappedText(DrawContext& ctx, ImFont* font, float px, ImVec2 at, float width,
                  const std::string& text, ImU32 color, int maxLines = 1000);

}  // namespace kiosk::ui
