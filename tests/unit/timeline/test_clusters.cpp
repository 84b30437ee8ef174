#include <doctest/doctest.h>

#include "kiosk/timeline/clusters.h"

#include <algorithm>

using namespace kiosk::timeline;

namespace {
LanePoint at(std::size_t event, int lane, float x, std::int64_t day) {
    return {event, lane, x, x + 2, day, day};
}
}  // namespace

TEST_CASE("events closer than the gap merge; far ones stay single") {
    std::vector<LanePoint> points = {at(0, 0, 10, 100), at(1, 0, 20, 101), at(2, 0, 25, 105),
                                     at(3, 0, 200, 300), at(4, 1, 21, 101)};
    auto items = clusterLanes(points, 30);
    REQUIRE(items.size() == 3);
    CHECK(items[0].events == std::vector<std::size_t>{0, 1, 2});
    CHECK(items[0].cluster());
    CHECK(items[0].firstDay == 100);
    CHECK(items[0].lastDay == 105);
    CHECK_FALSE(items[1].cluster());
    CHECK(items[1].events[0] == 3);
    CHECK(items[2].lane == 1);  // lanes never merge with each other
}

TEST_CASE("every event ends up in exactly one item, and items never overlap on a lane") {
    std::vector<LanePoint> points;
    for (std::size_t i = 0; i < 1000; ++i)
        points.push_back(at(i, 0, float(i * 7 % 3000), std::int64_t(i)));
    std::sort(points.begin(), points.end(), [](auto& a, auto& b) { return a.x0 < b.x0; });
    auto items = clusterLanes(points, 24);
    std::size_t total = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        total += items[i].events.size();
        if (i > 0) CHECK(items[i].x0 - items[i - 1].x1 >= 24);
    }
    CHECK(total == 1000);
}

TEST_CASE("a cluster id carries its span and reads back") {
    LaneItem item{{1, 2}, 3, 0, 10, 18600, 18630};
    ClusterSpan span{};
    REQUIRE(parseClusterId(item.clusterId(), span));
    CHECK(span.firstDay == 18600);
    CHECK(span.lastDay == 18630);
    CHECK_FALSE(parseClusterId("cluster:1:5", span));
    CHECK_FALSE(parseClusterId("cluster:1:9:5", span));
    CHECK_FALSE(parseClusterId("event:x", span));
}
