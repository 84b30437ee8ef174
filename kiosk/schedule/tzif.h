#pragma once
// Parsing a TZif file (RFC 8536, versions 1 to 4): the compiled tz database zones under
// /usr/share/zoneinfo. Internal to TimeZone.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::schedule::detail {

struct TzifType {
    int utcOffset = 0;  // seconds east of UTC
    bool dst = false;
};

struct TzifData {
    std::vector<std::int64_t> transitions;      // UTC seconds, strictly increasing
    std::vector<std::uint8_t> transitionTypes;  // index into types, one per transition
    std::vector<TzifType> types;  // at least one; types[0] applies before the first transition
    std::string footer;           // the POSIX TZ string of version 2+, may be empty
};

// Uses the 64-bit data of version 2+ files, the 32-bit data of version 1 files.
std::optional<TzifData> parseTzif(std::string_view bytes, std::string& error);

}  // namespace kiosk::schedule::detail
