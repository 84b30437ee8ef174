#include "kiosk/content/syntax_messages.h"

#include <algorithm>

#include "kiosk/content/json_positions.h"
#include "kiosk/core/utf8.h"

namespace kiosk::content::detail {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string_view between(std::string_view s, std::string_view from, std::string_view to) {
    std::size_t a = s.find(from);
    if (a == std::string_view::npos) return {};
    a += from.size();
    std::size_t b = to.empty() ? s.size() : s.find(to, a);
    return s.substr(a, b == std::string_view::npos ? s.size() - a : b - a);
}

// nlohmann's token names in plain words.
std::string plainToken(std::string_view token) {
    if (token == "string literal") return "a text in quotes";
    if (token == "number literal") return "a number";
    if (token == "true literal") return "true";
    if (token == "false literal") return "false";
    if (token == "null literal") return "null";
    if (token == "end of input") return "the end of the file";
    if (token == "'[', '{', or a literal") return "a value";
    if (token.size() == 3 && token.front() == '\'') return std::string(token.substr(1, 1));
    return std::string(token);
}

char previousNonSpace(std::string_view text, std::size_t offset) {
    while (offset > 0) {
        char c = text[--offset];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return c;
    }
    return 0;
}

std::string explainControlCharacter(std::string_view message) {
    std::string code(between(message, "character ", " "));
    if (code == "U+000A") return "a line break inside a text must be written as \\n";
    if (code == "U+0009") return "a tab inside a text must be written as \\t";
    if (code == "U+0000")
        return "found a NUL byte (U+0000) inside a text; the file may be damaged or not "
               "plain text";
    return "found the invisible control character " + code + " inside a text; remove it";
}

std::string explainLexerError(std::string_view message) {
    if (message == "invalid string: ill-formed UTF-8 byte")
        return "this is not valid UTF-8 text; save the file with the UTF-8 encoding (it may "
               "have been saved as Latin-1 or Windows-1252)";
    if (startsWith(message, "invalid string: control character"))
        return explainControlCharacter(message);
    if (message == "invalid string: missing closing quote") return "a text has no closing quote \"";
    if (message == "invalid literal")
        return "found a word that is not JSON: texts need double quotes, and only true, false "
               "and null may be written without them";
    if (startsWith(message, "invalid number"))
        return "this number is written wrongly (" + std::string(between(message, "; ", "")) + ")";
    if (startsWith(message, "invalid string: '\\u'"))
        return "\\u in a text must be followed by four hex digits, as in \\u00e9";
    if (message == "invalid string: forbidden character after backslash")
        return "a backslash \\ in a text must be written as \\\\ (or start an escape such as "
               "\\n)";
    if (startsWith(message, "invalid string: surrogate"))
        return "a \\u escape writes only half of a character; write the character itself";
    if (startsWith(message, "invalid BOM"))
        return "the file starts with a damaged byte-order mark; save it again as UTF-8";
    return "the file is not valid JSON here: " + shortQuote(message, 200);
}

std::string explainUnexpected(std::string_view text, std::size_t offset, std::string_view context,
                              std::string_view found, std::string_view expected) {
    std::string what = plainToken(found);
    if (found == "end of input")
        return "the file ends too early: a value or a closing } or ] is missing (was the file "
               "cut short?)";
    if ((found == "']'" || found == "'}'") && previousNonSpace(text, offset) == ',')
        return "a comma before " + what + " is not allowed in JSON; remove the last comma";
    if (expected == "end of input")
        return "found " + what + " after the end of the data; is there an extra } or ]?";
    if (expected == "']'" || expected == "'}'")
        return "found " + what + " where a comma or " + plainToken(expected) +
               " was expected; is a comma missing before it?";
    if (context == "object key")
        return "found " + what + " where a key in double quotes was expected";
    if (context == "object separator")
        return "found " + what + " where a colon : was expected after the key";
    if (expected.empty()) return "found " + what + " here, which JSON does not allow";
    return "found " + what + " where " + plainToken(expected) + " was expected";
}

bool isContinuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at i (RFC 3629: no overlongs, no surrogates), or 0.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    auto at = [&](std::size_t k) { return k < text.size() ? (unsigned char)text[k] : 0u; };
    unsigned lead = at(i);
    if (lead < 0x80) return 1;
    std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                         : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                        : 0;
    unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (length == 0 || at(i + 1) < low || at(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!isContinuation((unsigned char)at(i + k))) return 0;
    return length;
}

// nlohmann stops a byte or more after an ill-formed sequence begins; find where it begins.
std::size_t badUtf8Start(std::string_view text, std::size_t last) {
    std::size_t i = last >= 4 ? last - 4 : 0;
    while (i < last && isContinuation((unsigned char)text[i])) ++i;
    while (i < last) {
        std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) return i;
        i += length;
    }
    return last;
}

bool isPunctuation(char c) {
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

}  // namespace

SyntaxProblem explainSyntaxError(std::string_view text, std::size_t position,
                                 std::string_view what) {
    std::size_t end = std::min(position, text.size());
    std::size_t lastByte = position == 0 ? 0 : std::min(position - 1, text.size());
    if (what.find("number overflow") != std::string_view::npos) {
        std::size_t start = tokenStart(text, end);
        return {start, "the number " + shortQuote(text.substr(start, end - start)) +
                           " is too large to be read"};
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return {0, "the file is empty; expected its data, starting with {"};
    std::string_view detail = between(what, "syntax error ", "");
    std::string_view context = between(detail, "while parsing ", " - ");
    std::string_view afterDash = between(detail, "- ", "");
    if (afterDash.find("; last read: '") != std::string_view::npos) {
        std::string_view message = afterDash.substr(0, afterDash.find("; last read: '"));
        bool utf8 = message.find("UTF-8") != std::string_view::npos;
        return {utf8 ? badUtf8Start(text, lastByte) : lastByte, explainLexerError(message)};
    }
    std::string_view found = between(afterDash, "unexpected ", "; expected");
    std::string_view expected = between(afterDash, "; expected ", "");
    bool punctuation = end > 0 && isPunctuation(text[end - 1]);
    std::size_t offset = found == "end of input" ? text.size()
                         : punctuation           ? end - 1
                                                 : tokenStart(text, end);
    return {offset, explainUnexpected(text, offset, context, found, expected)};
}

}  // namespace kiosk::content::detail
