// Events on the timeline. Only the events in view are visited, so a frame costs what is
// visible, not what the content holds.
#include <algorithm>
#include <cmath>

#include "kiosk/map/labels.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

ImU32 withAlpha(std::uint32_t rgb, int alpha) {
    return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
}

struct Placed {
    const content::Event* event;
    float x0, x1, y;
    bool selected;
};

int laneOf(const content::Library& lib, const content::Event& e) {
    for (size_t i = 0; i < lib.tracks().size(); ++i)
        if (lib.tracks()[i].id == e.track) return int(i);
    return 0;
}

void drawEvent(DrawContext& ctx, const Placed& p, float radius, std::uint32_t rgb) {
    bool approx = p.event->when.approximate();
    ImU32 fill = p.selected ? colors::kAccent : withAlpha(rgb, approx ? 150 : 255);
    if (p.x1 - p.x0 > radius * 2) {
        float h = radius * 1.3f;
        ctx.draw->AddRectFilled({p.x0, p.y - h / 2}, {p.x1, p.y + h / 2}, fill, h / 2);
        if (approx)  // soft edges: the true start and end are uncertain
            for (int k = 1; k <= 3; ++k) {
                float g = radius * 0.5f * k;
                ctx.draw->AddRectFilled({p.x0 - g, p.y - h / 2}, {p.x1 + g, p.y + h / 2},
                                        withAlpha(rgb, 40 / k), h / 2);
            }
    } else {
        float x = (p.x0 + p.x1) / 2;
        if (approx) ctx.draw->AddCircleFilled({x, p.y}, radius * 1.5f, withAlpha(rgb, 50));
        ctx.draw->AddCircleFilled({x, p.y}, radius, fill);
        ctx.draw->AddCircle({x, p.y}, radius, colors::kBackground, 0, 2);
    }
    if (p.selected)
        ctx.draw->AddRect({p.x0 - radius * 1.5f, p.y - radius * 1.5f},
                          {std::max(p.x1, p.x0 + radius) + radius * 1.5f, p.y + radius * 1.5f},
                          colors::kAccent, radius, 0, 3);
}

void drawEventLabels(DrawContext& ctx, const std::vector<Placed>& placed, float radius,
                     const std::vector<Rectf>& blocked) {
    const auto& lang = ctx.exhibit.language();
    std::vector<map::LabelCandidate> candidates;
    for (size_t i = 0; i < placed.size(); ++i) {
        const auto& p = placed[i];
        Rectf r = textRect(ctx.fonts.small, ctx.fonts.smallPx,
                           {p.x0, p.y - radius * 1.6f - ctx.fonts.smallPx},
                           p.event->title.get(lang).c_str());
        candidates.push_back({r, p.selected ? 1000.f : float(p.x1 - p.x0), int(i)});
    }
    const Rectf& area = ctx.exhibit.timeView().viewport();
    for (int key : map::placeLabels(candidates, blocked)) {
        const Rectf& r = candidates[size_t(key)].rect;
        if (r.x < area.x || r.x + r.w > area.x + area.w) continue;  // never cut
        ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx, {r.x, r.y},
                          placed[size_t(key)].selected ? colors::kAccent : colors::kText,
                          placed[size_t(key)].event->title.get(lang).c_str());
        ctx.exhibit.targets().addLabel(placed[size_t(key)].event->title.get(lang), r);
    }
}

}  // namespace

void drawTimelineEvents(DrawContext& ctx, float lanesTop, float lanesHeight, int laneCount,
                        const std::vector<Rectf>& laneLabels) {
    const auto& view = ctx.exhibit.timeView();
    const auto& lib = *ctx.exhibit.library();
    float radius = ctx.layout.minTargetPx * 0.22f;
    auto visible = lib.eventsOverlapping(std::int64_t(std::floor(view.start())),
                                         std::int64_t(std::ceil(view.end())));
    std::vector<Placed> placed;
    placed.reserve(visible.size());
    for (auto i : visible) {
        const auto& e = lib.events()[i];
        int lane = laneOf(lib, e);
        float y = lanesTop + lanesHeight * (float(lane) + 0.5f) / float(std::max(1, laneCount));
        placed.push_back({&e, view.dayToX(double(e.when.firstDay())),
                          view.dayToX(double(e.when.lastDay() + 1)), y,
                          ctx.exhibit.selection().event == e.id});
    }
    float half = ctx.layout.minTargetPx / 2;
    for (const auto& p : placed) {
        const auto* track = lib.track(p.event->track);
        drawEvent(ctx, p, radius, track ? track->rgb : 0x9aa5b1);
        float w = std::max(p.x1 - p.x0, half * 2);
        float cx = (p.x0 + p.x1) / 2;
        ctx.exhibit.targets().add("event:" + p.event->id, {cx - w / 2, p.y - half, w, half * 2});
    }
    drawEventLabels(ctx, placed, radius, laneLabels);
}

}  // namespace kiosk::ui
