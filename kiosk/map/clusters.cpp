#include "kiosk/map/clusters.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace kiosk::map {
namespace {

struct Group {
    double sumX = 0, sumY = 0, x = 0, y = 0;
    int weight = 0;
    std::vector<int> members;  // indices into the input
    void absorb(Group& o) {
        sumX += o.sumX;
        sumY += o.sumY;
        weight += o.weight;
        members.insert(members.end(), o.members.begin(), o.members.end());
        x = sumX / double(members.size());
        y = sumY / double(members.size());
    }
};

std::uint64_t cellKey(std::int64_t cx, std::int64_t cy) {
    return (std::uint64_t(std::uint32_t(cx)) << 32) | std::uint32_t(cy);
}

// One round: each moved group absorbs the groups overlapping it, found through a grid of
// squares the size of the minimum distance (so only the 3x3 cells around it can overlap).
// moved: the groups that changed in the last round (all, at first); a pair of groups that
// did not move was already found apart, so only moved ones need looking around. Returns
// whether anything merged; a round without merges saw every close pair.
bool mergeRound(std::vector<Group>& groups, std::vector<char>& moved, double d) {
    std::vector<std::pair<std::uint64_t, int>> cells(groups.size());
    auto cellOf = [d](double v) { return std::int64_t(std::floor(v / d)); };
    for (size_t i = 0; i < groups.size(); ++i)
        cells[i] = {cellKey(cellOf(groups[i].x), cellOf(groups[i].y)), int(i)};
    std::sort(cells.begin(), cells.end());
    std::vector<char> alive(groups.size(), 1), movedNow(groups.size(), 0);
    bool merged = false;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (!alive[i] || !moved[i]) continue;
        std::int64_t cx = cellOf(groups[i].x), cy = cellOf(groups[i].y);
        for (std::int64_t dx = -1; dx <= 1; ++dx)
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                std::pair<std::uint64_t, int> lo{cellKey(cx + dx, cy + dy), -1};
                for (auto it = std::lower_bound(cells.begin(), cells.end(), lo);
                     it != cells.end() && it->first == lo.first; ++it) {
                    auto j = size_t(it->second);
                    if (j == i || !alive[j]) continue;
                    if (std::abs(groups[i].x - groups[j].x) >= d ||
                        std::abs(groups[i].y - groups[j].y) >= d)
                        continue;
                    groups[i].absorb(groups[j]);
                    alive[j] = 0;
                    movedNow[i] = 1;
                    merged = true;
                }
            }
    }
    size_t out = 0;
    for (size_t i = 0; i < groups.size(); ++i)
        if (alive[i]) {
            if (out != i) groups[out] = std::move(groups[i]);  // never a self-move
            movedNow[out] = movedNow[i];
            ++out;
        }
    groups.resize(out);
    movedNow.resize(out);
    moved = std::move(movedNow);
    return merged;
}

}  // namespace

std::vector<MarkerGroup> clusterMarkers(std::span<const MarkerInput> markers, double pxPerWorldUnit,
                                        double minDistancePx) {
    if (markers.empty()) return {};
    double d = minDistancePx / std::max(pxPerWorldUnit, 1e-9);  // in world units
    double edge = std::min(d / 2, 0.5);
    // Heaviest first, so the groups that absorb are the places with most behind them.
    std::vector<int> order(markers.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    auto heavier = [&](int a, int b) {
        const auto &ma = markers[size_t(a)], &mb = markers[size_t(b)];
        return ma.weight != mb.weight ? ma.weight > mb.weight : ma.key < mb.key;
    };
    std::sort(order.begin(), order.end(), heavier);
    std::vector<Group> groups(markers.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const MarkerInput& m = markers[size_t(order[i])];
        Group& g = groups[i];
        g.x = g.sumX = std::clamp(m.at.x, edge, 1 - edge);
        g.y = g.sumY = std::clamp(m.at.y, edge, 1 - edge);
        g.weight = m.weight;
        g.members = {order[i]};
    }
    std::vector<char> moved(groups.size(), 1);
    if (d > 0)
        while (mergeRound(groups, moved, d)) {
        }
    std::vector<MarkerGroup> out;
    out.reserve(groups.size());
    for (auto& g : groups) {
        std::sort(g.members.begin(), g.members.end(), heavier);
        MarkerGroup m{{g.x, g.y}, {}, g.weight};
        m.keys.reserve(g.members.size());
        for (int i : g.members) m.keys.push_back(markers[size_t(i)].key);
        out.push_back(std::move(m));
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
