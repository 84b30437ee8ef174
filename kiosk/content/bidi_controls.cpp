// bidiControlProblem: explicit bidi formatting characters that do not pair up (UAX #9).
#include <utf8cpp/utf8.h>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "kiosk/content/reader.h"

namespace kiosk::content::detail {
namespace {

struct Control {
    char32_t code;
    const char* name;  // the abbreviation UAX #9 uses
};

constexpr Control kControls[] = {
    {0x202A, "LRE"}, {0x202B, "RLE"}, {0x202C, "PDF"}, {0x202D, "LRO"}, {0x202E, "RLO"},
    {0x2066, "LRI"}, {0x2067, "RLI"}, {0x2068, "FSI"}, {0x2069, "PDI"},
};

const char* controlName(char32_t c) {
    for (const Control& control : kControls)
        if (control.code == c) return control.name;
    return nullptr;
}

bool isEmbedding(char32_t c) {
    return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;
}
bool isIsolate(char32_t c) {
    return c >= 0x2066 && c <= 0x2068;
}

struct Opened {
    char32_t code;
    std::size_t character;  // 1-based, in code points
};

// "U+202B (RLE), character 7,": an editor cannot see these, so say where it is.
std::string where(char32_t code, std::size_t character) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "U+%04X (%s), character %zu,", unsigned(code), controlName(code),
                  character);
    return buf;
}

std::string unclosed(const Opened& open, std::string_view end) {
    std::string closer = isIsolate(open.code) ? "a PDI (U+2069)" : "a PDF (U+202C)";
    return "the bidi control " + where(open.code, open.character) + " is not closed by " + closer +
           " before " + std::string(end) +
           ", so its direction runs on into what follows; close it, or remove it";
}

}  // namespace

std::string bidiControlProblem(std::string_view text) {
    // Every control (U+202A-202E, U+2066-2069) is written E2 80/81 xx in UTF-8: without an
    // E2 byte nothing opens, so there is nothing to report (most texts; no decoding).
    if (text.find('\xE2') == std::string_view::npos) return {};
    std::vector<Opened> open;  // innermost last
    std::size_t character = 0;
    for (auto it = text.begin(); it != text.end();) {
        char32_t c;
        try {
            c = utf8::next(it, text.end());
        } catch (const utf8::exception&) {
            return {};  // the loader refuses invalid UTF-8 elsewhere
        }
        ++character;
        if (c == '\n' || c == 0x2029) {  // a paragraph end closes everything (UAX #9, X8)
            if (!open.empty()) return unclosed(open.front(), "the line ends");
            continue;
        }
        if (isEmbedding(c) || isIsolate(c)) {
            open.push_back({c, character});
        } else if (c == 0x202C) {  // PDF closes an embedding, never across an isolate (X7)
            if (open.empty() || !isEmbedding(open.back().code))
                return "the bidi control " + where(c, character) +
                       " closes no embedding or override (U+202A, U+202B, U+202D, U+202E) "
                       "opened before it; remove it";
            open.pop_back();
        } else if (c == 0x2069) {  // PDI closes its isolate and what is open inside it (X6a)
            auto isolate = std::find_if(open.rbegin(), open.rend(),
                                        [](const Opened& o) { return isIsolate(o.code); });
            if (isolate == open.rend())
                return "the bidi control " + where(c, character) +
                       " closes no isolate (U+2066, U+2067, U+2068) opened before it; remove it";
            if (isolate != open.rbegin()) return unclosed(*isolate.base(), "its isolate is closed");
            open.pop_back();
        }
    }
    if (!open.empty()) return unclosed(open.front(), "the text ends");
    return {};
}

}  // namespace kiosk::content::detail
