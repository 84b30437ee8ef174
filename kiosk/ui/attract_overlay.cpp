// Attract mode's caption and its invitation. Readable from a metre away: large type, short
// lines, and the prompt always in view.
#include <algorithm>

#include "kiosk/timeline/date_label.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

void drawPrompt(DrawContext& ctx) {
    std::string prompt = ctx.exhibit.schedule().attractPrompt();
    const Rectf& p = ctx.layout.prompt;
    float u = ctx.layout.unit;
    // A long prompt (a presentation's label) shrinks to fit rather than leave the screen.
    float px = ctx.fonts.titlePx;
    ImVec2 size = ctx.fonts.title->CalcTextSizeA(px, FLT_MAX, 0, prompt.c_str());
    if (size.x > p.w - u * 8) {
        px *= std::max(0.5f, (p.w - u * 8) / size.x);
        size = ctx.fonts.title->CalcTextSizeA(px, FLT_MAX, 0, prompt.c_str());
    }
    ImVec2 at{p.x + (p.w - size.x) / 2, p.y + u * 1.5f};
    ctx.draw->AddRectFilled({at.x - u * 3, at.y - u * 1.5f},
                            {at.x + size.x + u * 3, at.y + size.y + u * 1.5f}, colors::kAccent,
                            (size.y + u * 3) / 2);
    ctx.draw->AddText(ctx.fonts.title, px, at, colors::kBackground, prompt.c_str());
}

void drawCaption(DrawContext& ctx) {
    const auto& player = ctx.exhibit.schedule().attract();
    const auto* lib = ctx.exhibit.library();
    const auto* e = lib->event(player.currentStop().event);
    if (!e) return;
    const auto& lang = ctx.exhibit.visit().language();
    const std::string& caption = player.currentStop().caption.empty()
                                     ? e->summary.get(lang)
                                     : player.currentStop().caption.get(lang);
    float u = ctx.layout.unit;
    const Rectf& box = ctx.layout.caption;
    float textW = box.w - u * 4;
    ctx.draw->AddRectFilled({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kPanel, u);
    ctx.draw->AddRect({box.x, box.y}, {box.x + box.w, box.y + box.h}, colors::kAccent, u, 0, 2);
    float y = box.y + u * 2;
    y += wrappedText(ctx, ctx.fonts.title, ctx.fonts.titlePx, {box.x + u * 2, y}, textW,
                     e->title.get(lang), colors::kText, 2);
    y += wrappedText(ctx, ctx.fonts.bold, ctx.fonts.smallPx, {box.x + u * 2, y}, textW,
                     timeline::formatDateRange(e->when, lang), colors::kAccent, 1);
    wrappedText(ctx, ctx.fonts.body, ctx.fonts.bodyPx, {box.x + u * 2, y + u * 0.5f}, textW,
                caption, colors::kText, 3);
}

}  // namespace

void drawAttractOverlay(DrawContext& ctx) {
    drawCaption(ctx);
    drawPrompt(ctx);
}

}  // namespace kiosk::ui
