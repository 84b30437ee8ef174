#pragma once
// Where the events in view sit on the timeline's lanes, ready for clustering. Visits only the
// events that overlap the view (the library's time index), never the whole content.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/model.h"
#include "kiosk/timeline/clusters.h"
#include "kiosk/timeline/time_view.h"

namespace kiosk::timeline {

// Lane of an event: its track's position among the content's tracks.
int laneOf(const content::Library& library, const content::Event& event);

// Points narrower than 2 * radiusPx are widened to a dot of that size. `include` filters
// (e.g. the actor filter, or leaving out the selected event). Sorted by lane, then x.
// Sorts on every call: a frame should ask a LaneIndex instead.
std::vector<LanePoint> visibleLanePoints(const content::Library& library, const TimeView& view,
                                         float radiusPx,
                                         const std::function<bool(std::size_t)>& include);

// The events of each lane sorted by first day, built once per content and filter, so that a
// frame finds the events in view by binary search; the last points and clusters are kept
// while the view, the radius, the gap and the left-out event stay the same. A frame then
// costs what is in view, and nothing while the view holds still.
class LaneIndex {
  public:
    // Rebuilds when `library` or `filterKey` differ from the last call's (O(n log n));
    // `include` (called once per event then) says which events the filter keeps. The owner
    // calls clear() when the content is replaced, as a new library may reuse an address.
    void update(const content::Library& library, const std::string& filterKey,
                const std::function<bool(std::size_t)>& include);
    void clear();

    // As visibleLanePoints(library, view, radiusPx, include && event != leaveOut): sorted
    // by lane, then x0, then event index. leaveOut: an event index, or SIZE_MAX for none.
    const std::vector<LanePoint>& visible(const TimeView& view, float radiusPx,
                                          std::size_t leaveOut);
    // clusterLanes(visible(...), minGapPx), kept likewise.
    const std::vector<LaneItem>& clustered(const TimeView& view, float radiusPx, float minGapPx,
                                           std::size_t leaveOut);

    // clusterLanes of visible(...) with each point's lane mapped to its row by rowOfLane
    // (tracks sharing rows on a cramped timeline; rows: how many), stable-sorted by row then
    // x0; kept likewise while the view, the sizes and the row count hold.
    const std::vector<LaneItem>& clusteredInRows(const TimeView& view, float radiusPx,
                                                 float minGapPx, std::size_t leaveOut, int rows,
                                                 const std::function<int(int)>& rowOfLane);
    // The track lane of an event (an index into library.events()), as laneOf() finds it:
    // looked up once per content, not per frame. 0 for an index beyond the content.
    int laneOf(std::size_t event) const {
        return event < laneByEvent_.size() ? laneByEvent_[event] : 0;
    }

    // For tests and the state: index builds, and view answers computed (not from the cache).
    std::size_t builds() const { return builds_; }
    std::size_t computed() const { return computed_; }

  private:
    struct Entry {
        std::int64_t firstDay, lastDay;
        std::size_t event;
    };
    struct Lane {
        std::vector<Entry> entries;  // by first day, then event index
        std::int64_t longest = 0;    // the longest event's lastDay - firstDay
    };
    struct Key {
        double start = 0, end = 0;
        float x = 0, w = 0, radius = 0, gap = -1;
        bool rtl = false;
        std::size_t leaveOut = 0;
        bool operator==(const Key&) const = default;
    };

    const content::Library* library_ = nullptr;
    std::string filterKey_;
    bool built_ = false;
    std::vector<Lane> lanes_;
    std::vector<LanePoint> points_;
    std::vector<LaneItem> items_, rowItems_;
    std::vector<LanePoint> rowPoints_;
    std::vector<int> laneByEvent_;
    std::optional<Key> pointsKey_, itemsKey_, rowItemsKey_;
    int rows_ = 0;
    std::size_t builds_ = 0, computed_ = 0;
};

}  // namespace kiosk::timeline
