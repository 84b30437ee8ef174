// Events on the timeline. Only the events in view are visited, and crowded ones merge into
// clusters, so a frame costs what is visible, not what the content holds.
#include <algorithm>
#include <cmath>

#include "kiosk/map/labels.h"
#include "kiosk/timeline/lane_layout.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

ImU32 withAlpha(std::uint32_t rgb, int alpha) {
    return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, alpha);
}

struct Lanes {
    float top, height;
    int count;
    float y(int lane) const {
        return top + height * (float(lane) + 0.5f) / float(std::max(1, count));
    }
};

std::uint32_t laneColor(const content::Library& lib, int lane) {
    return lane < int(lib.tracks().size()) ? lib.tracks()[size_t(lane)].rgb : 0x9aa5b1;
}

void drawEvent(DrawContext& ctx, const timeline::LaneItem& item, float y, float radius,
               std::uint32_t rgb, bool selected) {
    const auto& e = ctx.exhibit.library()->events()[item.events[0]];
    bool approx = e.when.approximate();
    ImU32 fill = selected ? colors::kAccent : withAlpha(rgb, approx ? 150 : 255);
    float x0 = item.x0, x1 = item.x1;
    if (x1 - x0 > radius * 2) {
        float h = radius * 1.3f;
        if (approx)  // soft edges: the true start and end are uncertain
            for (int k = 3; k >= 1; --k) {
                float g = radius * 0.5f * float(k);
                ctx.draw->AddRectFilled({x0 - g, y - h / 2}, {x1 + g, y + h / 2},
                                        withAlpha(rgb, 40 / k), h / 2);
            }
        ctx.draw->AddRectFilled({x0, y - h / 2}, {x1, y + h / 2}, fill, h / 2);
    } else {
        float x = (x0 + x1) / 2;
        if (approx) ctx.draw->AddCircleFilled({x, y}, radius * 1.5f, withAlpha(rgb, 50));
        ctx.draw->AddCircleFilled({x, y}, radius, fill);
        ctx.draw->AddCircle({x, y}, radius, colors::kBackground, 0, 2);
    }
    if (selected)
        ctx.draw->AddRect({x0 - radius * 1.5f, y - radius * 1.5f},
                          {std::max(x1, x0 + radius) + radius * 1.5f, y + radius * 1.5f},
                          colors::kAccent, radius, 0, 3);
}

void drawCluster(DrawContext& ctx, const timeline::LaneItem& item, float y, float radius,
                 std::uint32_t rgb) {
    std::string n = std::to_string(item.events.size());
    Shown count{n, ctx.language};
    ImVec2 size = measureText(ctx, count, ctx.fonts.smallBold);
    float w = std::max(item.x1 - item.x0, size.x + radius * 2), h = radius * 2.4f;
    float cx = (item.x0 + item.x1) / 2;
    ctx.draw->AddRectFilled({cx - w / 2, y - h / 2}, {cx + w / 2, y + h / 2}, withAlpha(rgb, 255),
                            h / 2);
    ctx.draw->AddRect({cx - w / 2, y - h / 2}, {cx + w / 2, y + h / 2}, colors::kText, h / 2, 0, 2);
    ctx.marking = true;
    drawText(ctx, count, ctx.fonts.smallBold, {cx - size.x / 2, y - size.y / 2, size.x, 0},
             colors::kBackground, Align::Center, 1, false);
    ctx.marking = false;
}

