#pragma once
// The fast path of parseBoundedJson (bounded_json.h): simdjson reads the text and its DOM is
// copied into a JsonDocument under the same limits. It answers only when it is sure to agree
// with the nlohmann path (tests/fuzz/fuzz_json.cpp checks both on every input); anything it
// refuses or is unsure of goes to the nlohmann path, which locates and explains the problem.
#include <cstddef>
#include <optional>
#include <string_view>

#include "kiosk/content/bounded_json.h"

namespace kiosk::content::detail {

// The document, or nothing when the text is not JSON, breaks a limit, or is one simdjson 3.0
// refuses though nlohmann reads it (a byte-order mark, an integer beyond 64 bits, nesting over
// 1024); simdjson refuses escaped lone surrogates and numbers beyond a double's range, as
// nlohmann does. One difference is allowed: "-0" is an unsigned 0 here and a signed 0 from
// nlohmann, which JsonValue reads alike. `readableAfter`: how many bytes after `text` may be read
// (their values do not matter); with fewer than 64 the text is copied once first.
std::optional<JsonDocument> parseJsonFast(std::string_view text, const JsonLimits& limits,
                                          std::size_t readableAfter);

// The nlohmann path alone (no size, encoding or NUL checks): for the differential fuzz target.
JsonParseResult parseJsonReference(std::string_view text, const JsonLimits& limits);

}  // namespace kiosk::content::detail
