#include "kiosk/content/load.h"

#include <cstdio>

namespace kiosk::content {
namespace {

// A key or text from a hostile file may hold line breaks or terminal escapes; one problem must
// stay one printable line.
std::string printable(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
            out += c;
            continue;
        }
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
        out += escaped;
    }
    return out;
}

}  // namespace

std::string Problem::format() const {
    std::string out = file;
    if (!file.empty() && line > 0) {
        // Appended piece by piece: GCC 12 misreports "literal" + std::string here (-Wrestrict).
        out += ':';
        out += std::to_string(line);
        out += ':';
        out += std::to_string(column);
    }
    if (!out.empty()) out += ": ";
    out += severity == Severity::Error ? "error: " : "warning: ";
    if (!path.empty()) out += printable(path) + ": ";
    return out + printable(message);
}

const Problem* LoadResult::firstError() const {
    for (const Problem& p : problems)
        if (p.severity == Problem::Severity::Error) return &p;
    return nullptr;
}

}  // namespace kiosk::content
