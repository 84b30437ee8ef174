#pragma once
// Finding where things are in a JSON text, for problem reports. All of this runs only when
// there is something to report, so the happy path of loading pays nothing for positions.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::content {

struct TextPosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters (UTF-8 code points), not bytes
};

// Line starts of a text, for turning many byte offsets into line and column. Asking in
// increasing order costs one pass even when the whole file is a single (minified) line.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);
    TextPosition at(std::size_t offset) const;

  private:
    struct Cached {
        std::size_t offset = 0;
        TextPosition position;
    };
    std::string_view text_;
    std::vector<std::size_t> lineStarts_;
    mutable Cached last_;  // the previous answer, to continue counting columns from
};

// Appends "/key" to a JSON pointer, escaping "~" and "/" as RFC 6901 says.
void appendPointerKey(std::string& pointer, std::string_view key);
void appendPointerIndex(std::string& pointer, std::size_t index);

// Where the token that ends at byte `end` begins. `end` is how far the parser had read when
// it reported the token, which for a number is one byte past it.
std::size_t tokenStart(std::string_view text, std::size_t end);

// Where the n-th SAX callback (1-based, counting every value, key and container start or end)
// happens: the start of its token. Lets the fast parse count callbacks instead of bytes.
std::size_t offsetOfSaxEvent(std::string_view text, std::size_t n);

// Byte offsets of the values at the given JSON pointers. A pointer that is not in the text
// (a missing field) gets the offset of its nearest ancestor that is.
std::unordered_map<std::string, std::size_t> locatePointers(
    std::string_view text, const std::vector<std::string>& pointers);

// Where the text breaks at byte `offset`, as a JSON pointer: the member whose key comes just
// before it, else the innermost object still open there, or inside a list the item that would
// come next ("/events/1" when the comma after item 0 is missing).
std::string containerAt(std::string_view text, std::size_t offset);

}  // namespace kiosk::content