void drawLabels(DrawContext& ctx, const std::vector<timeline::LaneItem>& items, const Lanes& lanes,
                float radius, const std::vector<Rectf>& blocked) {
    const auto& lib = *ctx.exhibit.library();
    std::vector<map::LabelCandidate> candidates;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].cluster()) continue;
        const auto& e = lib.events()[items[i].events[0]];
        // Above the event, from its start edge: its left, or its right when time runs RTL.
        ImVec2 size = measureText(ctx, shown(ctx, e.title), ctx.fonts.small);
        float y = lanes.y(items[i].lane) - radius * 1.6f - size.y;
        Rectf r{ctx.rtl ? items[i].x1 - size.x : items[i].x0, y, size.x, size.y};
        bool selected = ctx.exhibit.visit().selection().event == e.id;
        candidates.push_back({r, selected ? 1000.f : items[i].x1 - items[i].x0, int(i)});
    }
    const Rectf& area = ctx.exhibit.cameras().time().viewport();
    std::erase_if(candidates, [&](const auto& c) {
        return c.rect.x < area.x || c.rect.x + c.rect.w > area.x + area.w;
    });
    // Labels keep clear of every marker and cluster, not only of their neighbours' labels.
    std::vector<Rectf> keepClear = blocked;
    for (const auto& item : items) {
        float h = radius * 2.4f, y = lanes.y(item.lane);
        keepClear.push_back({item.x0, y - h / 2, item.x1 - item.x0, h});
    }
    for (int key : map::placeLabels(candidates, keepClear)) {
        const auto& e = lib.events()[items[size_t(key)].events[0]];
        Rectf r{};
        for (const auto& c : candidates)
            if (c.key == key) r = c.rect;
        bool selected = ctx.exhibit.visit().selection().event == e.id;
        drawText(ctx, shown(ctx, e.title), ctx.fonts.small, r,
                 selected ? colors::kAccent : colors::kText, Align::Start, 1, false);
        ctx.exhibit.targets().addLabel(e.title.get(ctx.language), r);
    }
}

// The visible events, clustered, from the exhibit's lane index (kept while the view holds
// still). The selected event (drawn on top, never clustered) and events outside the
// visitor's filter are left out.
std::vector<timeline::LaneItem> laneItems(DrawContext& ctx, float radius, float gap,
                                          std::size_t& selected) {
    const auto& lib = *ctx.exhibit.library();
    auto selectedIndex = lib.eventIndex(ctx.exhibit.visit().selection().event);
    selected = selectedIndex.value_or(SIZE_MAX);
    auto& index = ctx.exhibit.laneIndex();
    const auto& visit = ctx.exhibit.visit();
    index.update(lib, visit.actorFilter(),
                 [&](std::size_t i) { return visit.passesFilter(lib.events()[i]); });
    return index.clustered(ctx.exhibit.cameras().time(), radius, gap, selected);
}

}  // namespace

void drawTimelineEvents(DrawContext& ctx, float lanesTop, float lanesHeight, int laneCount,
                        const std::vector<Rectf>& laneLabels) {
    const auto& lib = *ctx.exhibit.library();
    const auto& view = ctx.exhibit.cameras().time();
    Lanes lanes{lanesTop, lanesHeight, laneCount};
    float radius = ctx.layout.minTargetPx * 0.22f;
    std::size_t selectedIndex;
    // Items closer than a finger merge, so every target stays apart and tappable.
    float gap = std::max(radius * 1.2f, ctx.layout.minTargetPx - radius * 2);
    auto items = laneItems(ctx, radius, gap, selectedIndex);
    bool selectedInView = selectedIndex != SIZE_MAX &&
                          double(lib.events()[selectedIndex].when.lastDay() + 1) >= view.start() &&
                          double(lib.events()[selectedIndex].when.firstDay()) <= view.end();
    if (selectedInView) {  // drawn last, on top, never inside a cluster
        const auto& e = lib.events()[selectedIndex];
        float a = view.dayToX(double(e.when.firstDay()));
        float b = view.dayToX(double(e.when.lastDay() + 1));
        items.push_back({{selectedIndex},
                         timeline::laneOf(lib, e),
                         std::min(a, b),
                         std::max(a, b),
                         e.when.firstDay(),
                         e.when.lastDay()});
    }
    float half = ctx.layout.minTargetPx / 2;
    for (const auto& item : items) {
        float y = lanes.y(item.lane);
        float cx = (item.x0 + item.x1) / 2, w = std::max(item.x1 - item.x0, half * 2);
        if (item.cluster()) {
            drawCluster(ctx, item, y, radius, laneColor(lib, item.lane));
            ctx.exhibit.targets().add(item.clusterId(), {cx - w / 2, y - half, w, half * 2});
        } else {
            const auto& e = lib.events()[item.events[0]];
            drawEvent(ctx, item, y, radius, laneColor(lib, item.lane),
                      item.events[0] == selectedIndex);
            ctx.exhibit.targets().add("event:" + e.id, {cx - w / 2, y - half, w, half * 2});
        }
    }
    drawLabels(ctx, items, lanes, radius, laneLabels);
}

}  // namespace kiosk::ui
