#pragma once
// Marker clustering by screen distance: places whose finger-sized markers would overlap at the
// map's scale merge into one cluster marker, so no marker hides another (issue 14). Positions
// are in world units (map_view.h), so a pan never changes the clusters; only the scale (zoom,
// the map's width) and the set of places do, and MarkerClusters recomputes only then.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kiosk/map/map_view.h"

namespace kiosk::map {

// One place to show. key: the caller's index (a place); weight: its events, the count shown.
struct MarkerInput {
    WorldPoint at;
    int key = 0;
    int weight = 1;
};

// One marker on the map: a single place (keys.size() == 1) or a cluster.
struct MarkerGroup {
    WorldPoint at;          // its heaviest place, kept inside the world (see below)
    std::vector<int> keys;  // heaviest first, then by key
    int weight = 0;         // the sum of its places' weights
    bool cluster() const { return keys.size() > 1; }
};

// Groups markers so that no two groups' squares of side minDistancePx (a finger's 9 mm,
// layout.minTargetPx) overlap at pxPerWorldUnit (MapView::pixelsPerWorldUnit()): heaviest
// first, each place not yet in a group starts one at its own position and takes the places
// whose squares overlap its own. A place beyond Mercator's limit (world y 0 or 1) sits half a
// square inside the edge, so its whole marker shows. Deterministic: the same input gives the
// same groups in the same order (heaviest first). Cost: O(n log n), one pass over a grid;
// see tests/bench/bench_map_clusters.
std::vector<MarkerGroup> clusterMarkers(std::span<const MarkerInput> markers, double pxPerWorldUnit,
                                        double minDistancePx);

// The least zoom above fromZoom (in 0.25 steps, at most maxZoom) at which `members` no longer
// form one group, plus a quarter step so the split holds with neighbours around; nullopt when
// they stay together up to maxZoom (identical or nearly identical places: fan them out).
// pxPerWorldUnitAtFrom: the map's scale at fromZoom; each zoom step of 1 doubles it.
std::optional<double> zoomToSplit(std::span<const MarkerInput> members, double fromZoom,
                                  double pxPerWorldUnitAtFrom, double maxZoom,
                                  double minDistancePx);

// Where `count` fanned-out markers go around their point (screen pixels, first at the top,
// clockwise): on a circle wide enough that no two squares of side minDistancePx overlap.
std::vector<Vec2f> fanOutPositions(Vec2f center, std::size_t count, float minDistancePx);

// The clusters of the last request, recomputed only when its key changes: the map's scale,
// the target size, the content and which places are shown (filter, fan-out). A frame that
// only pans, or nothing, reuses them.
class MarkerClusters {
  public:
    struct Key {
        double pxPerWorldUnit = 0;
        double minDistancePx = 0;
        const void* content = nullptr;  // the library the keys index
        std::string shown;              // the caller's summary of the filter and fan-out
        bool operator==(const Key&) const = default;
    };
    // Returns the groups for key, calling fill(inputs) to list the markers only when the
    // content or the places shown changed (a zoom reclusters the same markers).
    template <class Fill>
    const std::vector<MarkerGroup>& groups(const Key& key, Fill&& fill) {
        if (!valid_ || !(key == key_)) {
            if (!valid_ || key.content != key_.content || key.shown != key_.shown) {
                inputs_.clear();
                fill(inputs_);
            }
            groups_ = clusterMarkers(inputs_, key.pxPerWorldUnit, key.minDistancePx);
            key_ = key;
            valid_ = true;
            ++builds_;
        }
        return groups_;
    }
    const std::vector<MarkerGroup>& last() const { return groups_; }
    const std::vector<MarkerInput>& inputs() const { return inputs_; }
    // How many times the clusters were computed: tests check a pan does not recompute.
    std::uint64_t builds() const { return builds_; }
    void invalidate() { valid_ = false; }

  private:
    Key key_;
    bool valid_ = false;
    std::vector<MarkerInput> inputs_;
    std::vector<MarkerGroup> groups_;
    std::uint64_t builds_ = 0;
};

}  // namespace kiosk::map
