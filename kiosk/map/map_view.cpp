#include "kiosk/map/map_view.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::map {
namespace {
constexpr double kMaxLat = 85.05112878;  // where Web Mercator becomes a square
}

WorldPoint toWorld(GeoPoint g) {
    double lat = std::clamp(g.lat, -kMaxLat, kMaxLat) * std::numbers::pi / 180;
    double y = 0.5 - std::log(std::tan(std::numbers::pi / 4 + lat / 2)) / (2 * std::numbers::pi);
    return {(g.lon + 180.0) / 360.0, y};
}

GeoPoint toGeo(WorldPoint w) {
    double lat = std::atan(std::sinh((0.5 - w.y) * 2 * std::numbers::pi)) * 180 / std::numbers::pi;
    return {lat, w.x * 360.0 - 180.0};
}

void MapView::setViewport(Rectf rect) {
    viewport_ = rect;
    clamp();
}

void MapView::setView(GeoPoint center, double zoom) {
    center_ = toWorld(center);
    zoom_ = zoom;
    flight_.reset();
    clamp();
}

void MapView::setScaleReference(float widthPx) {
    scaleReference_ = widthPx;
    clamp();
}

double MapView::pixelsPerWorldUnit() const {
    float ref = scaleReference_ > 0 ? scaleReference_ : viewport_.w;
    return std::max(1.0f, ref) * std::pow(2.0, zoom_ - 1);
}

Vec2f MapView::project(GeoPoint g) const {
    return projectWorld(toWorld(g));
}

GeoPoint MapView::unproject(Vec2f p) const {
    double s = pixelsPerWorldUnit();
    Vec2f c = viewport_.center();
    return toGeo({center_.x + (p.x - c.x) / s, center_.y + (p.y - c.y) / s});
}

void MapView::panBy(Vec2f d) {
    double s = pixelsPerWorldUnit();
    center_.x -= d.x / s;
    center_.y -= d.y / s;
    clamp();
}

void MapView::zoomAbout(Vec2f p, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    Vec2f c = viewport_.center();
    double s = pixelsPerWorldUnit();
    WorldPoint anchor{center_.x + (p.x - c.x) / s, center_.y + (p.y - c.y) / s};
    zoom_ = std::clamp(zoom_ + std::log2(factor), kMinZoom, kMaxZoom);
    double s2 = pixelsPerWorldUnit();
    center_ = {anchor.x - (p.x - c.x) / s2, anchor.y - (p.y - c.y) / s2};
    clamp();
}

// Keep the world on screen: the centre may not leave the world, and where the world is
// smaller than the viewport it stays centred.
void MapView::clamp() {
    zoom_ = std::clamp(zoom_, kMinZoom, kMaxZoom);
    double s = pixelsPerWorldUnit();
    double halfW = viewport_.w / 2 / s, halfH = viewport_.h / 2 / s;
    auto clampAxis = [](double v, double half) {
        return half >= 0.5 ? 0.5 : std::clamp(v, half, 1.0 - half);
    };
    center_.x = clampAxis(center_.x, halfW);
    center_.y = clampAxis(center_.y, halfH);
}

void MapView::flyTo(GeoPoint center, double zoom, Millis now, Millis durationMs) {
    flight_ = Flight{center_, toWorld(center),
                     zoom_,   std::clamp(zoom, kMinZoom, kMaxZoom),
                     now,     std::max<Millis>(1, durationMs)};
}

void MapView::flyToFit(std::span<const GeoPoint> points, Millis now, double maxZoom,
                       std::optional<Rectf> finalViewport, std::optional<Rectf> focus) {
    Rectf full = finalViewport.value_or(viewport_);
    Rectf vp = focus.value_or(full);
    float ref = scaleReference_ > 0 ? scaleReference_ : vp.w;
    if (points.empty()) return;
    WorldPoint lo{1, 1}, hi{0, 0};
    for (auto g : points) {
        WorldPoint w = toWorld(g);
        lo = {std::min(lo.x, w.x), std::min(lo.y, w.y)};
        hi = {std::max(hi.x, w.x), std::max(hi.y, w.y)};
    }
    // Leave a margin so markers and their labels are not at the very edge.
    double spanX = std::max(hi.x - lo.x, 1e-6) / 0.6, spanY = std::max(hi.y - lo.y, 1e-6) / 0.6;
    double zoomX = 1 + std::log2(vp.w / std::max(1.0f, ref) / spanX);
    double zoomY = 1 + std::log2(vp.h / std::max(1.0f, ref) / spanY);
    double zoom = std::min({zoomX, zoomY, maxZoom});
    // The points' centre goes to the focus's centre, so shift the camera by the difference.
    double scale = std::max(1.0f, ref) * std::pow(2.0, zoom - 1);
    Vec2f shift{vp.center().x - full.center().x, vp.center().y - full.center().y};
    WorldPoint target{(lo.x + hi.x) / 2 - shift.x / scale, (lo.y + hi.y) / 2 - shift.y / scale};
    flyTo(toGeo(target), zoom, now);
}

bool MapView::update(Millis now) {
    if (!flight_) return false;
    double t = double(now - flight_->start) / double(flight_->duration);
    double e = easeInOutCubic(t);
    center_ = {flight_->from.x + (flight_->to.x - flight_->from.x) * e,
               flight_->from.y + (flight_->to.y - flight_->from.y) * e};
    zoom_ = flight_->fromZoom + (flight_->toZoom - flight_->fromZoom) * e;
    clamp();
    if (t >= 1) flight_.reset();
    return flight_.has_value();
}

}  // namespace kiosk::map
