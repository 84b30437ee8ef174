#pragma once
// The timeline's home window: the story's own events, first to last, and no empty months
// around them (issue 14's visitor review).
#include <utility>

#include "kiosk/content/model.h"

namespace kiosk::timeline {

// Days [start, end) since 1970-01-01. The events inside the content's timeline setting (the
// story's period; background events before it stay reachable by panning), from the first
// one's first day to the last one's last, widened by kHomeMarginShare of that span on each
// side so the edge events' markers are not cut. The setting itself when no event lies in it.
constexpr double kHomeMarginShare = 0.05;
std::pair<double, double> homeWindow(const content::Library& library);

}  // namespace kiosk::timeline
