// Lookups on the loaded geography, and the encoder that tests and benchmarks use to make
// assets (the shipped one is written by tools/geo/lib/encode.mjs in the same layout).
#include "kiosk/map/geo_asset.h"

#include <array>
#include <cstring>

#include "kiosk/map/geo_asset_format.h"

namespace kiosk::map {
namespace {
using namespace geo_format;

// Slicing by 8 (eight tables, eight bytes a step): a quarter of the byte-wise loop's
// instructions on the start-up path. Table k is the CRC of a byte followed by k zero bytes.
using CrcTables = std::array<std::array<std::uint32_t, 256>, 8>;
constexpr CrcTables makeCrcTables() {
    CrcTables t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][n] = c;
    }
    for (std::uint32_t n = 0; n < 256; ++n)
        for (std::size_t k = 1; k < 8; ++k) t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xFF];
    return t;
}
constexpr CrcTables kCrc = makeCrcTables();

// Inclusive on edges: a tap exactly on a shared border picks the first country, not none.
bool inTriangle(WorldPoint p, WorldVertex a, WorldVertex b, WorldVertex c) {
    auto side = [&](WorldVertex u, WorldVertex v) {
        return (double(v.x) - u.x) * (p.y - u.y) - (double(v.y) - u.y) * (p.x - u.x);
    };
    const double d1 = side(a, b), d2 = side(b, c), d3 = side(c, a);
    const bool anyNegative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool anyPositive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(anyNegative && anyPositive);
}

bool partCovers(const GeoAsset& asset, const CountryPart& part, WorldPoint p) {
    if (!part.bounds.contains(p)) return false;
    const std::size_t first = std::size_t(part.triangles.first) * 3;
    const std::size_t end = first + std::size_t(part.triangles.count) * 3;
    for (std::size_t i = first; i < end; i += 3) {
        const auto& v = asset.vertices;
        const auto& ix = asset.indices;
        if (inTriangle(p, v[ix[i]], v[ix[i + 1]], v[ix[i + 2]])) return true;
    }
    return false;
}

class Writer {
  public:
    explicit Writer(std::size_t size) : bytes_(size) {}
    void u32(std::size_t at, std::uint32_t v) {
        for (int k = 0; k < 4; ++k) bytes_[at + k] = std::uint8_t(v >> (8 * k));
    }
    void f32(std::size_t at, float f) {
        std::uint32_t bits;
        std::memcpy(&bits, &f, sizeof bits);
        u32(at, bits);
    }
    void range(std::size_t at, IndexRange r) {
        u32(at, r.first);
        u32(at + 4, r.count);
    }
    void box(std::size_t at, const WorldBox& b) {
        f32(at, b.minX);
        f32(at + 4, b.minY);
        f32(at + 8, b.maxX);
        f32(at + 12, b.maxY);
    }
    void text(std::size_t at, std::string_view s) { std::memcpy(&bytes_[at], s.data(), s.size()); }
    std::vector<std::uint8_t>& bytes() { return bytes_; }

  private:
    std::vector<std::uint8_t> bytes_;
};

std::size_t totalNameBytes(const GeoAsset& asset) {
    std::size_t n = 0;
    for (const Country& c : asset.countries) n += c.name.size();
    return n;
}

void writeCountries(Writer& w, const GeoAsset& asset, std::size_t at, std::size_t namesAt) {
    std::uint32_t nameOffset = 0;
    for (const Country& c : asset.countries) {
        w.text(at, c.iso.substr(0, 3));
        w.range(at + kCountryNameAt, {nameOffset, std::uint32_t(c.name.size())});
        w.f32(at + kCountryAnchorAt, c.anchor.x);
        w.f32(at + kCountryAnchorAt + 4, c.anchor.y);
        w.box(at + kCountryBoundsAt, c.bounds);
        w.range(at + kCountryRangesAt, c.vertices);
        w.range(at + kCountryRangesAt + 8, c.triangles);
        w.range(at + kCountryRangesAt + 16, c.strips);
        w.range(at + kCountryRangesAt + 24, c.parts);
        w.text(namesAt + nameOffset, c.name);
        nameOffset += std::uint32_t(c.name.size());
        at += kCountryBytes;
    }
}

