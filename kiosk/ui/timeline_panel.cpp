// The timeline: a lane per track, eras behind, events as points or bars at their honest
// precision, and an axis whose ticks follow the zoom.
#include <algorithm>
#include <cmath>

#include "kiosk/map/labels.h"
#include "kiosk/timeline/ticks.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

ImU32 trackColor(const content::Track* t, int alpha = 255) {
    std::uint32_t rgb = t ? t->rgb : 0x9aa5b1;
    return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
}

struct Lanes {
    float top, height;
    int count;
    float laneY(int i) const {
        return top + height * (float(i) + 0.5f) / float(std::max(1, count));
    }
};

// Tick labels sit after their tick in reading order: right of it, or left of it in Arabic.
void drawAxis(DrawContext& ctx, const timeline::TimeView& view, float axisY, float lineH) {
    const Rectf& r = view.viewport();
    float charPx = ctx.fonts.smallPx * 0.62f;
    auto after = [&](float x, float w) { return ctx.rtl ? x - 3 - w : x + 3; };
    auto ticks = timeline::makeTicks(view.start(), view.end(), r.w, charPx,
                                     text::localeFormatFor(ctx.language));
    ctx.draw->AddLine({r.x, axisY}, {r.x + r.w, axisY}, colors::kOutline, 2);
    for (const auto& t : ticks.ticks) {
        float x = view.dayToX(t.day);
        ctx.draw->AddLine({x, axisY}, {x, axisY + ctx.layout.unit}, colors::kTextDim,
                          t.major ? 2.f : 1.f);
        ctx.draw->AddLine({x, r.y}, {x, axisY}, IM_COL32(255, 255, 255, t.major ? 26 : 12));
        Shown label{t.label, ctx.language};
        ImVec2 size = measureText(ctx, label, ctx.fonts.small);
        float lx = after(x, size.x);
        if (lx >= r.x && lx + size.x <= r.x + r.w)
            drawText(ctx, label, ctx.fonts.small, {lx, axisY + ctx.layout.unit * 0.6f, size.x, 0},
                     colors::kTextDim, Align::Start, 1, false);
    }
    float rowY = axisY + ctx.layout.unit * 0.6f + lineH;
    for (size_t i = 0; i < ticks.context.size(); ++i) {
        // A span's label stays at the span's start edge while the span is in view.
        Shown label{ticks.context[i].label, ctx.language};
        ImVec2 size = measureText(ctx, label, ctx.fonts.smallBold);
        float start = view.dayToX(ticks.context[i].day);
        float next = i + 1 < ticks.context.size() ? view.dayToX(ticks.context[i + 1].day)
                                                  : (ctx.rtl ? r.x : r.x + r.w);
        float x =
            ctx.rtl ? std::min(r.x + r.w - 3, start - 3) - size.x : std::max(r.x + 3, start + 3);
        bool fits = ctx.rtl ? x >= next + 3 : x + size.x <= next - 3;
        if (!fits) continue;  // never cut, never overlapping the next
        drawText(ctx, label, ctx.fonts.smallBold, {x, rowY, size.x, 0}, colors::kText, Align::Start,
                 1, false);
    }
}

// lineH: the height of a small label in this language (Arabic's are taller). Appends the
// names' rectangles to drawn, so event labels keep clear of them.
void drawEras(DrawContext& ctx, const timeline::TimeView& view, const Lanes& lanes, float lineH,
              std::vector<Rectf>& drawn) {
    int i = 0;
    for (const auto& era : ctx.exhibit.library()->eras()) {
        float a = view.dayToX(double(era.when.firstDay()));
        float b = view.dayToX(double(era.when.lastDay() + 1));
        float x0 = std::max(view.viewport().x, std::min(a, b));
        float x1 = std::min(view.viewport().x + view.viewport().w, std::max(a, b));
        if (x1 <= x0) continue;
        ctx.draw->AddRectFilled(
            {x0, lanes.top - lineH - 4}, {x1, lanes.top + lanes.height},
            (i++ % 2) ? IM_COL32(255, 255, 255, 10) : IM_COL32(255, 255, 255, 18));
        // Era names sit in the strip above the lanes, at the era's start edge.
        Shown name = shown(ctx, era.name);
        ImVec2 size = measureText(ctx, name, ctx.fonts.small);
        if (size.x + 8 >= x1 - x0) continue;
        Rectf at{ctx.rtl ? x1 - 4 - size.x : x0 + 4, lanes.top - lineH - 2, size.x, size.y};
        drawText(ctx, name, ctx.fonts.small, at, IM_COL32(255, 255, 255, 120), Align::Start, 1,
                 false);
        drawn.push_back(at);
    }
}

}  // namespace

void drawTimelinePanel(DrawContext& ctx) {
    const auto& view = ctx.exhibit.cameras().time();
    const Rectf& r = view.viewport();
    const auto* lib = ctx.exhibit.library();
    ctx.draw->PushClipRect({r.x, r.y}, {r.x + r.w, r.y + r.h}, true);
    ctx.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, colors::kBackground);
    float edgeX = ctx.rtl ? r.x + r.w : r.x;  // the edge beside the map
    ctx.draw->AddLine({edgeX, r.y}, {edgeX, r.y + r.h}, colors::kOutline, 2);
    // Rows are sized from the labels in this language: the lane names' height stands for
    // every small label (era names, ticks), which share their script.
    float nameH = ctx.fonts.smallPx;
    for (const auto& track : lib->tracks())
        nameH = std::max(nameH, measureText(ctx, shown(ctx, track.name), ctx.fonts.small).y);
    float axisH = nameH * 2 + ctx.layout.unit * 1.6f;
    float axisY = r.y + r.h - axisH;
    float lanesTop = r.y + nameH + 6;
    Lanes lanes{lanesTop, axisY - lanesTop, int(lib->tracks().size())};
    std::vector<Rectf> laneLabels;
    drawEras(ctx, view, lanes, nameH, laneLabels);
    // Lane names need a line of their own above the events' markers; on a cramped timeline
    // (a small screen with a card open) the lanes keep only their colours.
    float radius = ctx.layout.minTargetPx * 0.22f;  // as drawTimelineEvents draws markers
    float laneH = lanes.height / float(std::max(1, lanes.count));
    bool namesFit = laneH / 2 >= radius * 1.6f + nameH;
    for (int i = 0; i < lanes.count; ++i) {
        const auto& track = lib->tracks()[size_t(i)];
        float y = lanes.laneY(i);
        Shown name = shown(ctx, track.name);
        ctx.draw->AddLine({r.x, y}, {r.x + r.w, y}, trackColor(&track, 60), 2);
        if (!namesFit) continue;
        ImVec2 size = measureText(ctx, name, ctx.fonts.small, r.w - ctx.layout.unit * 2, 1);
        Rectf at =
            mirrored(ctx, {r.x + ctx.layout.unit, y - radius * 1.6f - size.y, size.x, size.y}, r);
        drawText(ctx, name, ctx.fonts.small, {at.x, at.y, size.x + 1, 0}, trackColor(&track, 230),
                 Align::Start, 1);
        laneLabels.push_back(at);
        ctx.exhibit.targets().addLabel(std::string(name.text), laneLabels.back());
    }
    drawTimelineEvents(ctx, lanes.top, lanes.height, lanes.count, laneLabels);
    drawAxis(ctx, view, axisY, nameH);
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
