#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "kiosk/map/geo_asset.h"

using kiosk::map::crc32;

namespace {
// The plain bit-by-bit CRC-32 (zlib's polynomial), as the reference.
std::uint32_t bitwise(const std::vector<std::uint8_t>& bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::uint8_t b : bytes) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}
}  // namespace

TEST_CASE("CRC-32: the standard check value, and every length against the bitwise reference") {
    std::vector<std::uint8_t> check{'1', '2', '3', '4', '5', '6', '7', '8', '9'};
    CHECK(crc32(check) == 0xCBF43926u);
    CHECK(crc32({}) == 0u);
    std::vector<std::uint8_t> bytes;
    std::uint32_t x = 12345;
    for (int n = 0; n < 70; ++n) {
        CHECK(crc32(bytes) == bitwise(bytes));
        x = x * 1103515245u + 12345u;
        bytes.push_back(std::uint8_t(x >> 16));
    }
}
