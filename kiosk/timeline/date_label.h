#pragma once
// How a date reads on a card or a label: at the precision the content gave, never more
// precise, with "c." for approximate ends. A display override in the content wins.
#include <string>

#include "kiosk/content/model.h"

namespace kiosk::timeline {

std::string formatDatePoint(const content::DatePoint& point);
// "8–9 February 2021", "February – March 2021", "c. early 2021" (override), ...
std::string formatDateRange(const content::DateRange& range, const std::string& language);

}  // namespace kiosk::timeline
