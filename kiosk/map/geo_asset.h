#pragma once
// The map's geography: Natural Earth countries, pre-projected to Web Mercator unit-square
// coordinates and pre-triangulated offline by tools/geo, so the exhibit never triangulates.
// Loading validates every count, range and coordinate: a corrupt file gives an error naming
// the file, the byte and what was expected, never a crash or a huge allocation.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/map/map_view.h"

namespace kiosk::map {

// A world point as stored and uploaded: float32 is ~2.4 m at the equator, below a pixel at
// zoom 11.
struct WorldVertex {
    float x = 0, y = 0;
};

struct WorldBox {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool contains(WorldPoint p) const {
        return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
    }
    bool overlaps(const WorldBox& o) const {
        return minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY;
    }
};

struct IndexRange {
    std::uint32_t first = 0, count = 0;
    std::uint64_t end() const { return std::uint64_t(first) + count; }
};

// A coastline or border as a line strip of consecutive vertices. Edges along the map's border
// (antimeridian cuts, Mercator's polar limit) are left out, so some strips are open.
struct OutlineStrip {
    std::uint32_t firstVertex = 0, vertexCount = 0;
    bool closed = false;
};

// One polygon of a country (mainland, an island, a piece cut at the antimeridian): the unit of
// culling, so Russia's Chukotka at the map's far left does not keep all of Russia drawn.
struct CountryPart {
    WorldBox bounds;
    IndexRange triangles, strips;
};

struct Country {
    std::string iso;     // ISO 3166-1 alpha-3; user-assigned X.. codes for Kosovo (XKX) and co.
    std::string name;    // Natural Earth's short English name, e.g. "Palestine"
    WorldVertex anchor;  // label point: pole of inaccessibility of the main landmass
    WorldBox bounds;
    IndexRange vertices, triangles, strips, parts;  // into GeoAsset's arrays
};

struct GeoAsset {
    std::vector<WorldVertex> vertices;
    std::vector<std::uint32_t> indices;  // three per triangle, into vertices
    std::vector<OutlineStrip> outlines;
    std::vector<CountryPart> parts;
    std::vector<Country> countries;  // sorted by iso
    std::size_t triangleCount() const { return indices.size() / 3; }
};

struct GeoAssetResult {
    std::optional<GeoAsset> asset;
    std::string error;  // "assets/world.geo: byte 12: expected ..." when asset is empty
    bool ok() const { return asset.has_value(); }
};

GeoAssetResult loadGeoAsset(const std::filesystem::path& path);
// The same checks on bytes in memory; sourceName starts every error message.
GeoAssetResult parseGeoAsset(std::span<const std::uint8_t> bytes, std::string_view sourceName);
// The inverse of parseGeoAsset, for tests and benchmarks (the real asset comes from tools/geo).
std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset);
// zlib's CRC-32, the asset's payload checksum.
std::uint32_t crc32(std::span<const std::uint8_t> bytes);

const Country* findCountry(const GeoAsset& asset, std::string_view iso);
// The country whose fill covers the point, or null over sea: bounds first, then triangles.
const Country* countryAt(const GeoAsset& asset, WorldPoint p);

}  // namespace kiosk::map
