#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/map/labels.h"

using namespace kiosk;
using namespace kiosk::map;

TEST_CASE("overlapping labels keep the higher priority one") {
    std::vector<LabelCandidate> c = {
        {{0, 0, 100, 20}, 1, 0},
        {{50, 10, 100, 20}, 5, 1},
        {{300, 0, 100, 20}, 0, 2},
    };
    auto kept = placeLabels(c);
    CHECK(kept == std::vector<int>{1, 2});
}

TEST_CASE("no two kept labels overlap, whatever the crowd") {
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 200; ++i)
        c.push_back({{float((i * 37) % 500), float((i * 53) % 300), 80, 18}, float(i % 7), i});
    auto kept = placeLabels(c);
    CHECK(kept.size() > 10);
    for (size_t a = 0; a < kept.size(); ++a)
        for (size_t b = a + 1; b < kept.size(); ++b)
            CHECK_FALSE(c[kept[a]].rect.overlaps(c[kept[b]].rect));
}

TEST_CASE("labels avoid blocked rectangles such as markers") {
    std::vector<LabelCandidate> c = {{{0, 0, 100, 20}, 1, 0}, {{0, 40, 100, 20}, 1, 1}};
    auto kept = placeLabels(c, {{90, 10, 20, 20}});
    CHECK(kept == std::vector<int>{1});
}

TEST_CASE("a label offered on both sides of its marker is kept once, on the first side free") {
    std::vector<LabelCandidate> c = {
        {{0, 0, 100, 20}, 9, 0},            // another label, already there
        {{50, 0, 100, 20}, 5, 1, 7},        // right of the marker: taken
        {{-150, 0, 100, 20}, 4.5f, 2, 7},   // left of it: free
        {{-150, 40, 100, 20}, 4.4f, 3, 7},  // a third place, free too, but the label is placed
    };
    CHECK(placeLabels(c) == std::vector<int>{0, 2});
}
