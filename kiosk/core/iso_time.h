#pragma once
// ISO 8601 wall-clock times for --clock, the state dump and logs.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/clock.h"

namespace kiosk {

struct ParsedTime {
    Millis utcMs = 0;
    bool hadOffset = false;  // false: the caller decides the zone (the exhibit's own)
};

// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.mmm]], each optionally followed by Z or ±HH:MM.
// Without an offset the time is read as UTC and hadOffset is false.
std::optional<ParsedTime> parseIsoTime(std::string_view text);

// "2026-11-27T10:00:00.000Z". A year outside 0000-9999 (a timeline scrolled past the content's
// years) is written whole with its sign, in ISO 8601's expanded form: "+10000-01-05T...".
std::string formatIsoUtc(Millis utcMs);

// "2026-11-27"; "+10000-01-05" or "-0001-12-01" outside 0000-9999, as formatIsoUtc.
std::string formatIsoDate(Millis utcMs);

}  // namespace kiosk
