#include "kiosk/content/bounded_json.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_set>
#include <vector>

#include "kiosk/content/fast_json.h"
#include "kiosk/content/json_positions.h"
#include "kiosk/content/syntax_messages.h"
#include "kiosk/core/text_file.h"
#include "kiosk/core/utf8.h"

namespace kiosk::content {
namespace {

using nlohmann::json;

// Builds the DOM bottom-up: each open array or object collects its children in a scratch level
// (reused across siblings), then moves them into the arena in one block when it closes.
class LimitedDomBuilder {
  public:
    LimitedDomBuilder(std::string_view text, const JsonLimits& limits)
        : text_(text), limits_(limits) {}

    // Every callback counts itself first, so a refusal can be located later (offsetOfSaxEvent)
    // without tracking the read position of every byte on the happy path.
    bool null() { return counted() && hasRoom() && add(JsonValue()); }
    bool boolean(bool v) { return counted() && hasRoom() && add(JsonValue::boolean(v)); }
    bool number_integer(json::number_integer_t v) {
        return counted() && hasRoom() && add(JsonValue::integer(v));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        return counted() && hasRoom() && add(JsonValue::unsignedInteger(v));
    }
    bool number_float(json::number_float_t v, const json::string_t&) {
        return counted() && hasRoom() && add(JsonValue::floating(v));
    }
    bool binary(json::binary_t&) { return counted() && failHere("binary data is not allowed"); }
    bool string(json::string_t& v) {
        return counted() && hasRoom() && checkStringSize(v) && add(copyString(v));
    }
    bool start_object(std::size_t) { return counted() && open(true); }
    bool start_array(std::size_t) { return counted() && open(false); }
    bool end_object() { return counted() && closeObject(); }
    bool end_array() { return counted() && closeArray(); }
    bool key(json::string_t& name) { return counted() && addKey(name); }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e);

    JsonParseResult run();

  private:
    // Scratch for one open container; members of big objects are also hashed to find
    // duplicates without comparing every pair.
    struct Level {
        bool isObject = false;
        std::vector<JsonValue> items;
        std::vector<JsonMember> members;
        std::string_view pendingKey;
        std::unordered_set<std::string_view> keySet;
    };
    static constexpr std::size_t kLinearKeySearch = 16;

    bool counted() {
        ++events_;
        return true;
    }
    bool closeObject();
    bool closeArray();
    bool addKey(const std::string& name);
    bool hasRoom();  // whether the open list may take one more item; reports when not
    bool add(JsonValue value);
    bool open(bool isObject);
    JsonValue copyString(const std::string& s);
    bool isDuplicate(Level& level, std::string_view key);
    bool checkStringSize(const std::string& s);
    bool failHere(std::string message);
    bool fail(std::size_t offset, std::string message);

    template <class T>
    const T* moveToArena(const std::vector<T>& scratch) {
        void* block = document_.arena().allocate(sizeof(T) * scratch.size(), alignof(T));
        std::copy(scratch.begin(), scratch.end(), static_cast<T*>(block));
        return static_cast<const T*>(block);
    }

