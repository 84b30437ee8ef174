#pragma once
// Parsing untrusted JSON under hard limits, into a compact DOM. simdjson reads it first
// (fast_json.h); whatever simdjson refuses, or a limit refuses, is read again by nlohmann's
// parser through its SAX interface, which locates and explains the problem. nlohmann alone has
// no nesting limit and silently keeps the last of two duplicate keys, so both paths refuse both.
#include <cstddef>
#include <string>
#include <string_view>

#include "kiosk/content/json_value.h"

namespace kiosk::content {

struct JsonLimits {
    std::size_t maxFileBytes = 16 * 1024 * 1024;
    std::size_t maxDepth = 32;
    std::size_t maxStringBytes = 64 * 1024;
    std::size_t maxArrayItems = 100'000;
};

inline constexpr JsonLimits kContentLimits{};

struct JsonParseResult {
    bool ok = false;
    JsonDocument document;        // holds the values when ok
    std::size_t errorOffset = 0;  // byte offset of the offending token
    std::string errorPointer;     // JSON pointer of where the error is
    std::string errorMessage;     // for a content editor: what is wrong and what would fix it

    const JsonValue& value() const { return document.root(); }
};

// `readableAfter`: how many bytes after the text's end may be read (not used, any values), as
// readTextFile leaves (kTextReadPadding); with fewer than 64 the text is copied once to parse.
JsonParseResult parseBoundedJson(std::string_view text, const JsonLimits& limits = kContentLimits,
                                 std::size_t readableAfter = 0);

// "17.2 MB", "64 KB", "312 bytes"; rounded up, so a size over a limit never reads as equal.
std::string describeSize(std::size_t bytes);

}  // namespace kiosk::content
