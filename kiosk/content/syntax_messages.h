#pragma once
// Internal: turning nlohmann's syntax errors into words a content editor can act on.
#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::content::detail {

struct SyntaxProblem {
    std::size_t offset = 0;  // byte offset of the offending token or byte
    std::string message;
};

// `what` is nlohmann's exception text; `position` the byte count it reported.
SyntaxProblem explainSyntaxError(std::string_view text, std::size_t position,
                                 std::string_view what);

}  // namespace kiosk::content::detail
