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

std::vector<LanePoint> visibleLanePoints(const content::Library& library, const TimeView& view,
                                         float radiusPx,
                                         const std::function<bool(std::size_t)>& include) {
    std::vector<LanePoint> points;
    auto from = std::int64_t(std::floor(view.start())), to = std::int64_t(std::ceil(view.end()));
    for (auto i : library.eventsOverlapping(from, to)) {
        if (!include(i)) continue;
        const auto& e = library.events()[i];
        float x0 = view.dayToX(double(e.when.firstDay()));
        float x1 = view.dayToX(double(e.when.lastDay() + 1));
        if (x0 > x1) std::swap(x0, x1);  // time runs right to left
        if (x1 - x0 < radiusPx * 2) {
            float c = (x0 + x1) / 2;
            x0 = c - radiusPx;
            x1 = c + radiusPx;
        }
        points.push_back({i, laneOf(library, e), x0, x1, e.when.firstDay(), e.when.lastDay()});
    }
    std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
        return a.lane != b.lane ? a.lane < b.lane : a.x0 < b.x0;
    });
    return points;
}

}  // namespace kiosk::timeline
