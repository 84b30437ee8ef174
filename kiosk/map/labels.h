#pragma once
// Label collision: labels are offered in priority order and each is kept only where it
// overlaps nothing already kept, so labels never overlap at any zoom.
#include <vector>

#include "kiosk/core/geometry.h"

namespace kiosk::map {

struct LabelCandidate {
    Rectf rect;
    float priority = 0;  // higher first: selected, then places with more events
    int key = 0;         // caller's index
    int group = -1;      // candidates of one group (>= 0) are alternative places for one
                         // label: at most one of them is kept
};

// Returns the keys of the labels to draw. Rects in `blocked` (markers) are avoided too. A
// label offered in several places (a group) is kept in the first place that fits.
std::vector<int> placeLabels(std::vector<LabelCandidate> candidates,
                             const std::vector<Rectf>& blocked = {});

}  // namespace kiosk::map
