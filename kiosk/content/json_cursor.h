#pragma once
// Internal: an input iterator for nlohmann's SAX parser that publishes how far it has read,
// so a SAX handler can tell where in the text each callback happens.
#include <cstddef>
#include <iterator>
#include <string_view>

namespace kiosk::content::detail {

class CountingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* at, const char** cursor) : at_(at), cursor_(cursor) {}
    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        *cursor_ = ++at_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
    bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

  private:
    const char* at_;
    const char** cursor_;
};

// The text plus the read cursor that a CountingIterator pair over it keeps up to date.
struct CountedText {
    std::string_view text;
    const char* cursor = text.data();

    CountingIterator begin() { return {text.data(), &cursor}; }
    CountingIterator end() { return {text.data() + text.size(), &cursor}; }
    std::size_t consumed() const { return std::size_t(cursor - text.data()); }
};

}  // namespace kiosk::content::detail