void writeGeometry(Writer& w, const GeoAsset& asset, std::size_t at) {
    for (const CountryPart& p : asset.parts) {
        w.box(at, p.bounds);
        w.range(at + kPartRangesAt, p.triangles);
        w.range(at + kPartRangesAt + 8, p.strips);
        at += kPartBytes;
    }
    for (const WorldVertex& v : asset.vertices) {
        w.f32(at, v.x);
        w.f32(at + 4, v.y);
        at += kVertexBytes;
    }
    for (std::uint32_t index : asset.indices) {
        w.u32(at, index);
        at += 4;
    }
    for (const OutlineStrip& s : asset.outlines) {
        w.range(at, {s.firstVertex, s.vertexCount});
        w.u32(at + 8, s.closed ? kStripClosed : 0);
        at += kStripBytes;
    }
}

}  // namespace

std::uint32_t crc32(std::span<const std::uint8_t> bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    const std::uint8_t* p = bytes.data();
    std::size_t n = bytes.size();
    for (; n >= 8; n -= 8, p += 8) {
        std::uint32_t lo = c ^ (std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 |
                                std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24);
        c = kCrc[7][lo & 0xFF] ^ kCrc[6][(lo >> 8) & 0xFF] ^ kCrc[5][(lo >> 16) & 0xFF] ^
            kCrc[4][lo >> 24] ^ kCrc[3][p[4]] ^ kCrc[2][p[5]] ^ kCrc[1][p[6]] ^ kCrc[0][p[7]];
    }
    for (; n > 0; --n, ++p) c = kCrc[0][(c ^ *p) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

const Country* findCountry(const GeoAsset& asset, std::string_view iso) {
    for (const Country& c : asset.countries) {
        if (c.iso == iso) return &c;
    }
    return nullptr;
}

const Country* countryAt(const GeoAsset& asset, WorldPoint p) {
    for (const Country& c : asset.countries) {
        if (!c.bounds.contains(p)) continue;
        for (std::uint64_t i = c.parts.first; i < c.parts.end(); ++i) {
            if (partCovers(asset, asset.parts[i], p)) return &c;
        }
    }
    return nullptr;
}

std::vector<std::uint8_t> encodeGeoAsset(const GeoAsset& asset) {
    const std::size_t countriesAt = kHeaderBytes;
    const std::size_t partsAt = countriesAt + asset.countries.size() * kCountryBytes;
    const std::size_t namesAt = partsAt + asset.parts.size() * kPartBytes +
                                asset.vertices.size() * kVertexBytes + asset.indices.size() * 4 +
                                asset.outlines.size() * kStripBytes;
    const std::size_t end = namesAt + totalNameBytes(asset);
    Writer w(end);
    w.text(0, std::string_view(kMagic, sizeof kMagic));
    w.u32(kVersionAt, kVersion);
    w.u32(kHeaderBytesAt, kHeaderBytes);
    w.u32(kCountryCountAt, std::uint32_t(asset.countries.size()));
    w.u32(kPartCountAt, std::uint32_t(asset.parts.size()));
    w.u32(kVertexCountAt, std::uint32_t(asset.vertices.size()));
    w.u32(kTriangleCountAt, std::uint32_t(asset.triangleCount()));
    w.u32(kStripCountAt, std::uint32_t(asset.outlines.size()));
    w.u32(kNameBytesAt, std::uint32_t(totalNameBytes(asset)));
    w.u32(kPayloadBytesAt, std::uint32_t(end - kHeaderBytes));
    writeCountries(w, asset, countriesAt, namesAt);
    writeGeometry(w, asset, partsAt);
    w.u32(kChecksumAt, crc32(std::span(w.bytes()).subspan(kHeaderBytes)));
    return std::move(w.bytes());
}

}  // namespace kiosk::map
