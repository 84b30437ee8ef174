#include <doctest/doctest.h>

#include "kiosk/content/load.h"
#include "kiosk/timeline/home_window.h"

using namespace kiosk;

TEST_CASE("the home window spans the story's events with no empty months around them") {
    content::LoadOptions options;
    options.checkImages = false;
    auto loaded = content::loadContent(std::string(KIOSK_SOURCE_DIR) + "/content", options);
    REQUIRE(loaded.library);
    const auto& lib = *loaded.library;
    auto [start, end] = timeline::homeWindow(lib);
    const auto& period = lib.settings().timeline;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    for (const auto& e : lib.events())
        if (e.when.firstDay() >= period.firstDay() && e.when.lastDay() <= period.lastDay()) {
            first = std::min(first, e.when.firstDay());
            last = std::max(last, e.when.lastDay() + 1);
        }
    REQUIRE(first < last);
    CHECK(start <= double(first));  // every story event in view
    CHECK(end >= double(last));
    double margin = double(last - first) * timeline::kHomeMarginShare + 1;
    CHECK(start >= double(first) - margin);  // and no empty months around them
    CHECK(end <= double(last) + margin);
    CHECK((start > double(period.firstDay()) + 20 || end < double(period.lastDay()) - 20));
}
