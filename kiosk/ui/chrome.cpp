// The header, the touch rings, the closed screen and the "temporarily unavailable" page.
#include <cmath>
#include <string>

#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

// One button per language, each name in its own script, the current one lit. Positions are
// left-to-right ones, mirrored when drawn; returns the x where the free space ends.
float drawLanguageButtons(DrawContext& ctx, Rectf slot) {
    std::vector<const content::Language*> languages;
    for (const auto& l : ctx.exhibit.library()->settings().languages)
        if (ctx.exhibit.visit().languageShown(l.code)) languages.push_back(&l);
    if (languages.size() < 2) return slot.x + slot.w;
    float u = ctx.layout.unit;
    float edge = slot.x + slot.w;  // laid out from the home button towards the title
    std::string chosen;
    for (auto it = languages.rbegin(); it != languages.rend(); ++it) {
        const content::Language* language = *it;
        Shown name{language->name, language->code};
        float w = std::max(ctx.layout.minTargetPx * 1.4f,
                           measureText(ctx, name, ctx.fonts.body).x + u * 3);
        Rectf r = mirrored(ctx, {edge - w, slot.y, w, slot.h}, ctx.layout.header);
        bool current = language->code == ctx.language;
        if (current)
            ctx.draw->AddRectFilled({r.x, r.y + r.h - u * 0.5f}, {r.x + r.w, r.y + r.h},
                                    colors::kAccent);
        if (touchButton(ctx, "language:" + language->code, r, name, current))
            chosen = language->code;
        edge -= w + u * 0.5f;
    }
    if (!chosen.empty()) ctx.exhibit.visit().setLanguage(chosen);
    return edge - u;
}

}  // namespace

