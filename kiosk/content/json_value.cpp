#include "kiosk/content/json_value.h"

#include <nlohmann/json.hpp>

namespace kiosk::content {

JsonValue JsonValue::boolean(bool v) {
    JsonValue value;
    value.kind_ = Kind::Bool;
    value.bool_ = v;
    return value;
}

JsonValue JsonValue::integer(std::int64_t v) {
    JsonValue value;
    value.kind_ = Kind::Integer;
    value.integer_ = v;
    return value;
}

JsonValue JsonValue::unsignedInteger(std::uint64_t v) {
    JsonValue value;
    value.kind_ = Kind::Unsigned;
    value.unsigned_ = v;
    return value;
}

JsonValue JsonValue::floating(double v) {
    JsonValue value;
    value.kind_ = Kind::Float;
    value.float_ = v;
    return value;
}

JsonValue JsonValue::string(const char* chars, std::uint32_t length) {
    JsonValue value;
    value.kind_ = Kind::String;
    value.chars_ = chars;
    value.count_ = length;
    return value;
}

JsonValue JsonValue::array(const JsonValue* items, std::uint32_t count) {
    JsonValue value;
    value.kind_ = Kind::Array;
    value.items_ = items;
    value.count_ = count;
    return value;
}

JsonValue JsonValue::object(const JsonMember* members, std::uint32_t count) {
    JsonValue value;
    value.kind_ = Kind::Object;
    value.members_ = members;
    value.count_ = count;
    return value;
}

double JsonValue::asDouble() const {
    switch (kind_) {
        case Kind::Integer:
            return double(integer_);
        case Kind::Unsigned:
            return double(unsigned_);
        case Kind::Float:
            return float_;
        default:
            return 0;
    }
}

std::optional<std::int64_t> JsonValue::asInt64() const {
    if (kind_ == Kind::Integer) return integer_;
    if (kind_ == Kind::Unsigned && unsigned_ <= std::uint64_t(INT64_MAX))
        return std::int64_t(unsigned_);
    return std::nullopt;
}

std::string_view JsonValue::asString() const {
    return isString() ? std::string_view(chars_, count_) : std::string_view();
}

std::span<const JsonValue> JsonValue::items() const {
    if (!isArray()) return {};
    return {items_, count_};
}

std::span<const JsonMember> JsonValue::members() const {
    if (!isObject()) return {};
    return {members_, count_};
}

const JsonValue* JsonValue::find(std::string_view key) const {
    for (const JsonMember& member : members())  // objects in content files are small
        if (member.key == key) return &member.value;
    return nullptr;
}

nlohmann::json JsonValue::toNlohmann() const {
    switch (kind_) {
        case Kind::Null:
            return nullptr;
        case Kind::Bool:
            return bool_;
        case Kind::Integer:
            return integer_;
        case Kind::Unsigned:
            return unsigned_;
        case Kind::Float:
            return float_;
        case Kind::String:
            return std::string(asString());
        case Kind::Array: {
            nlohmann::json out = nlohmann::json::array();
            for (const JsonValue& item : items()) out.push_back(item.toNlohmann());
            return out;
        }
        case Kind::Object:
            break;
    }
    nlohmann::json out = nlohmann::json::object();
    for (const JsonMember& member : members())
        out[std::string(member.key)] = member.value.toNlohmann();
    return out;
}

JsonDocument::JsonDocument() : arena_(std::make_unique<std::pmr::monotonic_buffer_resource>()) {}

}  // namespace kiosk::content
