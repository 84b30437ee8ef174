#include "kiosk/timeline/clusters.h"

#include <algorithm>
#include <cstdio>

namespace kiosk::timeline {

std::string LaneItem::clusterId() const {
    return "cluster:" + std::to_string(lane) + ":" + std::to_string(firstDay) + ":" +
           std::to_string(lastDay);
}

std::vector<LaneItem> clusterLanes(const std::vector<LanePoint>& points, float minGapPx) {
    std::vector<LaneItem> items;
    for (const auto& p : points) {
        bool joins =
            !items.empty() && items.back().lane == p.lane && p.x0 - items.back().x1 < minGapPx;
        if (!joins) {
            items.push_back({{p.event}, p.lane, p.x0, p.x1, p.firstDay, p.lastDay});
            continue;
        }
        LaneItem& item = items.back();
        item.events.push_back(p.event);
        item.x1 = std::max(item.x1, p.x1);
        item.firstDay = std::min(item.firstDay, p.firstDay);
        item.lastDay = std::max(item.lastDay, p.lastDay);
    }
    return items;
}

bool parseClusterId(const std::string& id, ClusterSpan& span) {
    int lane = 0;
    long long first = 0, last = 0;
    int consumed = 0;
    if (std::sscanf(id.c_str(), "cluster:%d:%lld:%lld%n", &lane, &first, &last, &consumed) != 3 ||
        consumed != int(id.size()) || last < first)
        return false;
    span = {first, last};
    return true;
}

}  // namespace kiosk::timeline
