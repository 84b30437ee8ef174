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

constexpr std::uint32_t kMixedRgb = 0x9aa5b1;  // a shared row's cluster of several tracks

std::uint32_t laneColor(const content::Library& lib, int lane) {
    return lane >= 0 && lane < int(lib.tracks().size()) ? lib.tracks()[size_t(lane)].rgb
                                                        : kMixedRgb;
}

// The track lane of an item's events, or -1 when a shared row's cluster mixes tracks.
int itemLane(const timeline::LaneIndex& index, const timeline::LaneItem& item) {
    int lane = index.laneOf(item.events[0]);
    for (auto i : item.events)
        if (index.laneOf(i) != lane) return -1;
    return lane;
}

void drawEvent(DrawContext& ctx, const timeline::LaneItem& item, float y, float radius, int lane,
               bool selected) {
    std::uint32_t rgb = laneColor(*ctx.exhibit.library(), lane);
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
        // The track's shape at the start, so a bar's track is not told by colour alone.
        float sx = ctx.rtl ? x1 - h / 2 : x0 + h / 2;
        trackShape(ctx.draw, {sx, y}, h * 0.32f, lane, colors::kBackground);
    } else {
        float x = (x0 + x1) / 2;
        if (approx) ctx.draw->AddCircleFilled({x, y}, radius * 1.5f, withAlpha(rgb, 50));
        trackShape(ctx.draw, {x, y}, radius + 2, lane, colors::kBackground);
        trackShape(ctx.draw, {x, y}, radius, lane, fill);
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

void drawLabels(DrawContext& ctx, const std::vector<const timeline::LaneItem*>& items,
                const TimelineRows& rows, const std::vector<Rectf>& blocked) {
    float half = ctx.layout.minTargetPx / 2;
    const auto& lib = *ctx.exhibit.library();
    std::vector<map::LabelCandidate> candidates;
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i]->cluster()) continue;
        const auto& e = lib.events()[items[i]->events[0]];
        // In the strip above the event's band, from its start edge: its left, or its right
        // when time runs RTL. Never in the band, so never under a marker or a pill.
        ImVec2 size = measureText(ctx, shown(ctx, e.title), ctx.fonts.small);
        float y = rows.y(items[i]->lane) - half - size.y - 1;
        Rectf r{ctx.rtl ? items[i]->x1 - size.x : items[i]->x0, y, size.x, size.y};
        bool selected = ctx.exhibit.visit().selection().event == e.id;
        candidates.push_back({r, selected ? 1000.f : items[i]->x1 - items[i]->x0, int(i)});
    }
    const Rectf& area = ctx.exhibit.cameras().time().viewport();
    // Wholly inside the timeline: a tall (Arabic) line above the top lane would reach into
    // the map.
    std::erase_if(candidates, [&](const auto& c) {
        return c.rect.x < area.x || c.rect.x + c.rect.w > area.x + area.w || c.rect.y < area.y ||
               c.rect.y + c.rect.h > area.y + area.h;
    });
    // Labels keep clear of every marker and cluster, not only of their neighbours' labels.
    std::vector<Rectf> keepClear = blocked;
    for (const timeline::LaneItem* item : items) {  // the whole target: never under a pill
        float y = rows.y(item->lane), w = std::max(item->x1 - item->x0, half * 2);
        keepClear.push_back({(item->x0 + item->x1) / 2 - w / 2, y - half, w, half * 2});
    }
    for (int key : map::placeLabels(candidates, keepClear)) {
        const auto& e = lib.events()[items[size_t(key)]->events[0]];
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
timeline::LaneIndex& updatedIndex(DrawContext& ctx, std::size_t& selected) {
    const auto& lib = *ctx.exhibit.library();
    selected = lib.eventIndex(ctx.exhibit.visit().selection().event).value_or(SIZE_MAX);
    auto& index = ctx.exhibit.laneIndex();
    const auto& visit = ctx.exhibit.visit();
    index.update(lib, visit.actorFilter(),
                 [&](std::size_t i) { return visit.passesFilter(lib.events()[i]); });
    return index;
}

const std::vector<timeline::LaneItem>& laneItems(DrawContext& ctx, float radius, float gap,
                                                 std::size_t& selected) {
    return updatedIndex(ctx, selected)
        .clustered(ctx.exhibit.cameras().time(), radius, gap, selected);
}

float pointRadius(const DrawContext& ctx) {
    return ctx.layout.minTargetPx * 0.22f;
}

}  // namespace

