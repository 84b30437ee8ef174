// Attract mode's caption and its invitation. Readable from a metre away: large type, short
// lines, and the prompt always in view, in every language the content has.
#include <algorithm>
#include <cmath>

#include "kiosk/timeline/date_label.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

constexpr Millis kPromptTurnMs = 2500;  // each language's turn on a small screen

// Each language's prompt is its own text (its own direction and shaping): in one row at title
// size when they fit across the map, else one per line at body size. Where that would cover
// too much of a small map, one language at a time, in turn, in a single row.
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
        // Stacked, it would hide a fifth of the map or more: one language at a time.
        if (rowH + u * 3 > ctx.layout.map.h * 0.2f && prompts.size() > 1) {
            std::size_t i = std::size_t(ctx.exhibit.now() / kPromptTurnMs) % prompts.size();
            prompts = {prompts[i]};
            sizes = {measureText(ctx, prompts[0], type, room, 2)};
            rowW = sizes[0].x;
            rowH = sizes[0].y;
        }
    }
    ImVec2 at{p.x + (p.w - rowW) / 2, p.y + u * 1.5f};
    ctx.draw->AddRectFilled({at.x - u * 3, at.y - u * 1.5f},
                            {at.x + rowW + u * 3, at.y + rowH + u * 1.5f}, colors::kAccent,
                            std::min(rowH + u * 3, ctx.fonts.titlePx * 2) / 2);
    ctx.exhibit.targets().addLabel("attract:prompt",
                                   {at.x - u * 3, at.y - u * 1.5f, rowW + u * 6, rowH + u * 3});
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
    // The box holds what it shows, at the foot of the layout's caption area: the title, the
    // date, and the body lines there is room for.
    const Rectf& area = ctx.layout.caption;
    float textW = area.w - u * 4;
    Type titleType{text::Weight::Bold, std::ceil(ctx.layout.captionTitlePx)};
    Shown title = shown(ctx, e->title);
    Shown date{keep(ctx, timeline::formatDateRange(e->when, ctx.language)), ctx.language};
    float titleH = measureText(ctx, title, titleType, textW, 2).y;
    float dateH = measureText(ctx, date, ctx.fonts.smallBold, textW, 1).y;
    float lineH = measureText(ctx, caption, ctx.fonts.body, textW, 1).y;
    float fixedH = u * 3 + titleH + dateH + u * 0.5f;
    int lines =
        std::clamp(int((area.h - fixedH) / std::max(lineH, 1.f)), 0, ctx.layout.captionBodyLines);
    float bodyH = lines > 0 ? measureText(ctx, caption, ctx.fonts.body, textW, lines).y : 0;
    float h = std::min(area.h, fixedH + bodyH);
    Rectf box{area.x, area.y + area.h - h, area.w, h};
    ctx.draw->AddRectFilled({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kPanel, u);
    ctx.draw->AddRect({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kAccent, u, 0, 2);
    ctx.exhibit.targets().addLabel("attract:caption", box);
    Rectf text{box.x + u * 2, box.y + u * 1.5f, textW, 0};
    text.y += drawText(ctx, title, titleType, text, colors::kText, Align::Start, 2);
    text.y += drawText(ctx, date, ctx.fonts.smallBold, text, colors::kAccent, Align::Start, 1);
    text.y += u * 0.5f;
    if (lines > 0) drawText(ctx, caption, ctx.fonts.body, text, colors::kText, Align::Start, lines);
}

}  // namespace

void drawAttractOverlay(DrawContext& ctx) {
    drawCaption(ctx);
    drawPrompt(ctx);
}

}  // namespace kiosk::ui
