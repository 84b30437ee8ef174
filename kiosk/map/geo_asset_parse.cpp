// Reads assets/world.geo (layout in geo_asset_format.h). Order of checks: header, sizes against
// the file length (before any allocation), checksum, then every record, index and range, so
// nothing downstream needs to bounds-check.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "kiosk/map/geo_asset.h"
#include "kiosk/map/geo_asset_format.h"

namespace kiosk::map {
namespace {
using namespace geo_format;

std::string hex32(std::uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", v);
    return buf;
}

std::string printable(std::span<const std::uint8_t> bytes) {
    std::string out;
    for (std::uint8_t b : bytes) {
        if (b >= 0x20 && b < 0x7f) {
            out += char(b);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", b);
            out += buf;
        }
    }
    return out;
}

std::string rangeText(IndexRange r) {
    return "first " + std::to_string(r.first) + " count " + std::to_string(r.count);
}

struct Counts {
    std::uint32_t countries = 0, parts = 0, vertices = 0, triangles = 0, strips = 0, names = 0;
};

struct Sections {
    std::size_t countries = 0, parts = 0, vertices = 0, triangles = 0, strips = 0, names = 0,
                end = 0;
};

Sections layout(const Counts& n) {
    Sections s;
    s.countries = kHeaderBytes;
    s.parts = s.countries + std::size_t(n.countries) * kCountryBytes;
    s.vertices = s.parts + std::size_t(n.parts) * kPartBytes;
    s.triangles = s.vertices + std::size_t(n.vertices) * kVertexBytes;
    s.strips = s.triangles + std::size_t(n.triangles) * kTriangleBytes;
    s.names = s.strips + std::size_t(n.strips) * kStripBytes;
    s.end = s.names + n.names;
    return s;
}

class AssetParser {
  public:
    AssetParser(std::span<const std::uint8_t> bytes, std::string_view name)
        : bytes_(bytes), name_(name) {}

    GeoAssetResult run() {
        GeoAsset asset;
        bool ok = readHeader() && checkSizes() && checkChecksum() && readCountries(asset) &&
                  readParts(asset) && readVertices(asset) && readTriangles(asset) &&
                  readStrips(asset) && checkCountryOwnership(asset);
        if (!ok) return {std::nullopt, error_};
        return {std::move(asset), {}};
    }

  private:
    bool fail(std::size_t at, const std::string& expected) {
        error_ = name_ + ": byte " + std::to_string(at) + ": expected " + expected;
        return false;
    }

