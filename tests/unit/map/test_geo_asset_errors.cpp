// Corrupt and hostile assets: a clear error naming the file, the byte and what was expected,
// and never a crash or an allocation sized by a lying header.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

#include "geo_test_support.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/map/geo_asset_format.h"

using namespace kiosk::map;
using namespace kiosk::map::testing;
using namespace kiosk::map::geo_format;

namespace {

const char* const kName = "assets/test.geo";

Bytes smallAsset() {
    return encodeGeoAsset(twoSquareCountries());
}

GeoAssetResult parse(const Bytes& bytes) {
    return parseGeoAsset(bytes, kName);
}

// Where the sections of the two-square asset start (3 parts, 12 vertices, 6 triangles).
constexpr std::size_t kPartsAt = kHeaderBytes + 2 * kCountryBytes;
constexpr std::size_t kVerticesAt = kPartsAt + 3 * kPartBytes;
constexpr std::size_t kTrianglesAt = kVerticesAt + 12 * kVertexBytes;
constexpr std::size_t kStripsAt = kTrianglesAt + 6 * kTriangleBytes;

}  // namespace

TEST_CASE("the hand-made asset survives an encode and parse round trip") {
    GeoAssetResult r = parse(smallAsset());
    REQUIRE_MESSAGE(r.ok(), r.error);
    GeoAsset expected = twoSquareCountries();
    CHECK(r.asset->vertices.size() == expected.vertices.size());
    CHECK(r.asset->indices == expected.indices);
    REQUIRE(r.asset->countries.size() == 2);
    CHECK(r.asset->countries[1].iso == "BBB");
    CHECK(r.asset->countries[1].name == "Two Islands");
    CHECK(r.asset->countries[1].parts.count == 2);
    CHECK(r.asset->outlines[2].closed);
    CHECK(countryAt(*r.asset, {0.52, 0.52})->iso == "BBB");
    CHECK(countryAt(*r.asset, {0.15, 0.12})->iso == "AAA");
    CHECK(countryAt(*r.asset, {0.25, 0.25}) == nullptr);
}

TEST_CASE("a missing file is named, with what was expected") {
    GeoAssetResult r = loadGeoAsset("/nonexistent/dir/world.geo");
    checkFails(r, "/nonexistent/dir/world.geo", "expected a readable map asset");
}

TEST_CASE("an empty file asks for the header") {
    TempFile empty(Bytes{});
    GeoAssetResult r = loadGeoAsset(empty.path());
    checkFails(r, empty.path().string(), "byte 0: expected a 52-byte header, found an empty file");
}

TEST_CASE("a good file on disk loads") {
    TempFile file(smallAsset());
    GeoAssetResult r = loadGeoAsset(file.path());
    REQUIRE_MESSAGE(r.ok(), r.error);
    CHECK(r.asset->countries.size() == 2);
}

TEST_CASE("a file cut short at any byte is reported, never read past its end") {
    const Bytes whole = smallAsset();
    for (std::size_t size = 0; size < whole.size(); ++size) {
        INFO("cut at " << size);
        Bytes cut(whole.begin(), whole.begin() + std::ptrdiff_t(size));
        checkFails(parse(cut), kName, "expected");
        if (size > kHeaderBytes) checkFails(parse(cut), kName, "(truncated?)");
    }
}

TEST_CASE("the world asset cut short at many offsets is reported") {
    const GeoAsset& world = worldAsset();
    const Bytes whole = encodeGeoAsset(world);
    REQUIRE(parse(whole).ok());
    for (std::size_t size :
         {std::size_t(1), std::size_t(8), std::size_t(51), std::size_t(53), std::size_t(4096),
          whole.size() / 3, whole.size() / 2, whole.size() - 9, whole.size() - 1}) {
        INFO("cut at " << size);
        Bytes cut(whole.begin(), whole.begin() + std::ptrdiff_t(size));
        checkFails(parse(cut), kName, "byte " + std::to_string(size) + ": expected");
    }
}

TEST_CASE("a file that is not a map asset is recognised by its magic") {
    Bytes bytes = smallAsset();
    bytes[0] = 'P';
    bytes[1] = 'K';
    checkFails(parse(bytes), kName, "byte 0: expected magic 'MMGEOBIN'");
    checkFails(parse(bytes), kName, "found 'PKGEOBIN'");
}

TEST_CASE("another format version is refused, pointing at the tool") {
    Bytes bytes = smallAsset();
    put32(bytes, kVersionAt, 7);
    checkFails(parse(bytes), kName, "byte 8: expected format version 1, found 7");
    checkFails(parse(bytes), kName, "tools/geo");
}

TEST_CASE("a changed payload byte fails the checksum") {
    Bytes bytes = smallAsset();
    bytes[kVerticesAt + 3] ^= 0x40;
    checkFails(parse(bytes), kName, "byte 44: expected payload CRC-32");
    checkFails(parse(bytes), kName, "the file is corrupt");
}

