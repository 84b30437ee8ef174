#include "kiosk/content/bounded_json.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "kiosk/content/json_cursor.h"
#include "kiosk/content/json_positions.h"
#include "kiosk/content/syntax_messages.h"

namespace kiosk::content {
namespace {

using nlohmann::json;

// Builds the DOM like nlohmann's own json_sax_dom_parser, but refuses input past the limits.
// Only the innermost open container is ever modified, so pointers into ancestors stay valid.
class LimitedDomBuilder {
public:
    LimitedDomBuilder(std::string_view text, const JsonLimits& limits)
        : counted_{text}, limits_(limits) {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return add(json(v)); }
    bool binary(json::binary_t&) { return failHere("binary data is not allowed"); }
    bool string(json::string_t& v) { return checkStringSize(v) && add(json(std::move(v))); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& name);
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e);

    JsonParseResult run();

private:
    bool add(json&& value);
    bool open(json&& container);
    bool close();
    bool checkStringSize(const std::string& s);
    bool failHere(std::string message) { return fail(tokenStart(counted_.text, counted_.consumed()), std::move(message)); }
    bool fail(std::size_t offset, std::string message);

    detail::CountedText counted_;
    const JsonLimits& limits_;
    json root_;
    std::vector<json*> open_;
    json* memberSlot_ = nullptr;  // the object member the next value fills
    JsonParseResult result_;
};

bool LimitedDomBuilder::add(json&& value) {
    if (open_.empty()) {
        root_ = std::move(value);
        return true;
    }
    json& parent = *open_.back();
    if (parent.is_object()) {
        *memberSlot_ = std::move(value);
        return true;
    }
    if (parent.size() >= limits_.maxArrayItems) {
        return failHere("this list has more than " + std::to_string(limits_.maxArrayItems) +
                        " items, the most the exhibit accepts");
    }
    parent.push_back(std::move(value));
    return true;
}

bool LimitedDomBuilder::open(json&& container) {
    if (open_.size() >= limits_.maxDepth) {
        return failHere("the data is nested more than " + std::to_string(limits_.maxDepth) +
                        " levels deep here, which the exhibit refuses (is a closing ] or } "
                        "missing?)");
    }
    bool isRoot = open_.empty();
    json* parent = isRoot ? nullptr : open_.back();
    if (!add(std::move(container))) return false;
    if (isRoot)
        open_.push_back(&root_);
    else if (parent->is_object())
        open_.push_back(memberSlot_);
    else
        open_.push_back(&parent->back());
    return true;
}

bool LimitedDomBuilder::close() {
    open_.pop_back();
    return true;
}

bool LimitedDomBuilder::checkStringSize(const std::string& s) {
    if (s.size() <= limits_.maxStringBytes) return true;
    return failHere("this text is " + std::to_string(s.size()) + " bytes long; the limit is " +
                    std::to_string(limits_.maxStringBytes) + " bytes (" +
                    describeSize(limits_.maxStringBytes) + "), so shorten or split it");
}

bool LimitedDomBuilder::key(json::string_t& name) {
    if (!checkStringSize(name)) return false;
    auto& members = open_.back()->get_ref<json::object_t&>();
    auto [slot, inserted] = members.emplace(name, nullptr);
    if (!inserted) {
        return failHere("the key \"" + name +
                        "\" appears twice in the same object; the exhibit would silently use "
                        "only one, so remove or rename the other");
    }
    memberSlot_ = &slot->second;
    return true;
}

bool LimitedDomBuilder::parse_error(std::size_t position, const std::string&,
                                    const nlohmann::detail::exception& e) {
    detail::SyntaxProblem problem = detail::explainSyntaxError(counted_.text, position, e.what());
    return fail(problem.offset, std::move(problem.message));
}

bool LimitedDomBuilder::fail(std::size_t offset, std::string message) {
    result_.errorOffset = offset;
    result_.errorMessage = std::move(message);
    return false;
}

JsonParseResult LimitedDomBuilder::run() {
    if (json::sax_parse(counted_.begin(), counted_.end(), this)) {
        result_.ok = true;
        result_.value = std::move(root_);
        return std::move(result_);
    }
    if (result_.errorMessage.empty()) fail(counted_.consumed(), "the JSON could not be read");
    result_.errorPointer = containerAt(counted_.text, result_.errorOffset);
    return std::move(result_);
}

}  // namespace

JsonParseResult parseBoundedJson(std::string_view text, const JsonLimits& limits) {
    if (text.size() > limits.maxFileBytes) {
        JsonParseResult tooBig;
        tooBig.errorMessage = "the file is " + describeSize(text.size()) + "; the limit is " +
                              describeSize(limits.maxFileBytes);
        return tooBig;
    }
    // nlohmann takes a NUL byte outside a string for the end of the input and would ignore
    // whatever follows it, so NUL is refused anywhere before parsing.
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        JsonParseResult damaged;
        damaged.errorOffset = nul;
        damaged.errorPointer = containerAt(text, nul);
        damaged.errorMessage =
            "found a NUL byte here; the file may be damaged or not plain text";
        return damaged;
    }
    LimitedDomBuilder builder(text, limits);
    return builder.run();
}

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
