#pragma once
// Making text from outside (file and folder names on a stick, stick labels, config values,
// reasons that quote them) valid UTF-8 before it reaches a log, a banner, the update history
// or the state dump: nlohmann's dump() throws on invalid UTF-8, and ImGui draws garbage.
//
// Built on utf8-cpp (Debian's libutfcpp-dev, header-only, so nothing more to ship): it follows
// RFC 3629 (no overlong forms, no surrogates, nothing past U+10FFFF). No Unicode library was
// linked before; ICU would add 30 MB for this, and iconv reports errors but does not replace.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kiosk {

// `text` with each invalid UTF-8 sequence replaced by U+FFFD (the replacement character,
// shown as a diamond with a question mark); valid text is returned unchanged.
std::string toValidUtf8(std::string_view text);

bool isValidUtf8(std::string_view text);

// Byte offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t firstInvalidUtf8(std::string_view text);

// Input quoted in a message, cut to `maxChars` code points (not bytes) with "…" appended when
// cut, and made valid UTF-8: a 1 MB number or text must not become a 1 MB message.
std::string shortQuote(std::string_view text, std::size_t maxChars = 60);

// How many bytes at the start of `text` are printable ASCII (0x20-0x7E: no control character,
// no DEL, no byte of a multi-byte character), read eight at a time: the text checks of
// validate skip these runs, which are most of a Latin-script text, without decoding them.
inline std::size_t printableAsciiPrefix(std::string_view text) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (std::uint64_t w; i + 8 <= text.size(); i += 8) {
        std::memcpy(&w, text.data() + i, 8);
        // A high bit set: a byte < 0x20 (the subtraction borrows), 0x7F (the addition carries)
        // or >= 0x80. Without bytes >= 0x80 no borrow or carry crosses into a byte wrongly.
        if (((w - 0x20 * kOnes) | (w + kOnes) | w) & kHigh) break;
    }
    while (i < text.size() && text[i] >= 0x20 && text[i] < 0x7F) ++i;
    return i;
}

}  // namespace kiosk
