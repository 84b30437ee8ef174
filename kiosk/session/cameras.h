#pragma once
// The map's and the timeline's cameras: where they look, their flights, and what a pan,
// pinch, double tap or wheel does to them. Taps are the touch router's; the cameras only
// move. Pure model, as the rest of the session.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/input/gestures.h"
#include "kiosk/map/clusters.h"
#include "kiosk/map/map_view.h"
#include "kiosk/session/session_context.h"
#include "kiosk/timeline/time_view.h"

namespace kiosk::session {

class Cameras {
  public:
    explicit Cameras(SessionContext& ctx) : ctx_(ctx) {}

    // Zoom 1 fills the map's width with the card closed (pixels of the screen's layout).
    void setScreen(int width, int height, float pixelsPerMm);
    // The timeline may scroll over the content's days with a margin (settings and events).
    void setBounds(const content::Library& library);
    // The content's home view on both cameras.
    void home(const content::Settings& settings);
    // Lays the screen out for a card open by `cardAmount` (0..1) and moves the viewports.
    void relayout(float cardAmount);

    // Fits every place the selection involves on the map, and its days on the timeline.
    // withCard false: attract's layout, with the selection between prompt and caption.
    void flyToSelection(const Selection& selection, bool withCard);
    // A timeline cluster id ("cluster:<first>-<last>"): zoom until its events stand apart.
    void zoomToCluster(const std::string& id);

    // A map cluster's id ("mapcluster:<place id>,<place id>,..."): flies to the zoom at which
    // its places stand apart, at most to the map's detail limit (map/context_zoom.h); where
    // none does (identical or nearly identical places), fans them out around their point.
    void openMapCluster(const std::string& id);
    // The places fanned out, each tappable ("place:<id>"); empty when closed. A pan, pinch,
    // zoom, a tap elsewhere on the map or going home closes it.
    const std::vector<std::string>& fanOut() const { return fanOut_; }
    void closeFanOut() { fanOut_.clear(); }
    // The map's marker clusters, kept until the scale or the places shown change.
    map::MarkerClusters& markerClusters() { return clusters_; }
    const map::MarkerClusters& markerClusters() const { return clusters_; }

    // Pan, pinch and double tap; returns false for a gesture the cameras do not take (tap).
    bool applyMapGesture(const input::Gesture& g);
    bool applyTimelineGesture(const input::Gesture& g);
    // A mouse wheel or trackpad: `steps` notches, positive zooms in, about `at` (pixels).
    void wheel(Vec2f at, float steps);

    void update(Millis now);
    bool flying() const { return map_.flying() || time_.flying(); }

    map::MapView& map() { return map_; }
    const map::MapView& map() const { return map_; }
    timeline::TimeView& time() { return time_; }
    const timeline::TimeView& time() const { return time_; }

  private:
    SessionContext& ctx_;
    map::MapView map_;
    timeline::TimeView time_;
    map::MarkerClusters clusters_;
    std::vector<std::string> fanOut_;
};

}  // namespace kiosk::session
