#pragma once
// Touch-sized widgets and text on top of ImGui. Buttons act on release and are cancelled when
// the finger slides off (ImGui's default press behaviour); each registers itself as a target.
// Every visible string goes through drawText: shaped, bidi-ordered, and listed in the state.
#include <imgui.h>

#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "kiosk/session/exhibit.h"
#include "kiosk/text/ui_strings.h"
#include "kiosk/ui/text_renderer.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {

class GeoRenderer;
class PictureCache;

struct DrawContext {
    session::Exhibit& exhibit;
    const Fonts& fonts;
    ImDrawList* draw;
    const session::Layout& layout;
    TextRenderer& text;
    GeoRenderer* geo = nullptr;                // null: no geography, places on the sea
    PictureCache* pictures = nullptr;          // null: cards show pictures' alt text only
    bool rtl = false;                          // the visitor's language reads right to left
    std::string language = "en";               // the visitor's language
    const text::UiStrings* strings = nullptr;  // null: interface strings show their keys
    std::deque<std::string> scratch;           // strings made while drawing, alive for the frame
    bool scrolling = false;                    // drawing inside a scrolling area (a card's content)
    bool marking = false;                      // drawing a marker's or a cluster's count
};

// A string and the language it is written in (what the state dump reports for it).
struct Shown {
    std::string_view text;
    std::string_view language;
};
// A content text in the visitor's language, or its English fallback.
Shown shown(const DrawContext& ctx, const content::Text& text);
// A string of the exhibit's own in English (staff-facing detail, ids).
inline Shown english(std::string_view s) {
    return {s, "en"};
}
// Keeps s alive until the frame ends, for a Shown made from a temporary.
std::string_view keep(DrawContext& ctx, std::string s);
// One of the exhibit's interface strings (assets/strings/ui.json, text::UiStrings) in the
// visitor's language, with named arguments filled in (a number picks the plural form);
// English when it has no translation, and the language it is shown in.
Shown ui(DrawContext& ctx, std::string_view key, const text::MessageArgs& args = {});

ImVec2 toIm(Vec2f v);

// Mirrors r inside `within` when the screen reads right to left; else r unchanged.
Rectf mirrored(const DrawContext& ctx, Rectf r, const Rectf& within);

// The size of s laid out in type, wrapped at maxWidth (0: no wrap), at most maxLines (0: all).
ImVec2 measureText(DrawContext& ctx, Shown s, Type type, float maxWidth = 0, int maxLines = 0);

// What one drawText drew: its vertices and its entry in the state, kept (drawText's keep) to be
// drawn again while a scene holds still (ui/marker_mesh.h).
struct KeptDraw {
    KeptText verts;
    session::DrawnText entry;
};

// Draws s inside box (its width aligns and wraps the lines; its height is not enforced) and
// returns the height used. wrap=false keeps one line per paragraph. maxLines cuts with an
// ellipsis. The text is listed in the state with its ink rectangle, clip and language.
// keep, when given, receives what was drawn, for redrawText.
float drawText(DrawContext& ctx, Shown s, Type type, Rectf box, ImU32 color,
               Align align = Align::Start, int maxLines = 0, bool wrap = true,
               KeptDraw* keep = nullptr);

// Draws a kept text again and lists it in the state, as drawText did; false (nothing drawn)
// when it went stale (the atlas started over): then draw it again.
bool redrawText(DrawContext& ctx, const KeptDraw& kept);

// The type for a button's label in room (px): type itself when the label fits in one or two
// lines, else smaller, down to the labels' size (Fonts::smallPx), never cut with an ellipsis.
Type fitLabel(DrawContext& ctx, Shown label, Type type, ImVec2 room);

// A rounded button with a text label, at least minTargetPx in both directions.
// bold: the label in the bold face (commands) or the regular one (chips). The label wraps to
// two lines or gets smaller rather than be cut (fitLabel).
bool touchButton(DrawContext& ctx, const std::string& targetId, Rectf rect, Shown label,
                 bool bold = true, bool enabled = true);

}  // namespace kiosk::ui
