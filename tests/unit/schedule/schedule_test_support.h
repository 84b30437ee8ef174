#pragma once
// Shared helpers for the schedule tests: instants, zones, and TZif files built in memory.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/clock.h"
#include "kiosk/schedule/time_zone.h"

namespace schedule_test {

// "2026-03-29T01:00:00Z" as UTC milliseconds; fails the test on a malformed time.
kiosk::Millis at(std::string_view isoTime);

// The copy of Europe/Berlin shipped in tests/fixtures/zoneinfo: always there.
std::string fixtureZoneinfo();
kiosk::schedule::TimeZone berlin();

// A zone of this machine's tz database, or nothing when tzdata is not installed.
std::optional<kiosk::schedule::TimeZone> systemZone(std::string_view name);

// A version 2 TZif file with no transitions and only a footer rule, as "slim" tzdata builds
// write zones: every answer then comes from the POSIX TZ string.
std::string footerOnlyTzif(std::string_view footer, int utcOffset);

// A version 1 TZif file (32-bit times, no footer) with one change of offset at `changeAt`
// (UTC seconds).
std::string versionOneTzif(std::int32_t changeAt, int offsetBefore, int offsetAfter);

}  // namespace schedule_test