    std::string_view text_;
    const JsonLimits& limits_;
    JsonDocument document_;
    std::vector<Level> levels_;  // grows to the deepest nesting seen, then reused
    std::size_t depth_ = 0;
    std::size_t events_ = 0;
    std::size_t refusedEvent_ = 0;  // the callback a limit refused, located after the parse
    JsonParseResult result_;
};

bool LimitedDomBuilder::hasRoom() {
    if (depth_ == 0) return true;
    const Level& level = levels_[depth_ - 1];
    if (level.isObject || level.items.size() < limits_.maxArrayItems) return true;
    return failHere("this list has more than " + std::to_string(limits_.maxArrayItems) +
                    " items, the most the exhibit accepts");
}

bool LimitedDomBuilder::add(JsonValue value) {
    if (depth_ == 0) {
        document_.setRoot(value);
        return true;
    }
    Level& level = levels_[depth_ - 1];
    if (level.isObject)
        level.members.push_back({level.pendingKey, value});
    else
        level.items.push_back(value);
    return true;
}

bool LimitedDomBuilder::open(bool isObject) {
    if (depth_ >= limits_.maxDepth) {
        return failHere("the data is nested more than " + std::to_string(limits_.maxDepth) +
                        " levels deep here, which the exhibit refuses (is a closing ] or } "
                        "missing?)");
    }
    if (!hasRoom()) return false;
    if (levels_.size() == depth_) levels_.emplace_back();
    levels_[depth_++].isObject = isObject;
    return true;
}

bool LimitedDomBuilder::closeArray() {
    Level& level = levels_[--depth_];
    JsonValue array = JsonValue::array(moveToArena(level.items), std::uint32_t(level.items.size()));
    level.items.clear();
    return add(array);
}

bool LimitedDomBuilder::closeObject() {
    Level& level = levels_[--depth_];
    JsonValue object =
        JsonValue::object(moveToArena(level.members), std::uint32_t(level.members.size()));
    level.members.clear();
    level.keySet.clear();
    return add(object);
}

JsonValue LimitedDomBuilder::copyString(const std::string& s) {
    char* chars = static_cast<char*>(document_.arena().allocate(s.size(), 1));
    std::copy(s.begin(), s.end(), chars);
    return JsonValue::string(chars, std::uint32_t(s.size()));
}

bool LimitedDomBuilder::checkStringSize(const std::string& s) {
    if (s.size() <= limits_.maxStringBytes) return true;
    return failHere("this text is " + std::to_string(s.size()) + " bytes long; the limit is " +
                    std::to_string(limits_.maxStringBytes) + " bytes (" +
                    describeSize(limits_.maxStringBytes) + "), so shorten or split it");
}

bool LimitedDomBuilder::isDuplicate(Level& level, std::string_view key) {
    if (level.members.size() < kLinearKeySearch) {
        for (const JsonMember& member : level.members)
            if (member.key == key) return true;
        return false;
    }
    if (level.keySet.empty())
        for (const JsonMember& member : level.members) level.keySet.insert(member.key);
    return !level.keySet.insert(key).second;
}

bool LimitedDomBuilder::addKey(const std::string& name) {
    if (!checkStringSize(name)) return false;
    Level& level = levels_[depth_ - 1];
    JsonValue copy = copyString(name);
    if (isDuplicate(level, copy.asString())) {
        return failHere("the key \"" + shortQuote(name) +
                        "\" appears twice in the same object; the exhibit would silently use "
                        "only one, so remove or rename the other");
    }
    level.pendingKey = copy.asString();
    return true;
}

bool LimitedDomBuilder::parse_error(std::size_t position, const std::string&,
                                    const nlohmann::detail::exception& e) {
    detail::SyntaxProblem problem = detail::explainSyntaxError(text_, position, e.what());
    return fail(problem.offset, std::move(problem.message));
}

bool LimitedDomBuilder::failHere(std::string message) {
    refusedEvent_ = events_;
    return fail(0, std::move(message));
}

bool LimitedDomBuilder::fail(std::size_t offset, std::string message) {
    result_.errorOffset = offset;
    result_.errorMessage = std::move(message);
    return false;
}

JsonParseResult LimitedDomBuilder::run() {
    if (json::sax_parse(text_.data(), text_.data() + text_.size(), this)) {
        result_.ok = true;
        result_.document = std::move(document_);
        return std::move(result_);
    }
    if (refusedEvent_ > 0) result_.errorOffset = offsetOfSaxEvent(text_, refusedEvent_);
    if (result_.errorMessage.empty()) fail(0, "the JSON could not be read");
    result_.errorPointer = containerAt(text_, result_.errorOffset);
    return std::move(result_);
}

}  // namespace

JsonParseResult parseBoundedJson(std::string_view text, const JsonLimits& limits,
                                 std::size_t readableAfter) {
    if (text.size() > limits.maxFileBytes) {
        JsonParseResult tooBig;
        tooBig.errorMessage = "the file is " + describeSize(text.size()) + "; the limit is " +
                              describeSize(limits.maxFileBytes);
        return tooBig;
    }
    // simdjson also checks UTF-8 and refuses NUL bytes, so the checks below are needed only
    // for a text it refuses, to name the problem.
    if (std::optional<JsonDocument> fast = detail::parseJsonFast(text, limits, readableAfter)) {
        JsonParseResult result;
        result.ok = true;
        result.document = std::move(*fast);
        return result;
    }
    return detail::parseJsonReference(text, limits);
}

namespace detail {

JsonParseResult parseJsonReference(std::string_view text, const JsonLimits& limits) {
    // Named before parsing: nlohmann would see UTF-16 as NUL bytes and a Latin-1 letter
    // outside a text as "a word that is not JSON".
    if (std::optional<EncodingProblem> encoding = findEncodingProblem(text)) {
        JsonParseResult notUtf8;
        notUtf8.errorOffset = encoding->offset;
        notUtf8.errorPointer = containerAt(text, encoding->offset);
        notUtf8.errorMessage = std::move(encoding->message);
        return notUtf8;
    }
    // nlohmann takes a NUL byte outside a string for the end of the input and would ignore
    // whatever follows it, so NUL is refused anywhere before parsing.
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        JsonParseResult damaged;
        damaged.errorOffset = nul;
        damaged.errorPointer = containerAt(text, nul);
        damaged.errorMessage = "found a NUL byte here; the file may be damaged or not plain text";
        return damaged;
    }
    LimitedDomBuilder builder(text, limits);
    return builder.run();
}

}  // namespace detail

std::string describeSize(std::size_t bytes) {
    char buf[64];
    constexpr double kKilo = 1024.0, kMega = 1024.0 * 1024.0;
    // Rounded up, so a file just over a limit never reads as equal to it.
    if (bytes >= 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.1f MB", std::ceil(double(bytes) * 10 / kMega) / 10);
    else if (bytes >= 1024)
        std::snprintf(buf, sizeof buf, "%.1f KB", std::ceil(double(bytes) * 10 / kKilo) / 10);
    else
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    std::string s = buf;
    if (s.size() > 5 && s.compare(s.size() - 5, 2, ".0") == 0) s.erase(s.size() - 5, 2);
    return s;
}

}  // namespace kiosk::content
