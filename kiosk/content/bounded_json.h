#pragma once
// Parsing untrusted JSON under hard limits, into a compact DOM. nlohmann's parser does the
// lexing and UTF-8 checks through its SAX interface; nlohmann alone has no nesting limit and
// silently keeps the last of two duplicate keys, so the handler here refuses both.
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

JsonParseResult parseBoundedJson(std::string_view text, const JsonLimits& limits = kContentLimits);

// "17.2 MB", "64 KB", "312 bytes"; rounded up, so a size over a limit never reads as equal.
std::string describeSize(std::size_t bytes);

}  // namespace kiosk::content
