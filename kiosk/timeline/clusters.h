#pragma once
// Zoomed out, events on one lane crowd together; they merge into a cluster with a count,
// and tapping it zooms in. Linear in the events visible, so a frame costs what is on screen.
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::timeline {

struct LanePoint {
    std::size_t event;  // index into the library's events
    int lane;
    float x0, x1;  // the event's extent on screen, in pixels
    std::int64_t firstDay, lastDay;
};

struct LaneItem {
    std::vector<std::size_t> events;  // one: a single event; more: a cluster
    int lane = 0;
    float x0 = 0, x1 = 0;
    std::int64_t firstDay = 0, lastDay = 0;
    bool cluster() const { return events.size() > 1; }
    // "cluster:<lane>:<firstDay>:<lastDay>", stable while the view holds still.
    std::string clusterId() const;
};

// points must be sorted by lane, then x0. Items closer than minGapPx on a lane merge.
std::vector<LaneItem> clusterLanes(const std::vector<LanePoint>& points, float minGapPx);

struct ClusterSpan {
    std::int64_t firstDay, lastDay;
};
// Reads the day span back from a cluster id; false if it is not one.
bool parseClusterId(const std::string& id, ClusterSpan& span);

}  // namespace kiosk::timeline