TEST_CASE("counts larger than the file are refused before anything is allocated") {
    Bytes bytes = smallAsset();
    put32(bytes, kVertexCountAt, 4'000'000);  // within the limit, but 32 MB the file lacks
    checkFails(parse(bytes), kName, "byte 40: expected payload size 32");
    put32(bytes, kPayloadBytesAt, std::uint32_t(bytes.size() - kHeaderBytes + 8 * 3'999'988));
    checkFails(parse(bytes), kName, "(truncated?)");
}

TEST_CASE("counts beyond the limits are refused whatever the file length") {
    Bytes bytes = smallAsset();
    put32(bytes, kVertexCountAt, 0xFFFFFFFFu);
    checkFails(parse(bytes), kName, "byte 24: expected at most 5000000 vertices, found 4294967295");
    bytes = smallAsset();
    put32(bytes, kTriangleCountAt, 20'000'000);
    checkFails(parse(bytes), kName, "byte 28: expected at most 10000000 triangles");
    bytes = smallAsset();
    put32(bytes, kCountryCountAt, 1'000'000);
    checkFails(parse(bytes), kName, "byte 16: expected at most 10000 countries");
}

TEST_CASE("trailing bytes are refused") {
    Bytes bytes = smallAsset();
    const std::size_t end = bytes.size();
    bytes.push_back(0);
    checkFails(parse(bytes), kName,
               "byte " + std::to_string(end) + ": expected the end of the file");
}

TEST_CASE("a triangle index past the vertices is refused") {
    Bytes bytes = smallAsset();
    put32(bytes, kTrianglesAt + 8, 12);
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName,
               "byte " + std::to_string(kTrianglesAt + 8) +
                   ": expected a vertex index below 12, found 12");
}

TEST_CASE("a triangle reaching into another country's vertices is refused") {
    Bytes bytes = smallAsset();
    put32(bytes, kTrianglesAt + 4, 5);  // AAA's first triangle points at one of BBB's corners
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected a vertex index of AAA (first 0 count 4), found 5");
}

TEST_CASE("NaN and infinite coordinates are refused") {
    for (float bad : {std::numeric_limits<float>::quiet_NaN(),
                      std::numeric_limits<float>::infinity(), -0.5f, 2.0f}) {
        INFO(bad);
        Bytes bytes = smallAsset();
        putFloat(bytes, kVerticesAt + 5 * kVertexBytes + 4, bad);
        refreshChecksum(bytes);
        checkFails(parse(bytes), kName,
                   "byte " + std::to_string(kVerticesAt + 5 * kVertexBytes + 4) +
                       ": expected vertex 5 y to be a finite number in 0..1");
    }
    Bytes bytes = smallAsset();
    putFloat(bytes, kHeaderBytes + kCountryAnchorAt, std::numeric_limits<float>::quiet_NaN());
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected anchor x to be a finite number in 0..1, found nan");
}

TEST_CASE("country records with bad codes or ranges are refused") {
    Bytes bytes = smallAsset();
    bytes[kHeaderBytes + 1] = 'a';
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "byte 52: expected a 3-letter ISO code (A-Z) and a NUL");

    bytes = smallAsset();
    put32(bytes, kHeaderBytes + kCountryRangesAt + 8, 5);  // AAA's triangles start at 5 of 6...
    refreshChecksum(bytes);                                // ...and run on for 2
    checkFails(parse(bytes), kName, "expected a triangle range within the 6 in the file");

    bytes = smallAsset();
    put32(bytes, kHeaderBytes + kCountryNameAt + 4, 1000);  // a name longer than the table
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected a name range within the 21 in the file");
}

TEST_CASE("outline strips and parts are checked too") {
    Bytes bytes = smallAsset();
    put32(bytes, kStripsAt + 4, 1);
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected an outline strip of at least 2 vertices, found 1");

    bytes = smallAsset();
    put32(bytes, kStripsAt + 8, 6);
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected strip flags 0 or 1");

    bytes = smallAsset();
    put32(bytes, kPartsAt + kPartRangesAt, 2);  // AAA's part claims BBB's triangles
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected a part within AAA's triangles and strips");

    bytes = smallAsset();
    putFloat(bytes, kPartsAt, 0.9f);  // minX beyond maxX
    refreshChecksum(bytes);
    checkFails(parse(bytes), kName, "expected bounds with min <= max");
}

TEST_CASE("random damage with a valid checksum never crashes the loader") {
    const Bytes good = smallAsset();
    std::mt19937 rng(1234);
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        Bytes bytes = good;
        const int flips = 1 + int(rng() % 4);
        for (int f = 0; f < flips; ++f) {
            bytes[kHeaderBytes + rng() % (bytes.size() - kHeaderBytes)] = std::uint8_t(rng());
        }
        refreshChecksum(bytes);
        GeoAssetResult r = parse(bytes);
        if (r.ok()) {
            for (std::uint32_t i : r.asset->indices) REQUIRE(i < r.asset->vertices.size());
        } else {
            ++rejected;
            REQUIRE(r.error.starts_with(std::string(kName) + ": byte "));
        }
    }
    CHECK(rejected > 1000);
}
