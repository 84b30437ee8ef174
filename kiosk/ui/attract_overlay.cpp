// Attract mode's caption and its invitation. Readable from a metre away: large type, short
// lines, and the prompt always in view, in every language the content has.
#include <algorithm>

#include "kiosk/timeline/date_label.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

// Each language's prompt is its own text (its own direction and shaping): in one row at title
// size when they fit across the map, else one per line at body size.
void drawPrompt(DrawContext& ctx) {
    const Rectf& p = ctx.layout.prompt;
    float u = ctx.layout.unit;
    std::vector<Shown> prompts;
    for (const auto& [language, text] : ctx.exhibit.schedule().attractPrompts())
        prompts.push_back({keep(ctx, text), keep(ctx, language)});
    if (prompts.empty()) return;
    float room = p.w - u * 8, gap = u * 3;
    Type type = ctx.fonts.title;
    std::vector<ImVec2> sizes;
    float rowW = -gap, rowH = 0;
    for (const Shown& s : prompts) {
        sizes.push_back(measureText(ctx, s, type));
        rowW += sizes.back().x + gap;
        rowH = std::max(rowH, sizes.back().y);
    }
    bool row = rowW <= room;
    if (!row) {
        type = ctx.fonts.bold;
        rowW = 0;
        rowH = 0;
        for (std::size_t i = 0; i < prompts.size(); ++i) {
            sizes[i] = measureText(ctx, prompts[i], type, room, 2);
            rowW = std::max(rowW, sizes[i].x);
            rowH += sizes[i].y;
        }
    }
    ImVec2 at{p.x + (p.w - rowW) / 2, p.y + u * 1.5f};
    ctx.draw->AddRectFilled({at.x - u * 3, at.y - u * 1.5f},
                            {at.x + rowW + u * 3, at.y + rowH + u * 1.5f}, colors::kAccent,
                            std::min(rowH + u * 3, ctx.fonts.titlePx * 2) / 2);
    float x = at.x, y = at.y;
    for (std::size_t i = 0; i < prompts.size(); ++i) {
        if (row) {
            drawText(ctx, prompts[i], type, {x, y + (rowH - sizes[i].y) / 2, sizes[i].x, 0},
                     colors::kBackground, Align::Center, 1, false);
            x += sizes[i].x + gap;
        } else {
            y += drawText(ctx, prompts[i], type, {at.x, y, rowW, 0}, colors::kBackground,
                          Align::Center, 2);
        }
    }
}

void drawCaption(DrawContext& ctx) {
    const auto& player = ctx.exhibit.schedule().attract();
    const auto* lib = ctx.exhibit.library();
    const auto* e = lib->event(player.currentStop().event);
    if (!e) return;
    Shown caption = player.currentStop().caption.empty() ? shown(ctx, e->summary)
                                                         : shown(ctx, player.currentStop().caption);
    float u = ctx.layout.unit;
    const Rectf& box = ctx.layout.caption;
    ctx.draw->AddRectFilled({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kPanel, u);
    ctx.draw->AddRect({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kAccent, u, 0, 2);
    Rectf text{box.x + u * 2, box.y + u * 2, box.w - u * 4, 0};
    text.y +=
        drawText(ctx, shown(ctx, e->title), ctx.fonts.title, text, colors::kText, Align::Start, 2);
    std::string date = timeline::formatDateRange(e->when, ctx.language);
    text.y += drawText(ctx, {keep(ctx, date), ctx.language}, ctx.fonts.smallBold, text,
                       colors::kAccent, Align::Start, 1);
    text.y += u * 0.5f;
    // What is left of the box, in whole lines (Arabic lines are taller).
    float lineH = measureText(ctx, caption, ctx.fonts.body, text.w, 1).y;
    int lines = std::clamp(int((box.y + box.h - u - text.y) / std::max(lineH, 1.f)), 1, 3);
    drawText(ctx, caption, ctx.fonts.body, text, colors::kText, Align::Start, lines);
}

}  // namespace

void drawAttractOverlay(DrawContext& ctx) {
    drawCaption(ctx);
    drawPrompt(ctx);
}

}  // namespace kiosk::ui
