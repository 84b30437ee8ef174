#pragma once
// The schedule part of `kiosk-content validate`: the content library keeps exhibit.json's
// "schedule" raw, so its problems are found here and merged into the load result.
#include <filesystem>

#include "kiosk/content/load.h"
#include "kiosk/schedule/time_zone.h"

namespace kiosk::tools {

// Parses the schedule of <folder>/exhibit.json, checks that its time zone exists under
// zoneinfoRoot and that its variants name real tours, and adds every problem to `result`
// (positioned in exhibit.json, counted, kept in file/line order). A missing or broken
// exhibit.json adds nothing: the loader has reported it already.
void checkSchedule(const std::filesystem::path& folder, content::LoadResult& result,
                   const std::filesystem::path& zoneinfoRoot = schedule::systemZoneinfo());

}  // namespace kiosk::tools
