#include "kiosk/ui/widgets.h"

#include <algorithm>

namespace kiosk::ui {

ImVec2 toIm(Vec2f v) {
    return {v.x, v.y};
}

Rectf textRect(ImFont* font, float px, ImVec2 at, const char* text) {
    ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0, text);
    return {at.x, at.y, size.x, size.y};
}

bool touchButton(DrawContext& ctx, const std::string& targetId, Rectf rect, const char* label,
                 bool bold, bool enabled) {
    rect.w = std::max(rect.w, ctx.layout.minTargetPx);
    rect.h = std::max(rect.h, ctx.layout.minTargetPx);
    ImGui::SetCursorScreenPos({rect.x, rect.y});
    bool pressed = ImGui::InvisibleButton(targetId.c_str(), {rect.w, rect.h}) && enabled;
    bool held = ImGui::IsItemActive() && enabled;
    ImU32 fill = held ? colors::kAccent : IM_COL32(255, 255, 255, enabled ? 28 : 8);
    ImU32 ink =
        held ? colors::kBackground : (enabled ? colors::kText : IM_COL32(255, 255, 255, 70));
    ImFont* font = bold ? ctx.fonts.bold : ctx.fonts.body;
    ctx.draw->AddRectFilled({rect.x, rect.y}, {rect.x + rect.w, rect.y + rect.h}, fill,
                            ctx.layout.unit);
    ctx.draw->AddRect({rect.x, rect.y}, {rect.x + rect.w, rect.y + rect.h}, colors::kOutline,
                      ctx.layout.unit);
    ImVec2 size = font->CalcTextSizeA(ctx.fonts.bodyPx, FLT_MAX, 0, label);
    ctx.draw->AddText(font, ctx.fonts.bodyPx,
                      {rect.x + (rect.w - size.x) / 2, rect.y + (rect.h - size.y) / 2}, ink, label);
    if (enabled) ctx.exhibit.targets().add(targetId, rect);
    return pressed;
}

float wrappedText(DrawContext& ctx, ImFont* font, float px, ImVec2 at, float width,
                  const std::string& text, ImU32 color, int maxLines) {
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    float lineH = px * 1.25f;
    int lines = 0;
    while (begin < end && lines < maxLines) {
        const char* stop = font->CalcWordWrapPositionA(px / font->FontSize, begin, end, width);
        if (stop == begin) stop = begin + 1;  // a single glyph wider than the box
        std::string line(begin, stop);
        if (lines == maxLines - 1 && stop < end) {
            while (!line.empty() &&
                   font->CalcTextSizeA(px, FLT_MAX, 0, (line + "\u2026").c_str()).x > width)
                line.pop_back();
            line += "\u2026";
        }
        ctx.draw->AddText(font, px, {at.x, at.y + lines * lineH}, color, line.c_str());
        ++lines;
        begin = stop;
        while (begin < end && (*begin == ' ' || *begin == '\n')) ++begin;
    }
    return lines * lineH;
}

}  // namespace kiosk::ui
