#pragma once
// Where the events in view sit on the timeline's lanes, ready for clustering. Visits only the
// events that overlap the view (the library's time index), never the whole content.
#include <functional>
#include <vector>

#include "kiosk/content/model.h"
#include "kiosk/timeline/clusters.h"
#include "kiosk/timeline/time_view.h"

namespace kiosk::timeline {

// Lane of an event: its track's position among the content's tracks.
int laneOf(const content::Library& library, const content::Event& event);

// Points narrower than 2 * radiusPx are widened to a dot of that size. `include` filters
// (e.g. the actor filter, or leaving out the selected event). Sorted by lane, then x.
std::vector<LanePoint> visibleLanePoints(const content::Library& library, const TimeView& view,
                                         float radiusPx,
                                         const std::function<bool(std::size_t)>& include);

}  // namespace kiosk::timeline
