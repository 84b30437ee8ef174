#include "kiosk/content/fast_json.h"

#include <simdjson.h>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "kiosk/core/text_file.h"

namespace kiosk::content::detail {
namespace {

static_assert(simdjson::SIMDJSON_PADDING <= kTextReadPadding,
              "readTextFile must leave room for simdjson's padding");

namespace dom = simdjson::dom;

// Copies simdjson's DOM into the arena, checking the limits as nlohmann's handler does
// (bounded_json.cpp): a container inside maxDepth open ones, more than maxArrayItems items,
// a string or key over maxStringBytes, or a duplicate key make the copy give up.
class DomCopier {
  public:
    // Unescaped strings are never longer than the text, so one block of its size holds them
    // all: a bump of a pointer per string rather than an arena call.
    DomCopier(const JsonLimits& limits, JsonDocument& document, std::size_t textBytes)
        : limits_(limits),
          arena_(document.arena()),
          chars_(static_cast<char*>(arena_.allocate(textBytes + 1, 1))),
          charsLeft_(textBytes + 1) {}

    bool copy(dom::element element, std::size_t depth, JsonValue& out) {
        switch (element.type()) {
            case dom::element_type::NULL_VALUE:
                out = JsonValue();
                return true;
            case dom::element_type::BOOL:
                out = JsonValue::boolean(element.get_bool().value_unsafe());
                return true;
            case dom::element_type::INT64: {
                std::int64_t v = element.get_int64().value_unsafe();
                // nlohmann reads a number without a minus sign as unsigned, and "-0" as a signed 0,
                // which simdjson does not tell from "0": both kinds of 0 read the same everywhere.
                out = v >= 0 ? JsonValue::unsignedInteger(std::uint64_t(v)) : JsonValue::integer(v);
                return true;
            }
            case dom::element_type::UINT64:
                out = JsonValue::unsignedInteger(element.get_uint64().value_unsafe());
                return true;
            case dom::element_type::DOUBLE: {
                out = JsonValue::floating(element.get_double().value_unsafe());
                return true;
            }
            case dom::element_type::STRING:
                return copyString(element.get_string().value_unsafe(), out);
            case dom::element_type::ARRAY:
                return copyArray(element.get_array().value_unsafe(), depth, out);
            case dom::element_type::OBJECT:
                return copyObject(element.get_object().value_unsafe(), depth, out);
        }
        return false;
    }

  private:
    bool copyString(std::string_view s, JsonValue& out) {
        if (s.size() > limits_.maxStringBytes || s.size() > charsLeft_) return false;
        if (!s.empty()) std::memcpy(chars_, s.data(), s.size());
        out = JsonValue::string(chars_, std::uint32_t(s.size()));
        chars_ += s.size();
        charsLeft_ -= s.size();
        return true;
    }

    bool copyArray(dom::array array, std::size_t depth, JsonValue& out) {
        std::size_t count = array.size();  // saturates at kSaturated
        if (depth >= limits_.maxDepth || count > limits_.maxArrayItems || count >= kSaturated)
            return false;
        auto* items =
            static_cast<JsonValue*>(arena_.allocate(sizeof(JsonValue) * count, alignof(JsonValue)));
        std::size_t i = 0;
        for (dom::element child : array) {
            JsonValue* item = new (items + i++) JsonValue();
            if (!copy(child, depth + 1, *item)) return false;
        }
        out = JsonValue::array(items, std::uint32_t(count));
        return true;
    }

    bool copyObject(dom::object object, std::size_t depth, JsonValue& out) {
        std::size_t count = object.size();
        if (depth >= limits_.maxDepth || count >= kSaturated) return false;
        auto* members = static_cast<JsonMember*>(
            arena_.allocate(sizeof(JsonMember) * count, alignof(JsonMember)));
        std::size_t i = 0;
        for (dom::key_value_pair field : object) {
            JsonMember* member = new (members + i) JsonMember();
            JsonValue key;
            if (!copyString(field.key, key) || isDuplicate(members, i, key.asString()))
                return false;
            member->key = key.asString();
            ++i;
            if (!copy(field.value, depth + 1, member->value)) return false;
        }
        out = JsonValue::object(members, std::uint32_t(count));
        return true;
    }

    // Linear for small objects; big ones are hashed (one set per depth would be needed only
    // if big objects nested in big objects were common; they are not, so one set is rebuilt).
    bool isDuplicate(const JsonMember* members, std::size_t count, std::string_view key) {
        if (count < kLinearKeySearch) {
            for (std::size_t i = 0; i < count; ++i)
                if (members[i].key == key) return true;
            return false;
        }
        if (keysOf_ != members) {
            keys_.clear();
            for (std::size_t i = 0; i < count; ++i) keys_.insert(members[i].key);
            keysOf_ = members;
        }
        return !keys_.insert(key).second;
    }

    static constexpr std::size_t kLinearKeySearch = 16;
    static constexpr std::size_t kSaturated = 0xFFFFFF;  // simdjson's tape counts 24 bits
    const JsonLimits& limits_;
    std::pmr::memory_resource& arena_;
    std::unordered_set<std::string_view> keys_;
    const JsonMember* keysOf_ = nullptr;  // whose keys keys_ holds
    char* chars_;                         // where the next string goes
    std::size_t charsLeft_;               // room left there
};

}  // namespace

std::optional<JsonDocument> parseJsonFast(std::string_view text, const JsonLimits& limits,
                                          std::size_t readableAfter) {
    // simdjson 3.0 does not skip a byte-order mark; nlohmann does.
    if (text.starts_with(kUtf8Bom)) return std::nullopt;
    dom::parser parser;
    dom::element root;
    bool padded = readableAfter >= simdjson::SIMDJSON_PADDING;
    if (parser.parse(text.data(), text.size(), !padded).get(root)) return std::nullopt;
    JsonDocument document;
    JsonValue value;
    DomCopier copier(limits, document, text.size());
    if (!copier.copy(root, 0, value)) return std::nullopt;
    document.setRoot(value);
    return document;
}

}  // namespace kiosk::content::detail
