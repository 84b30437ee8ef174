#include "kiosk/ui/widgets.h"

#include <algorithm>

namespace kiosk::ui {

Shown shown(const DrawContext& ctx, const content::Text& text) {
    return {text.get(ctx.language), text.languageOf(ctx.language)};
}

std::string_view keep(DrawContext& ctx, std::string s) {
    return ctx.scratch.emplace_back(std::move(s));
}

ImVec2 toIm(Vec2f v) {
    return {v.x, v.y};
}

Rectf mirrored(const DrawContext& ctx, Rectf r, const Rectf& within) {
    if (ctx.rtl) r.x = within.x + within.w - (r.x - within.x) - r.w;
    return r;
}

ImVec2 measureText(DrawContext& ctx, Shown s, Type type, float maxWidth, int maxLines) {
    const auto& l = ctx.text.layout(s.text, type, maxWidth, maxLines, ctx.rtl, s.language);
    return {l.width, l.height};
}

float drawText(DrawContext& ctx, Shown s, Type type, Rectf box, ImU32 color, Align align,
               int maxLines, bool wrap, KeptDraw* keep) {
    if (keep) keep->verts = {};  // incomplete: never redrawn
    if (s.text.empty()) return 0;
    const auto& l = ctx.text.layout(s.text, type, wrap ? box.w : 0, maxLines, ctx.rtl, s.language);
    ctx.text.draw(ctx.draw, l, type, {box.x, box.y}, box.w, align, ctx.rtl, color,
                  keep ? &keep->verts : nullptr);
    // The ink box of the widest line, where the alignment put it.
    float slack = box.w - l.width;
    bool right = align == Align::End ? !ctx.rtl : align == Align::Start && ctx.rtl;
    float x = box.x + (align == Align::Center ? slack / 2 : right ? slack : 0);
    ImVec2 c0 = ctx.draw->GetClipRectMin(), c1 = ctx.draw->GetClipRectMax();
    session::DrawnText entry{
        std::string(s.text),
        std::string(s.language),
        Rectf{x, box.y, l.width, l.height},
        Rectf{c0.x, c0.y, c1.x - c0.x, c1.y - c0.y},
        l.rtl,
        l.truncated,
        ctx.scrolling,
        ctx.marking,
        type.px * ctx.text.capHeightPerPx(type.weight) / std::max(ctx.layout.pixelsPerMm, 0.01f)};
    if (keep) keep->entry = entry;
    ctx.exhibit.targets().addText(std::move(entry));
    return l.height;
}

bool redrawText(DrawContext& ctx, const KeptDraw& kept) {
    if (!ctx.text.redraw(ctx.draw, kept.verts)) return false;
    ctx.exhibit.targets().addText(kept.entry);
    return true;
}

Type fitLabel(DrawContext& ctx, Shown label, Type type, ImVec2 room) {
    float floorPx = std::min(type.px, ctx.fonts.smallPx);
    for (;; type.px = std::max(floorPx, type.px - 1)) {
        const auto& l = ctx.text.layout(label.text, type, room.x, 2, ctx.rtl, label.language);
        if ((!l.truncated && l.width <= room.x + 0.5f && l.height <= room.y + 0.5f) ||
            type.px <= floorPx)
            return type;
    }
}

bool touchButton(DrawContext& ctx, const std::string& targetId, Rectf rect, Shown label, bool bold,
                 bool enabled) {
    rect.w = std::max(rect.w, ctx.layout.minTargetPx);
    rect.h = std::max(rect.h, ctx.layout.minTargetPx);
    ImGui::SetCursorScreenPos({rect.x, rect.y});
    bool pressed = ImGui::InvisibleButton(targetId.c_str(), {rect.w, rect.h}) && enabled;
    bool held = ImGui::IsItemActive() && enabled;
    ImU32 fill = held ? colors::kAccent : IM_COL32(255, 255, 255, enabled ? 28 : 8);
    ImU32 ink =
        held ? colors::kBackground : (enabled ? colors::kText : IM_COL32(255, 255, 255, 70));
    ctx.draw->AddRectFilled({rect.x, rect.y}, {rect.x + rect.w, rect.y + rect.h}, fill,
                            ctx.layout.unit);
    ctx.draw->AddRect({rect.x, rect.y}, {rect.x + rect.w, rect.y + rect.h}, colors::kOutline,
                      ctx.layout.unit);
    // The whole label, never an ellipsis on a command: one line, else two, else smaller type
    // (down to the labels' size, whose capitals still reach 2.5 mm).
    float pad = ctx.layout.unit;
    Type type = fitLabel(ctx, label, bold ? ctx.fonts.bold : ctx.fonts.body,
                         {rect.w - pad * 2, rect.h - pad * 0.5f});
    ImVec2 size = measureText(ctx, label, type, rect.w - pad * 2, 2);
    drawText(ctx, label, type, {rect.x + pad, rect.y + (rect.h - size.y) / 2, rect.w - pad * 2, 0},
             ink, Align::Center, 2);
    if (enabled) ctx.exhibit.targets().add(targetId, rect);
    return pressed;
}

}  // namespace kiosk::ui
