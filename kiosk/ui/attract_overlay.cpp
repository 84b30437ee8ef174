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
struct PromptLayout {
    std::vector<Shown> prompts;
    std::vector<ImVec2> sizes;
    Type type;
    bool row = true;
    float rowW = 0, rowH = 0;
    Rectf box;  // the pill, empty when there is no prompt
};

PromptLayout promptLayout(DrawContext& ctx) {
    PromptLayout l;
    const Rectf& p = ctx.layout.prompt;
    float u = ctx.layout.unit;
    for (const auto& [language, text] : ctx.exhibit.schedule().attractPrompts())
        l.prompts.push_back({keep(ctx, text), keep(ctx, language)});
    if (l.prompts.empty()) return l;
    float room = p.w - u * 8, gap = u * 3;
    l.type = ctx.fonts.title;
    l.rowW = -gap;
    for (const Shown& s : l.prompts) {
        l.sizes.push_back(measureText(ctx, s, l.type));
        l.rowW += l.sizes.back().x + gap;
        l.rowH = std::max(l.rowH, l.sizes.back().y);
    }
    l.row = l.rowW <= room;
    if (!l.row) {
        l.type = ctx.fonts.bold;
        l.rowW = 0;
        l.rowH = 0;
        for (std::size_t i = 0; i < l.prompts.size(); ++i) {
            l.sizes[i] = measureText(ctx, l.prompts[i], l.type, room, 2);
            l.rowW = std::max(l.rowW, l.sizes[i].x);
            l.rowH += l.sizes[i].y;
        }
        // Stacked, it would hide a fifth of the map or more: one language at a time.
        if (l.rowH + u * 3 > ctx.layout.map.h * 0.2f && l.prompts.size() > 1) {
            std::size_t i = std::size_t(ctx.exhibit.now() / kPromptTurnMs) % l.prompts.size();
            l.prompts = {l.prompts[i]};
            l.sizes = {measureText(ctx, l.prompts[0], l.type, room, 2)};
            l.rowW = l.sizes[0].x;
            l.rowH = l.sizes[0].y;
        }
    }
    float x = p.x + (p.w - l.rowW) / 2, y = p.y + u * 1.5f;
    l.box = {x - u * 3, y - u * 1.5f, l.rowW + u * 6, l.rowH + u * 3};
    return l;
}

void drawPrompt(DrawContext& ctx, const PromptLayout& l) {
    if (l.prompts.empty()) return;
    float u = ctx.layout.unit, gap = u * 3;
    const Rectf& b = l.box;
    ctx.draw->AddRectFilled({b.x, b.y}, {b.x + b.w, b.y + b.h}, colors::kAccent,
                            std::min(b.h, ctx.fonts.titlePx * 2) / 2);
    ctx.exhibit.targets().addLabel("attract:prompt", b);
    float x = b.x + u * 3, y = b.y + u * 1.5f;
    for (std::size_t i = 0; i < l.prompts.size(); ++i) {
        if (l.row) {
            drawText(ctx, l.prompts[i], l.type,
                     {x, y + (l.rowH - l.sizes[i].y) / 2, l.sizes[i].x, 0}, colors::kBackground,
                     Align::Center, 1, false);
            x += l.sizes[i].x + gap;
        } else {
            y += drawText(ctx, l.prompts[i], l.type, {b.x + u * 3, y, l.rowW, 0},
                          colors::kBackground, Align::Center, 2);
        }
    }
}

// The box holds what it shows, at the foot of the layout's caption area: the title, the
// date, and the body lines there is room for.
struct CaptionLayout {
    const content::Event* event = nullptr;  // none: no caption
    Shown caption, title, date;
    Type titleType;
    float textW = 0;
    int lines = 0;
    Rectf box;
};

CaptionLayout captionLayout(DrawContext& ctx) {
    CaptionLayout l;
    const auto& player = ctx.exhibit.schedule().attract();
    l.event = ctx.exhibit.library()->event(player.currentStop().event);
    if (!l.event) return l;
    const auto& e = *l.event;
    l.caption = player.currentStop().caption.empty() ? shown(ctx, e.summary)
                                                     : shown(ctx, player.currentStop().caption);
    float u = ctx.layout.unit;
    const Rectf& area = ctx.layout.caption;
    l.textW = area.w - u * 4;
    l.titleType = {text::Weight::Bold, std::ceil(ctx.layout.captionTitlePx)};
    l.title = shown(ctx, e.title);
    l.date = {keep(ctx, timeline::formatDateRange(e.when, ctx.language)), ctx.language};
    float titleH = measureText(ctx, l.title, l.titleType, l.textW, 2).y;
    float dateH = measureText(ctx, l.date, ctx.fonts.smallBold, l.textW, 1).y;
    float lineH = measureText(ctx, l.caption, ctx.fonts.body, l.textW, 1).y;
    float fixedH = u * 3 + titleH + dateH + u * 0.5f;
    l.lines =
        std::clamp(int((area.h - fixedH) / std::max(lineH, 1.f)), 0, ctx.layout.captionBodyLines);
    float bodyH = l.lines > 0 ? measureText(ctx, l.caption, ctx.fonts.body, l.textW, l.lines).y : 0;
    float h = std::min(area.h, fixedH + bodyH);
    l.box = {area.x, area.y + area.h - h, area.w, h};
    return l;
}

void drawCaption(DrawContext& ctx, const CaptionLayout& l) {
    if (!l.event) return;
    float u = ctx.layout.unit;
    const Rectf& box = l.box;
    ctx.draw->AddRectFilled({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kPanel, u);
    ctx.draw->AddRect({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kAccent, u, 0, 2);
    ctx.exhibit.targets().addLabel("attract:caption", box);
    Rectf text{box.x + u * 2, box.y + u * 1.5f, l.textW, 0};
    text.y += drawText(ctx, l.title, l.titleType, text, colors::kText, Align::Start, 2);
    text.y += drawText(ctx, l.date, ctx.fonts.smallBold, text, colors::kAccent, Align::Start, 1);
    text.y += u * 0.5f;
    if (l.lines > 0)
        drawText(ctx, l.caption, ctx.fonts.body, text, colors::kText, Align::Start, l.lines);
}

}  // namespace

std::vector<Rectf> attractOverlayBoxes(DrawContext& ctx) {
    std::vector<Rectf> boxes;
    if (ctx.exhibit.mode() != session::Mode::Attract) return boxes;
    if (auto c = captionLayout(ctx); c.event) boxes.push_back(c.box);
    if (auto p = promptLayout(ctx); !p.prompts.empty()) boxes.push_back(p.box);
    return boxes;
}

void drawAttractOverlay(DrawContext& ctx) {
    drawCaption(ctx, captionLayout(ctx));
    drawPrompt(ctx, promptLayout(ctx));
}

}  // namespace kiosk::ui