void drawHeader(DrawContext& ctx) {
    const Rectf& h = ctx.layout.header;
    const auto& settings = ctx.exhibit.library()->settings();
    ctx.draw->AddRectFilled({h.x, h.y}, {h.x + h.w, h.y + h.h}, colors::kHeader);
    float u = ctx.layout.unit;
    // Laid out for left to right, then mirrored: Home at the end, the title at the start.
    Shown homeLabel = ui(ctx, "button.home");
    float buttonW = std::max(ctx.layout.minTargetPx * 2.6f,
                             measureText(ctx, homeLabel, ctx.fonts.bold).x + u * 4);
    Rectf home{h.x + h.w - buttonW - u * 2, h.y + (h.h - ctx.layout.minTargetPx) / 2, buttonW,
               ctx.layout.minTargetPx};
    float endEdge = home.x;
    // The filter is always visible while on, and one tap clears it.
    if (const auto* a = ctx.exhibit.library()->actor(ctx.exhibit.visit().actorFilter())) {
        Shown label =
            ui(ctx, "filter.only", {{"name", std::string(a->shortName.get(ctx.language))}});
        std::string withCross = std::string(label.text) + "  \u00d7";
        Shown chipText{keep(ctx, withCross), label.language};
        float w = measureText(ctx, chipText, ctx.fonts.bold).x + u * 4;
        Rectf chip{endEdge - w - u * 2, home.y, w, home.h};
        endEdge = chip.x;
        if (touchButton(ctx, "button:clear-filter", mirrored(ctx, chip, h), chipText))
            ctx.exhibit.visit().clearFilter();
    }
    float languagesEnd = drawLanguageButtons(ctx, {h.x, home.y, endEdge - u * 2 - h.x, home.h});
    Shown title = shown(ctx, settings.title);
    Type titleType = ctx.fonts.title;
    ImVec2 titleSize = measureText(ctx, title, titleType);
    if (titleSize.y > h.h - 2) {  // Arabic's taller line: a smaller title, never a clipped one
        titleType.px = std::floor(titleType.px * (h.h - 2) / titleSize.y);
        titleSize = measureText(ctx, title, titleType);
    }
    float titleY = h.y + (h.h - titleSize.y) / 2;
    if (h.x + u * 2 + titleSize.x < languagesEnd - u)
        drawText(ctx, title, titleType,
                 mirrored(ctx, {h.x + u * 2, titleY, titleSize.x, titleSize.y}, h), colors::kText,
                 Align::Start, 1, false);
    Shown subtitle = shown(ctx, settings.subtitle);
    ImVec2 subSize = measureText(ctx, subtitle, ctx.fonts.small);
    float subX = h.x + u * 4 + titleSize.x;
    if (!subtitle.text.empty() && subX + subSize.x < languagesEnd - u * 2)  // dropped when narrow
        drawText(ctx, subtitle, ctx.fonts.small,
                 mirrored(ctx, {subX, h.y + (h.h - subSize.y) / 2, subSize.x, subSize.y}, h),
                 colors::kTextDim, Align::Start, 1, false);
    if (touchButton(ctx, "button:home", mirrored(ctx, home, h), homeLabel)) ctx.exhibit.goHome();
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

// Times shown to visitors read "10:00–18:00": an en dash between two times (the schedule
// and the staff panel keep the ASCII hyphen of the content's own notation).
std::string withEnDashes(std::string s) {
    for (std::size_t i = 3; i + 3 < s.size(); ++i)
        if (s[i] == '-' && s[i - 3] == ':' && s[i + 3] == ':') s.replace(i, 1, "\u2013");
    return s;
}

// Outside opening hours: black, or the exhibit's name and its opening times, as the content's
// schedule says.
void drawClosed(DrawContext& ctx) {
    const Rectf& s = ctx.layout.screen;
    const auto& hours = ctx.exhibit.schedule().openingHours();
    if (hours.status().closedScreen == schedule::ClosedScreen::Black) {
        ctx.draw->AddRectFilled({0, 0}, {s.w, s.h}, IM_COL32(0, 0, 0, 255));
        return;
    }
    ctx.draw->AddRectFilled({0, 0}, {s.w, s.h}, colors::kBackground);
    float u = ctx.layout.unit, textW = std::min(s.w - u * 8, ctx.fonts.bodyPx * 34);
    float x = (s.w - textW) / 2;
    float y = std::max(u * 3, s.h * 0.12f);
    const auto& settings = ctx.exhibit.library()->settings();
    y += drawText(ctx, shown(ctx, settings.title), ctx.fonts.title, {x, y, textW, 0}, colors::kText,
                  Align::Center, 2);
    if (!settings.subtitle.get(ctx.language).empty() && s.h > ctx.fonts.bodyPx * 24)
        y += drawText(ctx, shown(ctx, settings.subtitle), ctx.fonts.body, {x, y, textW, 0},
                      colors::kTextDim, Align::Center, 2);
    y += ctx.fonts.titlePx * 0.6f;
    ctx.draw->AddLine({x + textW * 0.35f, y}, {x + textW * 0.65f, y}, colors::kAccent, 3);
    y += ctx.fonts.titlePx * 0.6f;
    y += drawText(ctx, ui(ctx, "closed.headline"), ctx.fonts.title, {x, y, textW, 0},
                  colors::kAccent, Align::Center, 2);
    y += ctx.fonts.bodyPx * 0.4f;
    std::string next = withEnDashes(hours.nextOpening(ctx.language));
    y += drawText(ctx, {keep(ctx, next), ctx.language}, ctx.fonts.body, {x, y, textW, 0},
                  colors::kText, Align::Center, 2);
    // The week's hours below: visitors planning to come back see when.
    y += ctx.fonts.bodyPx;
    for (const auto& line : hours.weekAhead(ctx.exhibit.clock().wallMs(), ctx.language)) {
        Shown l{keep(ctx, withEnDashes(line)), ctx.language};
        float lineH = measureText(ctx, l, ctx.fonts.small, textW, 1).y;
        if (y + lineH > s.h - u) break;  // a small screen shows what fits
        y +=
            drawText(ctx, l, ctx.fonts.small, {x, y, textW, 0}, colors::kTextDim, Align::Center, 1);
    }
}

void drawUnavailable(DrawContext& ctx) {
    const Rectf& s = ctx.layout.screen;
    ctx.draw->AddRectFilled({0, 0}, {s.w, s.h}, colors::kBackground);
    float u = ctx.layout.unit;
    float y = s.h * 0.38f;
    float w = std::min(s.w - u * 8, ctx.fonts.bodyPx * 30);
    y += drawText(ctx, ui(ctx, "unavailable.headline"), ctx.fonts.title, {(s.w - w) / 2, y, w, 0},
                  colors::kText, Align::Center, 2);
    y += ctx.fonts.titlePx * 0.4f;
    drawText(ctx, ui(ctx, "unavailable.line"), ctx.fonts.body, {(s.w - w) / 2, y, w, 0},
             colors::kTextDim, Align::Center, 3);
    // The problem itself is for staff: in the log, the state and the staff panel, not here.
}

}  // namespace kiosk::ui
