#pragma once
// Byte layout of assets/world.geo, written by tools/geo (lib/encode.mjs) and read by
// geo_asset.cpp. Little-endian throughout; tools/geo/README.md has the full description.
//
//   header   52 bytes: magic "MMGEOBIN", then u32 fields at the offsets below
//   payload  countries (68 B each), parts (32 B), vertices (f32 x, y), triangles (3 x u32),
//            outline strips (u32 first, u32 count, u32 flags), names (UTF-8, unterminated)
//
// The CRC-32 (zlib's) covers the whole payload, so any flipped byte is caught before parsing.
#include <cstddef>
#include <cstdint>

namespace kiosk::map::geo_format {

inline constexpr char kMagic[8] = {'M', 'M', 'G', 'E', 'O', 'B', 'I', 'N'};
inline constexpr std::uint32_t kVersion = 1;

// Header field offsets.
inline constexpr std::size_t kVersionAt = 8;
inline constexpr std::size_t kHeaderBytesAt = 12;
inline constexpr std::size_t kCountryCountAt = 16;
inline constexpr std::size_t kPartCountAt = 20;
inline constexpr std::size_t kVertexCountAt = 24;
inline constexpr std::size_t kTriangleCountAt = 28;
inline constexpr std::size_t kStripCountAt = 32;
inline constexpr std::size_t kNameBytesAt = 36;
inline constexpr std::size_t kPayloadBytesAt = 40;
inline constexpr std::size_t kChecksumAt = 44;
inline constexpr std::size_t kReservedAt = 48;
inline constexpr std::size_t kHeaderBytes = 52;

// Record sizes.
inline constexpr std::size_t kCountryBytes = 68;
inline constexpr std::size_t kPartBytes = 32;
inline constexpr std::size_t kVertexBytes = 8;
inline constexpr std::size_t kTriangleBytes = 12;
inline constexpr std::size_t kStripBytes = 12;

// Country record: iso[4] (3 letters, NUL), u32 nameOffset, u32 nameLength, f32 anchor x, y,
// f32 bounds minX, minY, maxX, maxY, then u32 first/count pairs for vertices, triangles,
// strips and parts.
inline constexpr std::size_t kCountryNameAt = 4;
inline constexpr std::size_t kCountryAnchorAt = 12;
inline constexpr std::size_t kCountryBoundsAt = 20;
inline constexpr std::size_t kCountryRangesAt = 36;
// Part record: f32 bounds minX, minY, maxX, maxY, then u32 first/count for triangles, strips.
inline constexpr std::size_t kPartRangesAt = 16;
inline constexpr std::uint32_t kStripClosed = 1;  // strip flags bit 0: last vertex joins first

// Limits that keep a hostile header from making the loader allocate gigabytes.
inline constexpr std::uint32_t kMaxCountries = 10'000;
inline constexpr std::uint32_t kMaxParts = 1'000'000;
inline constexpr std::uint32_t kMaxVertices = 5'000'000;
inline constexpr std::uint32_t kMaxTriangles = 10'000'000;
inline constexpr std::uint32_t kMaxStrips = 1'000'000;
inline constexpr std::uint32_t kMaxNameBytes = 1'000'000;
inline constexpr std::uint64_t kMaxFileBytes = 256ull << 20;

}  // namespace kiosk::map::geo_format