    std::uint32_t u32(std::size_t at) const {
        return std::uint32_t(bytes_[at]) | std::uint32_t(bytes_[at + 1]) << 8 |
               std::uint32_t(bytes_[at + 2]) << 16 | std::uint32_t(bytes_[at + 3]) << 24;
    }
    float f32(std::size_t at) const {
        std::uint32_t bits = u32(at);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    IndexRange range(std::size_t at) const { return {u32(at), u32(at + 4)}; }

    bool readHeader();
    bool readCount(std::size_t at, const char* what, std::uint32_t max, std::uint32_t& out);
    bool checkSizes();
    bool checkChecksum();
    bool readUnitCoordinate(std::size_t at, const std::string& what, float& out);
    bool readBounds(std::size_t at, WorldBox& out);
    bool checkRange(std::size_t at, IndexRange r, std::uint32_t total, const char* what);
    bool readCountry(std::size_t at, Country& c);
    bool readCountries(GeoAsset& asset);
    bool readParts(GeoAsset& asset);
    bool readVertices(GeoAsset& asset);
    bool readTriangles(GeoAsset& asset);
    bool readStrips(GeoAsset& asset);
    bool checkCountryOwnership(const GeoAsset& asset);
    bool checkOwnedTriangles(const GeoAsset& asset, const Country& c);
    bool checkOwnedStrips(const GeoAsset& asset, const Country& c);
    bool checkOwnedParts(const GeoAsset& asset, const Country& c);

    std::span<const std::uint8_t> bytes_;
    std::string name_;
    std::string error_;
    Counts n_;
    Sections at_;
};

bool AssetParser::readHeader() {
    if (bytes_.size() < kHeaderBytes) {
        std::string found = bytes_.empty()
                                ? "an empty file"
                                : "a file of only " + std::to_string(bytes_.size()) + " bytes";
        return fail(bytes_.size(),
                    "a " + std::to_string(kHeaderBytes) + "-byte header, found " + found);
    }
    if (std::memcmp(bytes_.data(), kMagic, sizeof kMagic) != 0) {
        return fail(0, "magic 'MMGEOBIN' (a Mediation Map geography asset), found '" +
                           printable(bytes_.first(sizeof kMagic)) + "'");
    }
    if (u32(kVersionAt) != kVersion) {
        return fail(kVersionAt, "format version " + std::to_string(kVersion) + ", found " +
                                    std::to_string(u32(kVersionAt)) +
                                    " (rebuild the asset with tools/geo)");
    }
    if (u32(kHeaderBytesAt) != kHeaderBytes) {
        return fail(kHeaderBytesAt, "header size " + std::to_string(kHeaderBytes) + ", found " +
                                        std::to_string(u32(kHeaderBytesAt)));
    }
    if (u32(kReservedAt) != 0) {
        return fail(kReservedAt, "0 in the reserved field, found " + hex32(u32(kReservedAt)));
    }
    return readCount(kCountryCountAt, "countries", kMaxCountries, n_.countries) &&
           readCount(kPartCountAt, "parts", kMaxParts, n_.parts) &&
           readCount(kVertexCountAt, "vertices", kMaxVertices, n_.vertices) &&
           readCount(kTriangleCountAt, "triangles", kMaxTriangles, n_.triangles) &&
           readCount(kStripCountAt, "outline strips", kMaxStrips, n_.strips) &&
           readCount(kNameBytesAt, "name bytes", kMaxNameBytes, n_.names);
}

bool AssetParser::readCount(std::size_t at, const char* what, std::uint32_t max,
                            std::uint32_t& out) {
    out = u32(at);
    if (out > max) {
        return fail(
            at, "at most " + std::to_string(max) + " " + what + ", found " + std::to_string(out));
    }
    return true;
}

// Counts are capped, so the section sizes cannot overflow; they must add up to the file.
bool AssetParser::checkSizes() {
    at_ = layout(n_);
    const std::size_t payload = at_.end - kHeaderBytes;
    if (u32(kPayloadBytesAt) != payload) {
        return fail(kPayloadBytesAt, "payload size " + std::to_string(payload) +
                                         " for the counts in the header, found " +
                                         std::to_string(u32(kPayloadBytesAt)));
    }
    if (bytes_.size() < at_.end) {
        return fail(bytes_.size(), std::to_string(payload) +
                                       " payload bytes after the header, but the file ends " +
                                       "after " + std::to_string(bytes_.size() - kHeaderBytes) +
                                       " (truncated?)");
    }
    if (bytes_.size() > at_.end) {
        return fail(at_.end, "the end of the file, found " +
                                 std::to_string(bytes_.size() - at_.end) + " extra bytes");
    }
    return true;
}

bool AssetParser::checkChecksum() {
    const std::uint32_t stored = u32(kChecksumAt);
    const std::uint32_t computed = crc32(bytes_.subspan(kHeaderBytes));
    if (stored == computed) return true;
    return fail(kChecksumAt, "payload CRC-32 " + hex32(stored) + ", computed " + hex32(computed) +
                                 " (the file is corrupt)");
}

bool isUnitCoordinate(float v) {
    return std::isfinite(v) && v >= 0.f && v <= 1.f;
}

bool AssetParser::readUnitCoordinate(std::size_t at, const std::string& what, float& out) {
    out = f32(at);
    if (isUnitCoordinate(out)) return true;
    return fail(at, what + " to be a finite number in 0..1, found " + std::to_string(out));
}

bool AssetParser::readBounds(std::size_t at, WorldBox& b) {
    if (!readUnitCoordinate(at, "bounds minX", b.minX) ||
        !readUnitCoordinate(at + 4, "bounds minY", b.minY) ||
        !readUnitCoordinate(at + 8, "bounds maxX", b.maxX) ||
        !readUnitCoordinate(at + 12, "bounds maxY", b.maxY)) {
        return false;
    }
    if (b.minX <= b.maxX && b.minY <= b.maxY) return true;
    return fail(at, "bounds with min <= max, found x " + std::to_string(b.minX) + ".." +
                        std::to_string(b.maxX) + " y " + std::to_string(b.minY) + ".." +
                        std::to_string(b.maxY));
}

bool AssetParser::checkRange(std::size_t at, IndexRange r, std::uint32_t total, const char* what) {
    if (r.end() <= total) return true;
    return fail(at, std::string(what) + " range within the " + std::to_string(total) +
                        " in the file, found " + rangeText(r));
}

bool AssetParser::readCountry(std::size_t at, Country& c) {
    auto iso = bytes_.subspan(at, 4);
    bool letters = std::all_of(iso.begin(), iso.begin() + 3,
                               [](std::uint8_t ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!letters || iso[3] != 0) {
        return fail(at, "a 3-letter ISO code (A-Z) and a NUL, found '" + printable(iso) + "'");
    }
    c.iso.assign(iso.begin(), iso.begin() + 3);
    IndexRange name = range(at + kCountryNameAt);
    if (!checkRange(at + kCountryNameAt, name, n_.names, "a name")) return false;
    c.name.assign(reinterpret_cast<const char*>(bytes_.data() + at_.names + name.first),
                  name.count);
    const std::size_t ranges = at + kCountryRangesAt;
    c.vertices = range(ranges);
    c.triangles = range(ranges + 8);
    c.strips = range(ranges + 16);
    c.parts = range(ranges + 24);
    return readUnitCoordinate(at + kCountryAnchorAt, "anchor x", c.anchor.x) &&
           readUnitCoordinate(at + kCountryAnchorAt + 4, "anchor y", c.anchor.y) &&
           readBounds(at + kCountryBoundsAt, c.bounds) &&
           checkRange(ranges, c.vertices, n_.vertices, "a vertex") &&
           checkRange(ranges + 8, c.triangles, n_.triangles, "a triangle") &&
           checkRange(ranges + 16, c.strips, n_.strips, "an outline strip") &&
           checkRange(ranges + 24, c.parts, n_.parts, "a part");
}

bool AssetParser::readCountries(GeoAsset& asset) {
    asset.countries.resize(n_.countries);
    for (std::size_t i = 0; i < n_.countries; ++i) {
        if (!readCountry(at_.countries + i * kCountryBytes, asset.countries[i])) return false;
    }
    return true;
}

bool AssetParser::readParts(GeoAsset& asset) {
    asset.parts.resize(n_.parts);
    for (std::size_t i = 0; i < n_.parts; ++i) {
        const std::size_t at = at_.parts + i * kPartBytes;
        CountryPart& p = asset.parts[i];
        p.triangles = range(at + kPartRangesAt);
        p.strips = range(at + kPartRangesAt + 8);
        if (!readBounds(at, p.bounds) ||
            !checkRange(at + kPartRangesAt, p.triangles, n_.triangles, "a triangle") ||
            !checkRange(at + kPartRangesAt + 8, p.strips, n_.strips, "an outline strip")) {
            return false;
        }
    }
    return true;
}

bool AssetParser::readVertices(GeoAsset& asset) {
    asset.vertices.resize(n_.vertices);
    for (std::size_t i = 0; i < n_.vertices; ++i) {
        const std::size_t at = at_.vertices + i * kVertexBytes;
        WorldVertex& v = asset.vertices[i];
        v = {f32(at), f32(at + 4)};
        if (isUnitCoordinate(v.x) && isUnitCoordinate(v.y)) continue;  // no message unless needed
        const std::string what = "vertex " + std::to_string(i);
        return readUnitCoordinate(at, what + " x", v.x) &&
               readUnitCoordinate(at + 4, what + " y", v.y);
    }
    return true;
}

bool AssetParser::readTriangles(GeoAsset& asset) {
    asset.indices.resize(std::size_t(n_.triangles) * 3);
    for (std::size_t i = 0; i < asset.indices.size(); ++i) {
        const std::size_t at = at_.triangles + i * 4;
        asset.indices[i] = u32(at);
        if (asset.indices[i] >= n_.vertices) {
            return fail(at, "a vertex index below " + std::to_string(n_.vertices) + ", found " +
                                std::to_string(asset.indices[i]));
        }
    }
    return true;
}

bool AssetParser::readStrips(GeoAsset& asset) {
    asset.outlines.resize(n_.strips);
    for (std::size_t i = 0; i < n_.strips; ++i) {
        const std::size_t at = at_.strips + i * kStripBytes;
        IndexRange r = range(at);
        const std::uint32_t flags = u32(at + 8);
        if (!checkRange(at, r, n_.vertices, "a vertex")) return false;
        if (r.count < 2) {
            return fail(at + 4, "an outline strip of at least 2 vertices, found " +
                                    std::to_string(r.count));
        }
        if (flags > kStripClosed) return fail(at + 8, "strip flags 0 or 1, found " + hex32(flags));
        asset.outlines[i] = {r.first, r.count, flags == kStripClosed};
    }
    return true;
}

bool AssetParser::checkOwnedTriangles(const GeoAsset& asset, const Country& c) {
    const std::size_t firstIndex = std::size_t(c.triangles.first) * 3;
    for (std::size_t i = firstIndex; i < firstIndex + std::size_t(c.triangles.count) * 3; ++i) {
        const std::uint32_t v = asset.indices[i];
        if (v < c.vertices.first || v >= c.vertices.end()) {
            return fail(at_.triangles + i * 4, "a vertex index of " + c.iso + " (" +
                                                   rangeText(c.vertices) + "), found " +
                                                   std::to_string(v));
        }
    }
    return true;
}

bool AssetParser::checkOwnedStrips(const GeoAsset& asset, const Country& c) {
    for (std::uint64_t s = c.strips.first; s < c.strips.end(); ++s) {
        const OutlineStrip& strip = asset.outlines[s];
        if (strip.firstVertex < c.vertices.first ||
            std::uint64_t(strip.firstVertex) + strip.vertexCount > c.vertices.end()) {
            return fail(
                at_.strips + s * kStripBytes,
                "an outline strip within " + c.iso + "'s vertices (" + rangeText(c.vertices) + ")");
        }
    }
    return true;
}

bool AssetParser::checkOwnedParts(const GeoAsset& asset, const Country& c) {
    for (std::uint64_t i = c.parts.first; i < c.parts.end(); ++i) {
        const CountryPart& p = asset.parts[i];
        bool inside = p.triangles.first >= c.triangles.first &&
                      p.triangles.end() <= c.triangles.end() && p.strips.first >= c.strips.first &&
                      p.strips.end() <= c.strips.end();
        if (!inside) {
            return fail(at_.parts + i * kPartBytes + kPartRangesAt,
                        "a part within " + c.iso + "'s triangles and strips");
        }
    }
    return true;
}

// Every country's triangles, strips and parts stay inside its own ranges, so per-country draw
// runs and hit tests never reach a neighbour's data.
bool AssetParser::checkCountryOwnership(const GeoAsset& asset) {
    for (const Country& c : asset.countries) {
        if (!checkOwnedTriangles(asset, c) || !checkOwnedStrips(asset, c) ||
            !checkOwnedParts(asset, c)) {
            return false;
        }
    }
    return true;
}

}  // namespace

GeoAssetResult parseGeoAsset(std::span<const std::uint8_t> bytes, std::string_view sourceName) {
    return AssetParser(bytes, sourceName).run();
}

GeoAssetResult loadGeoAsset(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) return {std::nullopt, name + ": expected a readable map asset: " + ec.message()};
    if (size > kMaxFileBytes) {
        return {std::nullopt, name + ": byte " + std::to_string(kMaxFileBytes) +
                                  ": expected the end of the file (at most " +
                                  std::to_string(kMaxFileBytes) + " bytes), found " +
                                  std::to_string(size)};
    }
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size))) {
        return {std::nullopt,
                name + ": expected " + std::to_string(size) + " readable bytes, reading failed"};
    }
    return parseGeoAsset(bytes, name);
}

}  // namespace kiosk::map
