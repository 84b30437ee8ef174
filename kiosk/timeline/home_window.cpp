#include "kiosk/timeline/home_window.h"

#include <algorithm>
#include <climits>

namespace kiosk::timeline {

std::pair<double, double> homeWindow(const content::Library& library) {
    const auto& period = library.settings().timeline;
    std::int64_t from = period.firstDay(), to = period.lastDay() + 1;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto& e : library.events()) {
        if (e.when.lastDay() + 1 <= from || e.when.firstDay() >= to) continue;
        first = std::min(first, std::max(from, e.when.firstDay()));
        last = std::max(last, std::min(to, e.when.lastDay() + 1));
    }
    if (first >= last) return {double(from), double(to)};
    double margin = std::max(1.0, double(last - first) * kHomeMarginShare);
    return {double(first) - margin, double(last) + margin};
}

}  // namespace kiosk::timeline
