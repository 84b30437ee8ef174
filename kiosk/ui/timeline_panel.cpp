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

void drawAxis(DrawContext& ctx, const timeline::TimeView& view, float axisY) {
    const Rectf& r = view.viewport();
    float charPx = ctx.fonts.smallPx * 0.62f;
    auto ticks = timeline::makeTicks(view.start(), view.end(), r.w, charPx);
    ctx.draw->AddLine({r.x, axisY}, {r.x + r.w, axisY}, colors::kOutline, 2);
    for (const auto& t : ticks.ticks) {
        float x = view.dayToX(t.day);
        ctx.draw->AddLine({x, axisY}, {x, axisY + ctx.layout.unit}, colors::kTextDim,
                          t.major ? 2.f : 1.f);
        ctx.draw->AddLine({x, r.y}, {x, axisY}, IM_COL32(255, 255, 255, t.major ? 26 : 12));
        if (x + 2 >= r.x && x + 2 < r.x + r.w)
            ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx,
                              {x + 3, axisY + ctx.layout.unit * 0.6f}, colors::kTextDim,
                              t.label.c_str());
    }
    float rowY = axisY + ctx.layout.unit * 0.6f + ctx.fonts.smallPx * 1.15f;
    for (size_t i = 0; i < ticks.context.size(); ++i) {
        float x = std::max(r.x + 3, view.dayToX(ticks.context[i].day) + 3);
        float nextX =
            i + 1 < ticks.context.size() ? view.dayToX(ticks.context[i + 1].day) : r.x + r.w;
        ImVec2 size = ctx.fonts.bold->CalcTextSizeA(ctx.fonts.smallPx, FLT_MAX, 0,
                                                    ticks.context[i].label.c_str());
        if (x + size.x > nextX - 3) continue;  // never cut, never overlapping the next
        ctx.draw->AddText(ctx.fonts.bold, ctx.fonts.smallPx, {x, rowY}, colors::kText,
                          ticks.context[i].label.c_str());
    }
}

void drawEras(DrawContext& ctx, const timeline::TimeView& view, const Lanes& lanes) {
    int i = 0;
    for (const auto& era : ctx.exhibit.library()->eras()) {
        float x0 = std::max(view.viewport().x, view.dayToX(double(era.when.firstDay())));
        float x1 = std::min(view.viewport().x + view.viewport().w,
                            view.dayToX(double(era.when.lastDay() + 1)));
        if (x1 <= x0) continue;
        ctx.draw->AddRectFilled(
            {x0, lanes.top - ctx.fonts.smallPx * 1.5f}, {x1, lanes.top + lanes.height},
            (i++ % 2) ? IM_COL32(255, 255, 255, 10) : IM_COL32(255, 255, 255, 18));
        // Era names sit in the strip above the lanes, clear of the lane names.
        Rectf label = textRect(ctx.fonts.small, ctx.fonts.smallPx,
                               {x0 + 4, lanes.top - ctx.fonts.smallPx * 1.4f},
                               era.name.get(ctx.exhibit.visit().language()).c_str());
        if (label.x + label.w < x1)
            ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx, {label.x, label.y},
                              IM_COL32(255, 255, 255, 120),
                              era.name.get(ctx.exhibit.visit().language()).c_str());
    }
}

}  // namespace

void drawTimelinePanel(DrawContext& ctx) {
    const auto& view = ctx.exhibit.cameras().time();
    const Rectf& r = view.viewport();
    const auto* lib = ctx.exhibit.library();
    ctx.draw->PushClipRect({r.x, r.y}, {r.x + r.w, r.y + r.h}, true);
    ctx.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, colors::kBackground);
    ctx.draw->AddLine({r.x, r.y}, {r.x, r.y + r.h}, colors::kOutline, 2);
    float axisH = ctx.fonts.smallPx * 2.6f + ctx.layout.unit * 1.6f;
    float axisY = r.y + r.h - axisH;
    Lanes lanes{r.y + ctx.fonts.smallPx * 1.6f, axisY - r.y - ctx.fonts.smallPx * 1.6f,
                int(lib->tracks().size())};
    drawEras(ctx, view, lanes);
    std::vector<Rectf> laneLabels;
    // Lane names need a line of their own above the events; on a cramped timeline (a small
    // screen with a card open) the lanes keep only their colours.
    bool namesFit = lanes.height / float(std::max(1, lanes.count)) >= ctx.fonts.smallPx * 2.2f;
    for (int i = 0; i < lanes.count; ++i) {
        const auto& track = lib->tracks()[size_t(i)];
        float y = lanes.laneY(i);
        const char* name = track.name.get(ctx.exhibit.visit().language()).c_str();
        ImVec2 at{r.x + ctx.layout.unit, y - lanes.height / float(lanes.count) * 0.5f + 2};
        ctx.draw->AddLine({r.x, y}, {r.x + r.w, y}, trackColor(&track, 60), 2);
        if (!namesFit) continue;
        ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx, at, trackColor(&track, 230), name);
        laneLabels.push_back(textRect(ctx.fonts.small, ctx.fonts.smallPx, at, name));
        ctx.exhibit.targets().addLabel(name, laneLabels.back());
    }
    drawTimelineEvents(ctx, lanes.top, lanes.height, lanes.count, laneLabels);
    drawAxis(ctx, view, axisY);
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
