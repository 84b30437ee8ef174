#include "kiosk/timeline/lane_layout.h"

#include <algorithm>
#include <cmath>

namespace kiosk::timeline {

int laneOf(const content::Library& library, const content::Event& event) {
    const auto tracks = library.tracks();
    for (size_t i = 0; i < tracks.size(); ++i)
        if (tracks[i].id == event.track) return int(i);
    return 0;
}

namespace {

// The event's extent on screen, widened to a dot of 2 * radiusPx when narrower.
void placeOnScreen(const TimeView& view, std::int64_t first, std::int64_t last, float radiusPx,
                   float& x0, float& x1) {
    x0 = view.dayToX(double(first));
    x1 = view.dayToX(double(last + 1));
    if (x0 > x1) std::swap(x0, x1);  // time runs right to left
    if (x1 - x0 < radiusPx * 2) {
        float c = (x0 + x1) / 2;
        x0 = c - radiusPx;
        x1 = c + radiusPx;
    }
}

bool byLaneThenX(const LanePoint& a, const LanePoint& b) {
    if (a.lane != b.lane) return a.lane < b.lane;
    if (a.x0 != b.x0) return a.x0 < b.x0;
    return a.event < b.event;
}

}  // namespace

std::vector<LanePoint> visibleLanePoints(const content::Library& library, const TimeView& view,
                                         float radiusPx,
                                         const std::function<bool(std::size_t)>& include) {
    std::vector<LanePoint> points;
    auto from = std::int64_t(std::floor(view.start())), to = std::int64_t(std::ceil(view.end()));
    for (auto i : library.eventsOverlapping(from, to)) {
        if (!include(i)) continue;
        const auto& e = library.events()[i];
        float x0, x1;
        placeOnScreen(view, e.when.firstDay(), e.when.lastDay(), radiusPx, x0, x1);
        points.push_back({i, laneOf(library, e), x0, x1, e.when.firstDay(), e.when.lastDay()});
    }
    std::sort(points.begin(), points.end(), byLaneThenX);
    return points;
}

void LaneIndex::clear() {
    library_ = nullptr;
    built_ = false;
    lanes_.clear();
    laneByEvent_.clear();
    pointsKey_.reset();
    itemsKey_.reset();
    rowItemsKey_.reset();
}

void LaneIndex::update(const content::Library& library, const std::string& filterKey,
                       const std::function<bool(std::size_t)>& include) {
    if (built_ && library_ == &library && filterKey_ == filterKey) return;
    clear();
    library_ = &library;
    filterKey_ = filterKey;
    built_ = true;
    ++builds_;
    lanes_.resize(std::max<std::size_t>(1, library.tracks().size()));
    const auto events = library.events();
    laneByEvent_.resize(events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        laneByEvent_[i] = timeline::laneOf(library, events[i]);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!include(i)) continue;
        const auto& e = events[i];
        Lane& lane = lanes_[std::size_t(laneByEvent_[i])];
        std::int64_t first = e.when.firstDay(), last = e.when.lastDay();
        lane.entries.push_back({first, last, i});
        lane.longest = std::max(lane.longest, last - first);
    }
    for (auto& lane : lanes_)
        std::sort(lane.entries.begin(), lane.entries.end(), [](const Entry& a, const Entry& b) {
            return a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.event < b.event;
        });
}

const std::vector<LanePoint>& LaneIndex::visible(const TimeView& view, float radiusPx,
                                                 std::size_t leaveOut) {
    Key key{view.start(), view.end(), view.viewport().x,  view.viewport().w,
            radiusPx,     -1,         view.rightToLeft(), leaveOut};
    if (pointsKey_ && *pointsKey_ == key) return points_;
    pointsKey_ = key;
    ++computed_;
    points_.clear();
    auto from = std::int64_t(std::floor(view.start())), to = std::int64_t(std::ceil(view.end()));
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        const auto& entries = lanes_[l].entries;
        // Overlap: firstDay <= to and lastDay >= from; no event is longer than `longest`.
        auto lo = std::lower_bound(entries.begin(), entries.end(), from - lanes_[l].longest,
                                   [](const Entry& e, std::int64_t d) { return e.firstDay < d; });
        auto hi = std::upper_bound(lo, entries.end(), to,
                                   [](std::int64_t d, const Entry& e) { return d < e.firstDay; });
        std::size_t laneStart = points_.size();
        for (auto it = lo; it != hi; ++it) {
            if (it->lastDay < from || it->event == leaveOut) continue;
            float x0, x1;
            placeOnScreen(view, it->firstDay, it->lastDay, radiusPx, x0, x1);
            points_.push_back({it->event, int(l), x0, x1, it->firstDay, it->lastDay});
        }
        auto begin = points_.begin() + std::ptrdiff_t(laneStart);
        if (view.rightToLeft()) std::reverse(begin, points_.end());
        // Already in order but for widened dots and ties: usually no sort at all.
        if (!std::is_sorted(begin, points_.end(), byLaneThenX))
            std::sort(begin, points_.end(), byLaneThenX);
    }
    return points_;
}

const std::vector<LaneItem>& LaneIndex::clustered(const TimeView& view, float radiusPx,
                                                  float minGapPx, std::size_t leaveOut) {
    Key key{view.start(), view.end(), view.viewport().x,  view.viewport().w,
            radiusPx,     minGapPx,   view.rightToLeft(), leaveOut};
    if (itemsKey_ && *itemsKey_ == key) return items_;
    items_ = clusterLanes(visible(view, radiusPx, leaveOut), minGapPx);
    itemsKey_ = key;
    return items_;
}

const std::vector<LaneItem>& LaneIndex::clusteredInRows(const TimeView& view, float radiusPx,
                                                        float minGapPx, std::size_t leaveOut,
                                                        int rows,
                                                        const std::function<int(int)>& rowOfLane) {
    Key key{view.start(), view.end(), view.viewport().x,  view.viewport().w,
            radiusPx,     minGapPx,   view.rightToLeft(), leaveOut};
    if (rowItemsKey_ && *rowItemsKey_ == key && rows_ == rows) return rowItems_;
    rowPoints_ = visible(view, radiusPx, leaveOut);
    for (auto& p : rowPoints_) p.lane = rowOfLane(p.lane);
    std::stable_sort(rowPoints_.begin(), rowPoints_.end(), [](const auto& a, const auto& b) {
        return a.lane != b.lane ? a.lane < b.lane : a.x0 < b.x0;
    });
    rowItems_ = clusterLanes(rowPoints_, minGapPx);
    rowItemsKey_ = key;
    rows_ = rows;
    return rowItems_;
}

}  // namespace kiosk::timeline
