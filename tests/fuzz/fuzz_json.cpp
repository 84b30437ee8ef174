// Differential: simdjson's fast path (kiosk/content/fast_json.h) against the nlohmann path of
// parseBoundedJson, under the content limits and under tiny ones (depth 3, 12-byte strings,
// 4 items), so that every limit is reached. Whatever the fast path accepts, nlohmann must accept
// with the same values; and parseBoundedJson must answer exactly as the nlohmann path alone.
#include <cstring>
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "kiosk/content/bounded_json.h"
#include "kiosk/content/fast_json.h"

namespace {

using kiosk::content::JsonLimits;
using kiosk::content::JsonValue;

bool sameNumber(const JsonValue& a, const JsonValue& b) {
    if (a.isInteger() && b.isInteger()) {
        // "-0" is unsigned from simdjson and signed from nlohmann (fast_json.h): equal values.
        std::optional<std::int64_t> x = a.asInt64(), y = b.asInt64();
        if (x || y) return x == y;
        return a.kind() == b.kind() && a.toNlohmann() == b.toNlohmann();  // beyond int64
    }
    double x = a.asDouble(), y = b.asDouble();
    return a.kind() == b.kind() && std::memcmp(&x, &y, sizeof x) == 0;  // -0.0 is not 0.0
}

bool same(const JsonValue& a, const JsonValue& b) {
    if (a.isNumber() || b.isNumber()) return a.isNumber() && b.isNumber() && sameNumber(a, b);
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case JsonValue::Kind::Bool:
            return a.asBool() == b.asBool();
        case JsonValue::Kind::String:
            return a.asString() == b.asString();
        case JsonValue::Kind::Array:
            if (a.size() != b.size()) return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!same(a[i], b[i])) return false;
            return true;
        case JsonValue::Kind::Object:
            if (a.size() != b.size()) return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (a.members()[i].key != b.members()[i].key ||
                    !same(a.members()[i].value, b.members()[i].value))
                    return false;
            return true;
        default:
            return true;  // null
    }
}

void compare(const std::string& text, const JsonLimits& limits) {
    std::optional<kiosk::content::JsonDocument> fast =
        kiosk::content::detail::parseJsonFast(text, limits, text.capacity() - text.size());
    kiosk::content::JsonParseResult reference =
        kiosk::content::detail::parseJsonReference(text, limits);
    if (fast) {
        FUZZ_CHECK(reference.ok);
        FUZZ_CHECK(same(fast->root(), reference.value()));
    }
    kiosk::content::JsonParseResult both = kiosk::content::parseBoundedJson(text, limits);
    FUZZ_CHECK(both.ok == reference.ok);
    FUZZ_CHECK(both.errorMessage == reference.errorMessage);
    FUZZ_CHECK(both.errorOffset == reference.errorOffset);
    FUZZ_CHECK(both.errorPointer == reference.errorPointer);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(kiosk::fuzz::asText(data, size));
    compare(text, kiosk::content::kContentLimits);
    JsonLimits tiny;
    tiny.maxDepth = 3;
    tiny.maxStringBytes = 12;
    tiny.maxArrayItems = 4;
    compare(text, tiny);
    return 0;
}
