// The header, the selection summary, the touch rings and the "temporarily unavailable" page.
#include <string>

#include "kiosk/ui/panels.h"

namespace kiosk::ui {

void drawHeader(DrawContext& ctx) {
    const Rectf& h = ctx.layout.header;
    const auto& lang = ctx.exhibit.visit().language();
    const auto& settings = ctx.exhibit.library()->settings();
    ctx.draw->AddRectFilled({h.x, h.y}, {h.x + h.w, h.y + h.h}, colors::kHeader);
    float u = ctx.layout.unit;
    float buttonW = std::max(ctx.layout.minTargetPx * 2.6f, ctx.fonts.bodyPx * 5);
    Rectf home{h.x + h.w - buttonW - u * 2, h.y + (h.h - ctx.layout.minTargetPx) / 2, buttonW,
               ctx.layout.minTargetPx};
    float rightEdge = home.x;
    // The filter is always visible while on, and one tap clears it.
    if (const auto* a = ctx.exhibit.library()->actor(ctx.exhibit.visit().actorFilter())) {
        std::string label = "Only " + a->shortName.get(lang) + "  \u00d7";
        float w =
            ctx.fonts.bold->CalcTextSizeA(ctx.fonts.bodyPx, FLT_MAX, 0, label.c_str()).x + u * 4;
        Rectf chip{home.x - w - u * 2, home.y, w, home.h};
        rightEdge = chip.x;
        if (touchButton(ctx, "button:clear-filter", chip, label.c_str()))
            ctx.exhibit.visit().clearFilter();
    }
    float titleY = h.y + (h.h - ctx.fonts.titlePx) / 2;
    const std::string& title = settings.title.get(lang);
    float titleW = ctx.fonts.title->CalcTextSizeA(ctx.fonts.titlePx, FLT_MAX, 0, title.c_str()).x;
    if (h.x + u * 2 + titleW < rightEdge - u)
        ctx.draw->AddText(ctx.fonts.title, ctx.fonts.titlePx, {h.x + u * 2, titleY}, colors::kText,
                          title.c_str());
    const std::string& subtitle = settings.subtitle.get(lang);
    float subX = h.x + u * 4 + titleW;
    float subW = ctx.fonts.small->CalcTextSizeA(ctx.fonts.smallPx, FLT_MAX, 0, subtitle.c_str()).x;
    if (!subtitle.empty() && subX + subW < rightEdge - u * 2)  // dropped on narrow screens
        ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx,
                          {subX, titleY + ctx.fonts.titlePx - ctx.fonts.smallPx * 1.2f},
                          colors::kTextDim, subtitle.c_str());
    if (touchButton(ctx, "button:home", home, "Start")) ctx.exhibit.goHome();
}

void drawTouchMarks(DrawContext& ctx) {
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    Millis now = ctx.exhibit.now();
    for (const auto& m : ctx.exhibit.touch().marks()) {
        float t = float(now - m.start) / float(session::TouchRouter::kTouchMarkMs);
        float r = ctx.layout.minTargetPx * (0.35f + 0.4f * t);
        int alpha = int(150 * (1 - std::min(1.f, t)));
        fg->AddCircle(toIm(m.at), r, IM_COL32(255, 255, 255, alpha), 0, 3);
    }
}

// Outside opening hours: black, or the next opening time, as the content's schedule says.
void drawClosed(DrawContext& ctx) {
    const Rectf& s = ctx.layout.screen;
    ctx.draw->AddRectFilled({0, 0}, {s.w, s.h}, IM_COL32(0, 0, 0, 255));
    const auto& hours = ctx.exhibit.schedule().openingHours();
    if (hours.status().closedScreen == schedule::ClosedScreen::Black) return;
    const char* headline = "Closed";
    ImVec2 hs = ctx.fonts.title->CalcTextSizeA(ctx.fonts.titlePx, FLT_MAX, 0, headline);
    float y = s.h * 0.25f;
    ctx.draw->AddText(ctx.fonts.title, ctx.fonts.titlePx, {(s.w - hs.x) / 2, y}, colors::kTextDim,
                      headline);
    std::string next = hours.nextOpening();
    ImVec2 ns = ctx.fonts.body->CalcTextSizeA(ctx.fonts.bodyPx, FLT_MAX, 0, next.c_str());
    ctx.draw->AddText(ctx.fonts.body, ctx.fonts.bodyPx,
                      {(s.w - ns.x) / 2, y + ctx.fonts.titlePx * 1.6f}, colors::kTextDim,
                      next.c_str());
    // The week's hours, small, below: visitors planning to come back see when.
    float lineY = y + ctx.fonts.titlePx * 1.6f + ctx.fonts.bodyPx * 2;
    float lineH = ctx.fonts.smallPx * 1.35f;
    for (const auto& line : hours.weekAhead(ctx.exhibit.clock().wallMs())) {
        if (lineY + lineH > s.h - ctx.layout.unit) break;  // a small screen shows what fits
        ImVec2 ls = ctx.fonts.small->CalcTextSizeA(ctx.fonts.smallPx, FLT_MAX, 0, line.c_str());
        ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx, {(s.w - ls.x) / 2, lineY},
                          IM_COL32(150, 158, 166, 255), line.c_str());
        lineY += lineH;
    }
}

void drawUnavailable(DrawContext& ctx) {
    const Rectf& s = ctx.layout.screen;
    ctx.draw->AddRectFilled({0, 0}, {s.w, s.h}, colors::kBackground);
    const char* headline = "Temporarily unavailable";
    const char* line = "This exhibit is taking a short break. Please come back soon.";
    ImVec2 hs = ctx.fonts.title->CalcTextSizeA(ctx.fonts.titlePx, FLT_MAX, 0, headline);
    float y = s.h * 0.38f;
    ctx.draw->AddText(ctx.fonts.title, ctx.fonts.titlePx, {(s.w - hs.x) / 2, y}, colors::kText,
                      headline);
    float w = std::min(s.w * 0.8f, ctx.fonts.bodyPx * 30);
    w = std::min(w, ctx.fonts.body->CalcTextSizeA(ctx.fonts.bodyPx, FLT_MAX, 0, line).x + 1);
    wrappedText(ctx, ctx.fonts.body, ctx.fonts.bodyPx,
                {(s.w - w) / 2, y + ctx.fonts.titlePx * 1.6f}, w, line, colors::kTextDim, 3);
    // For staff: the first problem, small, at the foot of the screen.
    std::string reason = "Staff: " + ctx.exhibit.errorMessage();
    float rw = s.w - ctx.layout.unit * 4;
    wrappedText(ctx, ctx.fonts.small, ctx.fonts.smallPx,
                {ctx.layout.unit * 2, s.h - ctx.fonts.smallPx * 4.2f}, rw, reason, colors::kTextDim,
                3);
}

}  // namespace kiosk::ui
