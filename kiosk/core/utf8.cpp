#include "kiosk/core/utf8.h"

#include <utf8cpp/utf8.h>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace kiosk {

std::string toValidUtf8(std::string_view text) {
    if (isValidUtf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    utf8::replace_invalid(text.begin(), text.end(), std::back_inserter(out));
    return out;
}

bool isValidUtf8(std::string_view text) {
    return firstInvalidUtf8(text) == std::string_view::npos;
}

std::size_t firstInvalidUtf8(std::string_view text) {
    // ASCII (most content) is valid byte by byte; utf8cpp decodes only from the first other.
    std::size_t ascii = 0;
    for (std::uint64_t word; ascii + 8 <= text.size(); ascii += 8) {  // eight bytes at a time
        std::memcpy(&word, text.data() + ascii, 8);
        if (word & 0x8080808080808080ULL) break;
    }
    while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
    auto bad = utf8::find_invalid(text.begin() + std::ptrdiff_t(ascii), text.end());
    return bad == text.end() ? std::string_view::npos : std::size_t(bad - text.begin());
}

std::string shortQuote(std::string_view text, std::size_t maxChars) {
    std::string valid = toValidUtf8(text);
    auto it = valid.begin();
    std::size_t chars = 0;
    while (it != valid.end() && chars < maxChars) {
        utf8::unchecked::next(it);  // valid by construction
        ++chars;
    }
    if (it == valid.end()) return valid;
    valid.erase(it, valid.end());
    return valid + "\u2026";
}

}  // namespace kiosk
