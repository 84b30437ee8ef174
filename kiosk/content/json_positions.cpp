#include "kiosk/content/json_positions.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "kiosk/content/json_cursor.h"

namespace kiosk::content {
namespace {

using nlohmann::json;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isBetweenTokens(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == ']' ||
           c == '}';
}

bool isScalarChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
           c == '-' || c == '.';
}

// The opening quote of the string whose closing quote is at `close`: the first quote before it
// that is not escaped (preceded by an even number of backslashes).
std::size_t openingQuote(std::string_view text, std::size_t close) {
    for (std::size_t j = close; j-- > 0;) {
        if (text[j] != '"') continue;
        std::size_t backslashes = 0;
        while (backslashes < j && text[j - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) return j;
    }
    return 0;
}

// Keeps the JSON pointer of the value being parsed; Derived sees each value, key and close.
// Depth is bounded because these passes only run over text the limited parser accepted (or up
// to the point where it stopped); the cap here is a second guard.
template <class Derived>
class PointerTrackingSax {
  public:
    explicit PointerTrackingSax(std::string_view text) : counted_{text} {}

    bool null() { return value(false); }
    bool boolean(bool) { return value(false); }
    bool number_integer(json::number_integer_t) { return value(false); }
    bool number_unsigned(json::number_unsigned_t) { return value(false); }
    bool number_float(json::number_float_t, const json::string_t&) { return value(false); }
    bool string(json::string_t&) { return value(false); }
    bool binary(json::binary_t&) { return value(false); }
    bool start_object(std::size_t) { return value(true) && open(false); }
    bool start_array(std::size_t) { return value(true) && open(true); }
    bool key(json::string_t& name) {
        if (!self().beforeToken()) return false;
        pointer_.resize(levels_.back().pointerLength);
        appendPointerKey(pointer_, name);
        afterKey_ = true;
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        self().onParseError();
        return false;
    }

    void run() { json::sax_parse(counted_.begin(), counted_.end(), &self()); }

  protected:
    std::string_view text() const { return counted_.text; }
    std::size_t consumed() const { return counted_.consumed(); }
    const std::string& pointer() const { return pointer_; }
    // Where the parser is: the member whose key was just read, else the innermost container.
    std::string currentPlace() const {
        if (afterKey_) return pointer_;
        return levels_.empty() ? std::string() : pointer_.substr(0, levels_.back().pointerLength);
    }
    // The same, but inside a list the item whose place it is: the one the parser would read
    // next ("/events/1" for a missing comma after item 0, or a bad token where item 1 starts).
    std::string itemPlace() const {
        if (afterKey_ || levels_.empty() || !levels_.back().isArray) return currentPlace();
        std::string place = currentPlace();
        appendPointerIndex(place, levels_.back().nextIndex);
        return place;
    }

  private:
    static constexpr std::size_t kMaxDepth = 64;
    struct Level {
        std::size_t pointerLength;  // the container's own pointer
        bool isArray;
        std::size_t nextIndex = 0;
    };

    Derived& self() { return static_cast<Derived&>(*this); }

    bool value(bool opensContainer) {
        if (!self().beforeToken()) return false;
        afterKey_ = false;
        if (!levels_.empty() && levels_.back().isArray) {
            pointer_.resize(levels_.back().pointerLength);
            appendPointerIndex(pointer_, levels_.back().nextIndex++);
        }
        return self().onValue(opensContainer);
    }
    bool open(bool isArray) {
        if (levels_.size() >= kMaxDepth) return false;
        levels_.push_back({pointer_.size(), isArray});
        return true;
    }
    bool close() {
        afterKey_ = false;
        pointer_.resize(levels_.back().pointerLength);
        levels_.pop_back();
        return true;
    }

    detail::CountedText counted_;
    std::string pointer_;
    std::vector<Level> levels_;
    bool afterKey_ = false;  // a key was read and its value has not started
};

class PointerLocator : public PointerTrackingSax<PointerLocator> {
  public:
    PointerLocator(std::string_view text, std::unordered_set<std::string> wanted)
        : PointerTrackingSax(text), wanted_(std::move(wanted)) {}

    bool beforeToken() { return true; }
    bool onValue(bool) {
        if (wanted_.count(pointer()) == 0) return true;
        found_.emplace(pointer(), tokenStart(text(), consumed()));
        return found_.size() < wanted_.size();  // stop once everything is found
    }
    void onParseError() {}
    std::unordered_map<std::string, std::size_t>& found() { return found_; }

  private:
    std::unordered_set<std::string> wanted_;
    std::unordered_map<std::string, std::size_t> found_;
};

class ContainerFinder : public PointerTrackingSax<ContainerFinder> {
  public:
    ContainerFinder(std::string_view text, std::size_t offset)
        : PointerTrackingSax(text), offset_(offset) {}

    bool beforeToken() {
        if (consumed() <= offset_) return true;
        result_ = place();
        return false;
    }
    bool onValue(bool) { return true; }
    void onParseError() { result_ = place(); }
    const std::string& result() const { return result_; }

  private:
    // A problem at a closing ] (a comma before it) belongs to the list, not to an item after.
    std::string place() const {
        bool atClose = offset_ < text().size() && text()[offset_] == ']';
        return atClose ? currentPlace() : itemPlace();
    }

    std::size_t offset_;
    std::string result_;
};

// Counts callbacks exactly as LimitedDomBuilder does and stops at the wanted one.
class EventFinder {
  public:
    EventFinder(std::string_view text, std::size_t n) : counted_{text}, wanted_(n) {}

    bool null() { return next(); }
    bool boolean(bool) { return next(); }
    bool number_integer(json::number_integer_t) { return next(); }
    bool number_unsigned(json::number_unsigned_t) { return next(); }
    bool number_float(json::number_float_t, const json::string_t&) { return next(); }
    bool string(json::string_t&) { return next(); }
    bool binary(json::binary_t&) { return next(); }
    bool start_object(std::size_t) { return next(); }
    bool start_array(std::size_t) { return next(); }
    bool key(json::string_t&) { return next(); }
    bool end_object() { return next(); }
    bool end_array() { return next(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        return false;
    }

    std::size_t run() {
        json::sax_parse(counted_.begin(), counted_.end(), this);
        return offset_;
    }

  private:
    bool next() {
        if (++seen_ < wanted_) return true;
        offset_ = tokenStart(counted_.text, counted_.consumed());
        return false;
    }

    detail::CountedText counted_;
    std::size_t wanted_, seen_ = 0, offset_ = 0;
};

std::string parentPointer(const std::string& pointer) {
    return pointer.substr(0, pointer.rfind('/') == std::string::npos ? 0 : pointer.rfind('/'));
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    lineStarts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') lineStarts_.push_back(i + 1);
}

TextPosition LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    int line = int(next - lineStarts_.begin());
    std::size_t from = *(next - 1);
    int column = 1;
    if (last_.position.line == line && last_.offset >= from && last_.offset <= offset) {
        from = last_.offset;
        column = last_.position.column;
    }
    for (std::size_t i = from; i < offset; ++i)
        if (!isContinuationByte(text_[i])) ++column;
    last_ = {offset, {line, column}};
    return last_.position;
}

void appendPointerKey(std::string& pointer, std::string_view key) {
    pointer += '/';
    for (char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

void appendPointerIndex(std::string& pointer, std::size_t index) {
    pointer += '/';
    pointer += std::to_string(index);
}

std::size_t tokenStart(std::string_view text, std::size_t end) {
    std::size_t i = std::min(end, text.size());
    while (i > 0 && isBetweenTokens(text[i - 1])) --i;
    if (i == 0) return 0;
    char last = text[i - 1];
    if (last == '"') return openingQuote(text, i - 1);
    if (last == '{' || last == '[') return i - 1;
    while (i > 0 && isScalarChar(text[i - 1])) --i;
    return i;
}

std::unordered_map<std::string, std::size_t> locatePointers(
    std::string_view text, const std::vector<std::string>& pointers) {
    std::unordered_set<std::string> wanted;
    for (std::string p : pointers) {
        while (wanted.insert(p).second && !p.empty()) p = parentPointer(p);
    }
    PointerLocator locator(text, wanted);
    locator.run();
    std::unordered_map<std::string, std::size_t> result;
    for (const std::string& original : pointers) {
        std::string p = original;
        auto& found = locator.found();
        while (!found.count(p) && !p.empty()) p = parentPointer(p);
        result[original] = found.count(p) ? found.at(p) : 0;
    }
    return result;
}

std::size_t offsetOfSaxEvent(std::string_view text, std::size_t n) {
    return EventFinder(text, n).run();
}

std::string containerAt(std::string_view text, std::size_t offset) {
    ContainerFinder finder(text, offset);
    finder.run();
    return finder.result();
}

}  // namespace kiosk::content
