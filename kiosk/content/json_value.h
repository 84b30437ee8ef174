#pragma once
// A read-only JSON DOM whose nodes and strings live in one arena owned by a JsonDocument.
// Content files are read once and dropped, so building nlohmann's DOM (a heap allocation per
// string, per object member) was most of the cost of loading; this one costs a bump allocation.
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <span>
#include <string_view>

namespace kiosk::content {

struct JsonMember;

class JsonValue {
  public:
    enum class Kind : std::uint8_t { Null, Bool, Integer, Unsigned, Float, String, Array, Object };

    JsonValue() = default;
    static JsonValue boolean(bool v);
    static JsonValue integer(std::int64_t v);
    static JsonValue unsignedInteger(std::uint64_t v);
    static JsonValue floating(double v);
    static JsonValue string(const char* chars, std::uint32_t length);
    static JsonValue array(const JsonValue* items, std::uint32_t count);
    static JsonValue object(const JsonMember* members, std::uint32_t count);

    Kind kind() const { return kind_; }
    bool isNull() const { return kind_ == Kind::Null; }
    bool isBool() const { return kind_ == Kind::Bool; }
    bool isNumber() const { return isInteger() || kind_ == Kind::Float; }
    bool isInteger() const { return kind_ == Kind::Integer || kind_ == Kind::Unsigned; }
    bool isString() const { return kind_ == Kind::String; }
    bool isArray() const { return kind_ == Kind::Array; }
    bool isObject() const { return kind_ == Kind::Object; }

    bool asBool() const { return isBool() && bool_; }
    double asDouble() const;                      // any number; 0 for anything else
    std::optional<std::int64_t> asInt64() const;  // whole numbers that fit, else nothing
    std::string_view asString() const;            // empty for anything but a string

    std::size_t size() const { return isArray() || isObject() ? count_ : 0; }
    bool empty() const { return size() == 0; }
    std::span<const JsonValue> items() const;     // empty unless an array
    std::span<const JsonMember> members() const;  // empty unless an object, in file order
    const JsonValue& operator[](std::size_t index) const { return items()[index]; }
    const JsonValue* find(std::string_view key) const;  // null when absent or not an object
    bool contains(std::string_view key) const { return find(key) != nullptr; }

    // For tests and for handing raw sections on; recursion is bounded by the parser's depth cap.
    nlohmann::json toNlohmann() const;

  private:
    Kind kind_ = Kind::Null;
    std::uint32_t count_ = 0;  // string length, array items or object members
    union {
        bool bool_;
        std::int64_t integer_;
        std::uint64_t unsigned_;
        double float_;
        const char* chars_;
        const JsonValue* items_;
        const JsonMember* members_ = nullptr;
    };
};

struct JsonMember {
    std::string_view key;
    JsonValue value;
};

// Owns the arena that a parsed document's values point into.
class JsonDocument {
  public:
    JsonDocument();
    std::pmr::memory_resource& arena() { return *arena_; }
    const JsonValue& root() const { return root_; }
    void setRoot(JsonValue root) { root_ = root; }

  private:
    std::unique_ptr<std::pmr::monotonic_buffer_resource> arena_;
    JsonValue root_;
};

}  // namespace kiosk::content
