#include "geo_test_support.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <random>

#include "kiosk/map/geo_asset_format.h"

namespace kiosk::map::testing {
namespace fs = std::filesystem;

fs::path worldAssetPath() {
    return fs::path(KIOSK_SOURCE_DIR) / "assets/world.geo";
}

const GeoAsset& worldAsset() {
    static const GeoAssetResult loaded = loadGeoAsset(worldAssetPath());
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    return *loaded.asset;
}

namespace {

// Appends a square as four vertices, two triangles, one closed strip and one part.
void addSquare(GeoAsset& a, float x, float y, float size) {
    const auto base = std::uint32_t(a.vertices.size());
    const auto firstTriangle = std::uint32_t(a.triangleCount());
    a.vertices.insert(a.vertices.end(),
                      {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}});
    for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) a.indices.push_back(base + i);
    a.parts.push_back(
        {{x, y, x + size, y + size}, {firstTriangle, 2}, {std::uint32_t(a.outlines.size()), 1}});
    a.outlines.push_back({base, 4, true});
}

void addCountry(GeoAsset& a, std::string iso, std::string name, std::size_t firstPart) {
    Country c;
    c.iso = std::move(iso);
    c.name = std::move(name);
    const CountryPart& first = a.parts[firstPart];
    c.bounds = first.bounds;
    for (std::size_t i = firstPart; i < a.parts.size(); ++i) {
        c.bounds.minX = std::min(c.bounds.minX, a.parts[i].bounds.minX);
        c.bounds.minY = std::min(c.bounds.minY, a.parts[i].bounds.minY);
        c.bounds.maxX = std::max(c.bounds.maxX, a.parts[i].bounds.maxX);
        c.bounds.maxY = std::max(c.bounds.maxY, a.parts[i].bounds.maxY);
    }
    c.anchor = {(first.bounds.minX + first.bounds.maxX) / 2,
                (first.bounds.minY + first.bounds.maxY) / 2};
    const auto partCount = std::uint32_t(a.parts.size() - firstPart);
    const std::uint32_t firstVertex = a.outlines[first.strips.first].firstVertex;
    c.vertices = {firstVertex, std::uint32_t(a.vertices.size()) - firstVertex};
    c.triangles = {first.triangles.first, std::uint32_t(a.triangleCount()) - first.triangles.first};
    c.strips = {first.strips.first, std::uint32_t(a.outlines.size()) - first.strips.first};
    c.parts = {std::uint32_t(firstPart), partCount};
    a.countries.push_back(c);
}

}  // namespace

GeoAsset twoSquareCountries() {
    GeoAsset a;
    addSquare(a, 0.1f, 0.1f, 0.1f);
    addCountry(a, "AAA", "Squareland", 0);
    addSquare(a, 0.3f, 0.3f, 0.1f);
    addSquare(a, 0.5f, 0.5f, 0.05f);
    addCountry(a, "BBB", "Two Islands", 1);
    return a;
}

void put32(Bytes& bytes, std::size_t at, std::uint32_t value) {
    REQUIRE(at + 4 <= bytes.size());
    for (int k = 0; k < 4; ++k) bytes[at + k] = std::uint8_t(value >> (8 * k));
}

void putFloat(Bytes& bytes, std::size_t at, float value) {
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    put32(bytes, at, bits);
}

void refreshChecksum(Bytes& bytes) {
    using namespace geo_format;
    put32(bytes, kChecksumAt, crc32(std::span(bytes).subspan(kHeaderBytes)));
}

TempFile::TempFile(const Bytes& contents) {
    static std::atomic<int> counter{0};
    std::random_device seed;
    path_ = fs::temp_directory_path() /
            ("kiosk-geo-test-" + std::to_string(seed()) + "-" + std::to_string(counter++) + ".geo");
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(contents.data()), std::streamsize(contents.size()));
    REQUIRE_MESSAGE(out, "cannot write " << path_);
}

TempFile::~TempFile() {
    std::error_code ec;
    fs::remove(path_, ec);
}

void checkFails(const GeoAssetResult& result, std::string_view name, std::string_view expected) {
    CHECK_FALSE(result.ok());
    INFO("error: " << result.error);
    CHECK(result.error.starts_with(std::string(name) + ": "));
    CHECK(result.error.find(expected) != std::string::npos);
}

}  // namespace kiosk::map::testing
