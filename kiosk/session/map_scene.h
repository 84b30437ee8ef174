#pragma once
// What the map shows besides its countries: the place markers in view (clusters of
// map/clusters.h, an open fan-out), and which labels win a spot (map/labels.h), with their
// screen rectangles. Kept while the view holds still (issue 17): rebuilt only when the
// camera, the viewport, the selection, the filter, the fan-out, the language, the sizes or
// the content change, so a frame at rest costs the same with 36 events or 10,000.
// Pure model: text is measured by a function the UI passes in.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/geometry.h"
#include "kiosk/map/map_view.h"

namespace kiosk::session {

class Exhibit;

// One marker as drawn: a place, a cluster of places, or a place of an open fan-out.
struct SceneMarker {
    Vec2f at;        // screen pixels
    int events = 0;  // the count drawn on it (events passing the filter)
    bool selected = false;
    bool fanned = false;
    bool cluster = false;
    std::string target;  // "place:<id>" or "mapcluster:<id>,<id>,..."
    std::string count;   // events as text ("" for none)
    Vec2f countSize;     // count measured in the markers' count type
};

// One label that won its spot, in drawing order: a place's or cluster's name beside its
// marker, or a story state's name at its label anchor (country: quieter, no backing).
struct SceneLabel {
    Rectf rect;  // the measured text's box, inside the map's viewport
    std::string text, language;
    bool country = false;
    bool selected = false;  // a selected place: drawn in the accent colour
};

// Sizes the scene depends on, in pixels, from the UI's layout and fonts.
struct MapSceneSizes {
    float radius = 0;    // a single place's dot; clusters are 1.2x, their labels 1.5x off
    float targetPx = 0;  // layout.minTargetPx: marker squares, fan-out spacing
    float labelPx = 0;   // the labels' type size (measure's `count` false)
    float countPx = 0;   // the counts' type size (measure's `count` true)
    // Boxes a marker may not touch (attract's caption and prompt): it is left out whole.
    std::vector<Rectf> avoid;
    bool operator==(const MapSceneSizes& o) const;
};

// Measures one line of text in the visitor's direction: count true is the markers' counts'
// type, false the labels'. Returns its width and height in pixels.
using MeasureText =
    std::function<Vec2f(std::string_view text, std::string_view language, bool count)>;

class MapScene {
  public:
    // The markers and labels for the exhibit's map as it is now; rebuilt (calling measure)
    // only when something they depend on changed since the last call. No content: empty.
    void update(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& measure);

    const std::vector<SceneMarker>& markers() const { return markers_; }
    const std::vector<SceneLabel>& labels() const { return labels_; }
    // How many times the scene was built: tests check that a still frame reuses it.
    std::uint64_t builds() const { return builds_; }
    // Changes whenever the scene is rebuilt, and is never the same for two
    // scenes (a process-wide counter, never 0): a cache of what was drawn from this scene
    // (ui/marker_mesh.h) is still good while it stays the same.
    std::uint64_t generation() const { return generation_; }
    // The content or the geography changed (Exhibit calls this): rebuilt on the next update.
    void invalidate();

  private:
    // Everything a build reads, compared each frame (a few compares, no allocation).
    struct Key {
        const void* library = nullptr;
        const void* geography = nullptr;
        Rectf viewport;
        double zoom = 0, pxPerWorldUnit = 0;
        map::WorldPoint center;  // with the viewport and the scale, fixes the projection
        std::string event, actor, place, filter, language;
        std::vector<std::string> fanOut;
        bool rtl = false;
        MapSceneSizes sizes;
        bool operator==(const Key&) const = default;
    };
    // A story state with a country in the geography: found once per content.
    struct StateAnchor {
        std::size_t actor = 0;
        map::GeoPoint at;  // its country's label anchor
    };
    bool matches(const Exhibit& exhibit, const MapSceneSizes& sizes) const;
    void build(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& measure);
    void buildMarkers(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& m);
    void buildLabels(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& m);
    void findAnchors(Exhibit& exhibit);

    bool valid_ = false;
    Key key_;
    std::vector<SceneMarker> markers_;
    std::vector<std::vector<std::size_t>> markerPlaces_;  // by marker: place indices
    std::vector<SceneLabel> labels_;
    std::vector<StateAnchor> anchors_;
    bool anchorsValid_ = false;
    std::uint64_t builds_ = 0;
    std::uint64_t generation_ = 0;
};

}  // namespace kiosk::session
