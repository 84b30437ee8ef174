#include "kiosk/content/load.h"

namespace kiosk::content {

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
    if (!path.empty()) out += path + ": ";
    return out + message;
}

const Problem* LoadResult::firstError() const {
    for (const Problem& p : problems)
        if (p.severity == Problem::Severity::Error) return &p;
    return nullptr;
}

}  // namespace kiosk::content
