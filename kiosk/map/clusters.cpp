#include "kiosk/map/clusters.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace kiosk::map {
namespace {

std::uint64_t cellKey(std::int64_t cx, std::int64_t cy) {
    return (std::uint64_t(std::uint32_t(cx)) << 32) | std::uint32_t(cy);
}

}  // namespace

// One pass, heaviest first: each place not yet taken becomes a marker and takes every place
// not yet taken whose square overlaps its own. Two markers are therefore at least d apart on
// one axis (the later one was not taken by the earlier), and a marker stays on a real place,
// so clusters do not drift towards their neighbours and swallow them.
std::vector<MarkerGroup> clusterMarkers(std::span<const MarkerInput> markers, double pxPerWorldUnit,
                                        double minDistancePx) {
    if (markers.empty()) return {};
    double d = minDistancePx / std::max(pxPerWorldUnit, 1e-9);  // in world units
    double edge = std::min(d / 2, 0.5);
    std::vector<int> order(markers.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    auto heavier = [&](int a, int b) {
        const auto &ma = markers[size_t(a)], &mb = markers[size_t(b)];
        return ma.weight != mb.weight ? ma.weight > mb.weight : ma.key < mb.key;
    };
    std::sort(order.begin(), order.end(), heavier);
    // Places kept inside the world by half a square, in a grid of d-sized cells.
    std::vector<WorldPoint> at(markers.size());
    std::vector<std::pair<std::uint64_t, int>> cells(markers.size());
    auto cellOf = [d](double v) { return std::int64_t(std::floor(v / std::max(d, 1e-12))); };
    for (size_t i = 0; i < markers.size(); ++i) {
        at[i] = {std::clamp(markers[i].at.x, edge, 1 - edge),
                 std::clamp(markers[i].at.y, edge, 1 - edge)};
        cells[i] = {cellKey(cellOf(at[i].x), cellOf(at[i].y)), int(i)};
    }
    std::sort(cells.begin(), cells.end());
    std::vector<char> taken(markers.size(), 0);
    std::vector<MarkerGroup> out;
    for (int seed : order) {
        if (taken[size_t(seed)]) continue;
        taken[size_t(seed)] = 1;
        WorldPoint p = at[size_t(seed)];
        MarkerGroup g{p, {seed}, markers[size_t(seed)].weight};
        std::int64_t cx = cellOf(p.x), cy = cellOf(p.y);
        for (std::int64_t dx = -1; dx <= 1; ++dx)
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                std::pair<std::uint64_t, int> lo{cellKey(cx + dx, cy + dy), -1};
                for (auto it = std::lower_bound(cells.begin(), cells.end(), lo);
                     it != cells.end() && it->first == lo.first; ++it) {
                    auto j = size_t(it->second);
                    if (taken[j] || std::abs(at[j].x - p.x) >= d || std::abs(at[j].y - p.y) >= d)
                        continue;
                    taken[j] = 1;
                    g.keys.push_back(int(j));
                    g.weight += markers[j].weight;
                }
            }
        std::sort(g.keys.begin(), g.keys.end(), heavier);
        for (int& k : g.keys) k = markers[size_t(k)].key;  // input index to caller's key
        out.push_back(std::move(g));
    }
    std::stable_sort(out.begin(), out.end(), [](const MarkerGroup& a, const MarkerGroup& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.keys.front() < b.keys.front();
    });
    return out;
}

std::optional<double> zoomToSplit(std::span<const MarkerInput> members, double fromZoom,
                                  double pxPerWorldUnitAtFrom, double maxZoom,
                                  double minDistancePx) {
    constexpr double kStep = 0.25;
    if (members.size() < 2) return std::nullopt;
    for (double z = fromZoom + kStep; z <= maxZoom + 1e-9; z += kStep) {
        double scale = pxPerWorldUnitAtFrom * std::pow(2.0, z - fromZoom);
        if (clusterMarkers(members, scale, minDistancePx).size() > 1)
            return std::min(z + kStep, std::max(z, maxZoom));
    }
    return std::nullopt;
}

std::vector<Vec2f> fanOutPositions(Vec2f center, std::size_t count, float minDistancePx) {
    if (count == 0) return {};
    if (count == 1) return {center};
    // Neighbours a chord of d*sqrt(2) apart are at least d apart on one axis: no overlap.
    double half = std::numbers::pi / double(count);
    double r =
        std::max(double(minDistancePx), minDistancePx * std::numbers::sqrt2 / (2 * std::sin(half)));
    std::vector<Vec2f> out;
    for (std::size_t i = 0; i < count; ++i) {
        double a = -std::numbers::pi / 2 + 2 * half * double(i);
        out.push_back({float(center.x + r * std::cos(a)), float(center.y + r * std::sin(a))});
    }
    return out;
}

}  // namespace kiosk::map
