#pragma once
// How far a flight may zoom in and still show where it is (issue 14: a fly-to Moscow at zoom
// 4.5 showed one flat field; Jerusalem at zoom 11 a grey one).
#include <optional>

#include "kiosk/core/geometry.h"
#include "kiosk/map/geo_asset.h"

namespace kiosk::map {

// The finest ground scale the map's data supports: Natural Earth 1:10m in the Levant
// (tools/geo/README.md), enlarged ten times, is 1 km of ground per mm of screen.
inline constexpr double kDetailKmPerMm = 1.0;

// The zoom at which one mm of screen shows kmPerMm km of ground at latitude lat (degrees).
// pxPerMm: the panel's density; pxPerWorldUnitAtZoom1: the map's scale at zoom 1 (pixels
// per world width, MapView::pixelsPerWorldUnit() / 2^(zoom - 1)).
double zoomForGroundScale(double kmPerMm, double lat, double pxPerMm, double pxPerWorldUnitAtZoom1);

// The greatest zoom at which the coast or border nearest to p (any outline of the asset)
// lies about a third of the way from the centre of `focus` (pixels) to its edge, so a single
// place is seen with the edge of its country and some of the neighbour or sea beyond. nullopt: no outlines.
// Cost: one pass over the outline vertices (about 10^5), once per flight.
std::optional<double> contextZoom(const GeoAsset& asset, WorldPoint p, Rectf focus,
                                  double pxPerWorldUnitAtZoom1);

}  // namespace kiosk::map
