#pragma once
// Parsing untrusted JSON into a nlohmann DOM under hard limits. nlohmann alone has no nesting
// limit and silently keeps the last of two duplicate keys; this parser refuses both.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

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
    nlohmann::json value;       // null unless ok
    std::size_t errorOffset = 0;  // byte offset of the offending token
    std::string errorPointer;   // JSON pointer of the object or array the error is inside
    std::string errorMessage;   // for a content editor: what is wrong and what would fix it
};

JsonParseResult parseBoundedJson(std::string_view text, const JsonLimits& limits = kContentLimits);

// "17.2 MB", "64 KB", "312 bytes"
std::string describeSize(std::size_t bytes);

}  // namespace kiosk::content