std::vector<bool> tracksInView(DrawContext& ctx) {
    const auto& lib = *ctx.exhibit.library();
    const auto& view = ctx.exhibit.cameras().time();
    std::vector<bool> in(lib.tracks().size(), false);
    std::size_t selected;
    // The same radius and left-out event as the frame's drawing: the index's cached answer.
    for (const auto& p : updatedIndex(ctx, selected).visible(view, pointRadius(ctx), selected))
        if (p.lane >= 0 && std::size_t(p.lane) < in.size()) in[std::size_t(p.lane)] = true;
    if (selected != SIZE_MAX) {
        const auto& e = lib.events()[selected];
        int lane = timeline::laneOf(lib, e);
        if (double(e.when.lastDay() + 1) >= view.start() &&
            double(e.when.firstDay()) <= view.end() && lane >= 0 && std::size_t(lane) < in.size())
            in[std::size_t(lane)] = true;
    }
    return in;
}

void drawTimelineEvents(DrawContext& ctx, const TimelineRows& rows,
                        const std::vector<Rectf>& laneLabels) {
    const auto& lib = *ctx.exhibit.library();
    const auto& view = ctx.exhibit.cameras().time();
    float radius = pointRadius(ctx);
    std::size_t selectedIndex;
    // Items closer than a finger merge, so every target stays apart and tappable.
    float gap = std::max(radius * 1.2f, ctx.layout.minTargetPx - radius * 2);
    // The index's items, by address: copying them copied every cluster's event list (at
    // 10,000 events, a sixth of a still frame). Kept between frames: no allocation at rest.
    static std::vector<const timeline::LaneItem*> items;
    static timeline::LaneItem selectedItem;
    auto& index = ctx.exhibit.laneIndex();
    bool ownRows = rows.count >= rows.tracks;
    const std::vector<timeline::LaneItem>* clustered = &laneItems(ctx, radius, gap, selectedIndex);
    if (!ownRows)  // tracks share rows on a cramped timeline: the visible points cluster by row
        clustered = &index.clusteredInRows(ctx.exhibit.cameras().time(), radius, gap, selectedIndex,
                                           rows.count, [&](int lane) { return rowOf(rows, lane); });
    items.clear();
    for (const auto& item : *clustered) items.push_back(&item);
    bool selectedInView = selectedIndex != SIZE_MAX &&
                          double(lib.events()[selectedIndex].when.lastDay() + 1) >= view.start() &&
                          double(lib.events()[selectedIndex].when.firstDay()) <= view.end();
    if (selectedInView) {  // drawn last, on top, never inside a cluster
        const auto& e = lib.events()[selectedIndex];
        float a = view.dayToX(double(e.when.firstDay()));
        float b = view.dayToX(double(e.when.lastDay() + 1));
        selectedItem.events.assign(1, selectedIndex);  // its storage kept: no allocation
        selectedItem.lane = rowOf(rows, index.laneOf(selectedIndex));
        selectedItem.x0 = std::min(a, b);
        selectedItem.x1 = std::max(a, b);
        selectedItem.firstDay = e.when.firstDay();
        selectedItem.lastDay = e.when.lastDay();
        items.push_back(&selectedItem);
    }
    float half = ctx.layout.minTargetPx / 2;
    auto targetOf = [&](const timeline::LaneItem& item) {
        float y = rows.y(item.lane);
        float cx = (item.x0 + item.x1) / 2, w = std::max(item.x1 - item.x0, half * 2);
        return Rectf{cx - w / 2, y - half, w, half * 2};
    };
    for (const timeline::LaneItem* at : items) {
        const auto& item = *at;
        float y = rows.y(item.lane);
        Rectf target = targetOf(item);
        if (item.cluster()) {
            // In a lane's own row a cluster is of that lane's events only.
            int lane = ownRows ? item.lane : itemLane(index, item);
            drawCluster(ctx, item, y, radius, laneColor(lib, lane));
            ctx.exhibit.targets().add(item.clusterId(), target);
            continue;
        }
        const auto& e = lib.events()[item.events[0]];
        bool selected = item.events[0] == selectedIndex;
        drawEvent(ctx, item, y, radius, index.laneOf(item.events[0]), selected);
        // The selected event is drawn over its neighbours but its card is already open: it is
        // a target only where it leaves every other target whole and apart.
        bool clear = true;
        if (selected)
            for (const timeline::LaneItem* other : items)
                if (other != at) {
                    Rectf o = targetOf(*other);
                    Rectf shrunk{o.x + 1, o.y + 1, o.w - 2, o.h - 2};
                    clear = clear && !shrunk.overlaps(target);
                }
        if (clear) ctx.exhibit.targets().add("event:" + e.id, target);
    }
    drawLabels(ctx, items, rows, laneLabels);
}

}  // namespace kiosk::ui
