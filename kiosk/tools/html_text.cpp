// HTML to the exhibit's plain text (see html_text.h).
#include "kiosk/tools/html_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace kiosk::tools {
namespace {

void appendUtf8(std::string& out, std::uint32_t c) {
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18)), out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
    }
}

// The character a reference such as "amp" or "#8217" names, or 0.
std::uint32_t entity(std::string_view name) {
    static constexpr std::pair<std::string_view, std::uint32_t> kNamed[] = {
        {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},     {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
        {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
        {"hellip", 0x2026}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"copy", 0xA9},
        {"eacute", 0xE9},   {"deg", 0xB0},     {"middot", 0xB7},  {"bull", 0x2022},
    };
    if (name.size() > 1 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        std::string digits(name.substr(hex ? 2 : 1));
        char* end = nullptr;
        unsigned long c = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        return !digits.empty() && *end == '\0' ? std::uint32_t(c) : 0;
    }
    for (auto [n, c] : kNamed)
        if (n == name) return c;
    return 0;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

// The value of attribute `name` in a tag's text (`a href="x" class=y`).
std::string attributeOf(std::string_view tag, std::string_view name) {
    std::string low = lower(tag);
    std::size_t at = low.find(std::string(name) + "=");
    if (at == std::string::npos) return {};
    at += name.size() + 1;
    char quote = at < tag.size() && (tag[at] == '"' || tag[at] == '\'') ? tag[at] : 0;
    std::size_t start = quote ? at + 1 : at;
    std::size_t end = quote ? tag.find(quote, start) : tag.find_first_of(" \t\n>", start);
    return std::string(tag.substr(start, end == std::string_view::npos ? end : end - start));
}

}  // namespace

PlainText htmlToPlain(std::string_view html) {
    PlainText result;
    std::string& out = result.text;
    bool space = false;  // white space seen since the last word
    int breaks = 0;      // line breaks owed before the next word (2: a paragraph)
    std::string* linkText = nullptr;
    std::string currentLink;
    std::string href;
    auto emit = [&](std::string_view s) {
        std::string separator;
        if (!out.empty())
            separator = breaks ? std::string(std::size_t(breaks), '\n') : space ? " " : "";
        breaks = 0;
        space = false;
        out += separator;
        out += s;
        if (linkText && !linkText->empty()) *linkText += separator;
        if (linkText) *linkText += s;
    };
    for (std::size_t i = 0; i < html.size();) {
        char c = html[i];
        if (c == '<') {
            std::size_t close = html.find('>', i);
            if (close == std::string_view::npos) close = html.size();
            std::string_view tag = html.substr(i + 1, close - i - 1);
            bool ending = !tag.empty() && tag[0] == '/';
            std::string name =
                lower(tag.substr(ending, tag.find_first_of(" \t\n/", ending) - ending));
            if (name == "br")
                breaks = std::max(breaks, 1);
            else if (name == "p" || name == "div" || name == "li" || name == "ul" || name == "ol" ||
                     (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'))
                breaks = 2;
            else if (name == "a" && !ending) {
                href = attributeOf(tag, "href");
                currentLink.clear();
                linkText = &currentLink;
            } else if (name == "a" && ending && linkText) {
                if (!href.empty()) result.links.push_back({currentLink, href});
                linkText = nullptr;
            }
            i = close + 1;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            ++i;
            continue;
        }
        if (c == '&') {
            std::size_t semi = html.find(';', i);
            if (semi != std::string_view::npos && semi - i <= 10) {
                if (std::uint32_t code = entity(html.substr(i + 1, semi - i - 1))) {
                    std::string decoded;
                    appendUtf8(decoded, code == 0xA0 ? ' ' : code);
                    emit(decoded);
                    i = semi + 1;
                    continue;
                }
            }
        }
        std::size_t end = html.find_first_of("<& \t\n\r", i + 1);
        if (end == std::string_view::npos) end = html.size();
        emit(html.substr(i, end - i));
        i = end;
    }
    return result;
}

}  // namespace kiosk::tools
