#include "kiosk/map/context_zoom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::map {

double zoomForGroundScale(double kmPerMm, double lat, double pxPerMm,
                          double pxPerWorldUnitAtZoom1) {
    constexpr double kEquatorKm = 40075.017;
    double clamped = std::clamp(lat, -85.05112878, 85.05112878);
    double groundKmPerWorldUnit = kEquatorKm * std::cos(clamped * std::numbers::pi / 180);
    double pxPerWorldUnit = groundKmPerWorldUnit * pxPerMm / std::max(kmPerMm, 1e-9);
    return 1 + std::log2(pxPerWorldUnit / std::max(pxPerWorldUnitAtZoom1, 1e-9));
}

std::optional<double> contextZoom(const GeoAsset& asset, WorldPoint p, Rectf focus,
                                  double pxPerWorldUnitAtZoom1) {
    double halfW = std::max(1.0f, focus.w) / 2, halfH = std::max(1.0f, focus.h) / 2;
    // The nearest vertex by how far out it sits in the focus, in world units per half-side.
    double nearest = INFINITY;
    for (const auto& strip : asset.outlines) {
        auto end = std::min<std::size_t>(std::size_t(strip.firstVertex) + strip.vertexCount,
                                         asset.vertices.size());
        for (std::size_t i = strip.firstVertex; i < end; ++i) {
            const WorldVertex& v = asset.vertices[i];
            double m = std::max(std::abs(v.x - p.x) / halfW, std::abs(v.y - p.y) / halfH);
            nearest = std::min(nearest, m);
        }
    }
    if (!std::isfinite(nearest)) return std::nullopt;
    constexpr double kThirdOut = 0.35;  // leaves room for the neighbour beyond the line
    double pxPerWorldUnit = kThirdOut / std::max(nearest, 1e-12);
    return 1 + std::log2(pxPerWorldUnit / std::max(pxPerWorldUnitAtZoom1, 1e-9));
}

}  // namespace kiosk::map
