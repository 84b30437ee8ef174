#include <doctest/doctest.h>

#include "kiosk/content/load.h"
#include "kiosk/timeline/lane_layout.h"

using namespace kiosk;
using namespace kiosk::timeline;

namespace {

const content::Library& bundled() {
    static auto lib = content::loadContent(KIOSK_SOURCE_DIR "/content").library;
    REQUIRE(lib);
    return *lib;
}

TimeView viewOf(const content::Library& lib, double from, double to, bool rtl) {
    TimeView view;
    view.setViewport({40, 0, 1100, 300});
    view.setBounds(double(lib.events().front().when.firstDay()) - 30,
                   double(lib.events().back().when.lastDay()) + 30);
    view.setRange(from, to);
    view.setRightToLeft(rtl);
    return view;
}

bool samePoints(const std::vector<LanePoint>& a, const std::vector<LanePoint>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].event != b[i].event || a[i].lane != b[i].lane || a[i].x0 != b[i].x0 ||
            a[i].x1 != b[i].x1)
            return false;
    return true;
}

}  // namespace

TEST_CASE("the lane index answers as a full sort would, in both directions, at any zoom") {
    const auto& lib = bundled();
    REQUIRE(lib.events().size() > 10);
    double first = double(lib.events().front().when.firstDay());
    double last = double(lib.events().back().when.lastDay());
    std::size_t leaveOut = lib.events().size() / 2;
    for (bool rtl : {false, true})
        for (double span : {7.0, 40.0, 200.0, last - first + 20}) {
            for (double from = first - 10; from < last; from += span / 2) {
                auto view = viewOf(lib, from, from + span, rtl);
                LaneIndex index;
                index.update(lib, "", [](std::size_t) { return true; });
                auto expected =
                    visibleLanePoints(lib, view, 11, [&](std::size_t i) { return i != leaveOut; });
                CHECK(samePoints(index.visible(view, 11, leaveOut), expected));
            }
        }
}

TEST_CASE("the lane index sorts once per filter and computes nothing while the view holds still") {
    const auto& lib = bundled();
    auto view = viewOf(lib, double(lib.events().front().when.firstDay()),
                       double(lib.events().back().when.lastDay()), false);
    LaneIndex index;
    auto all = [](std::size_t) { return true; };
    index.update(lib, "", all);
    auto items = index.clustered(view, 11, 28, SIZE_MAX);
    for (int frame = 0; frame < 10; ++frame) {
        index.update(lib, "", all);
        CHECK(index.clustered(view, 11, 28, SIZE_MAX).size() == items.size());
    }
    CHECK(index.builds() == 1);
    CHECK(index.computed() == 1);
    view.panBy(30);  // the view moved: one new answer
    index.clustered(view, 11, 28, SIZE_MAX);
    CHECK(index.computed() == 2);
    // A filter keeps only its events, and rebuilds the index once.
    index.update(lib, "only-first", [](std::size_t i) { return i == 0; });
    index.update(lib, "only-first", [](std::size_t i) { return i == 0; });
    CHECK(index.builds() == 2);
    for (const auto& p : index.visible(viewOf(lib, -1e6, 1e6, false), 11, SIZE_MAX))
        CHECK(p.event == 0);
}

TEST_CASE("tracks sharing rows: the index clusters by row as a sort would, and keeps the answer") {
    const auto& lib = bundled();
    auto view = viewOf(lib, double(lib.events().front().when.firstDay()),
                       double(lib.events().back().when.lastDay()), false);
    LaneIndex index;
    index.update(lib, "", [](std::size_t) { return true; });
    for (std::size_t i = 0; i < lib.events().size(); ++i)
        CHECK(index.laneOf(i) == laneOf(lib, lib.events()[i]));
    auto half = [](int lane) { return lane / 2; };  // two tracks a row
    auto expected = [&](auto rowOfLane) {
        auto points = index.visible(view, 11, SIZE_MAX);
        for (auto& p : points) p.lane = rowOfLane(p.lane);
        std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
            return a.lane != b.lane ? a.lane < b.lane : a.x0 < b.x0;
        });
        return clusterLanes(points, 28);
    };
    auto same = [](const std::vector<LaneItem>& a, const std::vector<LaneItem>& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].events != b[i].events || a[i].lane != b[i].lane || a[i].x0 != b[i].x0)
                return false;
        return true;
    };
    CHECK(same(index.clusteredInRows(view, 11, 28, SIZE_MAX, 2, half), expected(half)));
    auto computed = index.computed();
    CHECK(same(index.clusteredInRows(view, 11, 28, SIZE_MAX, 2, half), expected(half)));
    CHECK(index.computed() == computed);  // still: the kept answer
    // Another row count is another answer, not the kept one.
    auto own = [](int lane) { return lane; };
    REQUIRE(!same(expected(own), expected(half)));
    CHECK(same(index.clusteredInRows(view, 11, 28, SIZE_MAX, 9, own), expected(own)));
    view.panBy(30);
    CHECK(same(index.clusteredInRows(view, 11, 28, SIZE_MAX, 9, own), expected(own)));
}
