#pragma once
// The map's camera: Web Mercator, a centre and a zoom, panned and pinched by gestures and
// flown to selections. Zoom 1 fits the world's width in the map's rectangle; +1 doubles.
#include <optional>
#include <span>

#include "kiosk/core/clock.h"
#include "kiosk/core/geometry.h"

namespace kiosk::map {

struct GeoPoint {
    double lat = 0, lon = 0;
};

// Web Mercator to the unit square: x east 0..1, y south 0..1.
struct WorldPoint {
    double x = 0, y = 0;
};
WorldPoint toWorld(GeoPoint g);
GeoPoint toGeo(WorldPoint w);

// The view's world-to-screen mapping at one moment, to project many points with one scale.
struct Projection {
    double scale = 1;  // pixels per world unit
    Vec2f screenCenter;
    WorldPoint worldCenter;
    Vec2f operator()(WorldPoint w) const {
        return {float(screenCenter.x + (w.x - worldCenter.x) * scale),
                float(screenCenter.y + (w.y - worldCenter.y) * scale)};
    }
};

class MapView {
  public:
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 11.0;  // city level

    void setViewport(Rectf rect);
    // The width that zoom 1 fills with the world. Kept steady while a card slides in and
    // narrows the viewport, so the map does not zoom by itself; 0 means the viewport width.
    void setScaleReference(float widthPx);
    const Rectf& viewport() const { return viewport_; }
    void setView(GeoPoint center, double zoom);
    GeoPoint center() const { return toGeo(center_); }
    WorldPoint centerWorld() const { return center_; }  // exact, for caches' keys
    double zoom() const { return zoom_; }

    Vec2f project(GeoPoint g) const;
    Vec2f projectWorld(WorldPoint w) const { return projection()(w); }  // world to pixels
    Projection projection() const { return {pixelsPerWorldUnit(), viewport_.center(), center_}; }
    GeoPoint unproject(Vec2f screen) const;
    double pixelsPerWorldUnit() const;

    void panBy(Vec2f deltaPx);
    void zoomAbout(Vec2f screen, double factor);

    // Eased camera flight; gestures cancel it.
    void flyTo(GeoPoint center, double zoom, Millis now, Millis durationMs = 1200);
    // Flies so that every point is in view with a margin, at most to maxZoom, in the
    // viewport the map will have when the flight ends (a card may be sliding in).
    // focus: the part of that viewport left uncovered (by a caption), where the points go.
    void flyToFit(std::span<const GeoPoint> points, Millis now, double maxZoom = 6.0,
                  std::optional<Rectf> finalViewport = std::nullopt,
                  std::optional<Rectf> focus = std::nullopt);
    void cancelFlight() { flight_.reset(); }
    // Advances a flight; returns true while one is in progress.
    bool update(Millis now);
    bool flying() const { return flight_.has_value(); }

  private:
    void clamp();
    struct Flight {
        WorldPoint from, to;
        double fromZoom, toZoom;
        Millis start, duration;
    };
    Rectf viewport_{0, 0, 800, 480};
    float scaleReference_ = 0;
    WorldPoint center_{0.5, 0.5};
    double zoom_ = 1;
    std::optional<Flight> flight_;
};

}  // namespace kiosk::map
