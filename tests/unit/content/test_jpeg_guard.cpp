// The guard against stb_image 2.27 overrunning its Huffman tables (kiosk/content/jpeg_guard.h).
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "kiosk/content/image_probe.h"
#include "kiosk/content/jpeg_guard.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk::content;

namespace {

std::string sourceFile(const std::string& relative) {
    return test_support::readWholeFile(std::filesystem::path(KIOSK_SOURCE_DIR) / relative);
}

const unsigned char* bytesOf(const std::string& s) {
    return reinterpret_cast<const unsigned char*>(s.data());
}

// SOI, then one DHT segment whose single table declares `codes` codes (at most 255 a length).
std::string jpegWithHuffmanCodes(int codes) {
    std::string table = {'\x00'};
    for (int i = 0; i < 16; ++i, codes -= 255) table += char(std::clamp(codes, 0, 255));
    std::string dht = {'\xff', '\xd8', '\xff', '\xc4', 0, char(2 + table.size())};
    return dht + table;
}

}  // namespace

TEST_CASE("a JPEG whose Huffman table declares more than 256 codes is refused, not overrun") {
    // The input tests/fuzz/fuzz_picture found; with the guard off, the sanitizer build aborts.
    const std::string found =
        sourceFile("tests/fuzz/regressions/picture/jpeg-dht-over-256-codes.jpg");
    REQUIRE(!found.empty());
    // stb skips FF fill bytes before the start marker: the fuzzer's second find.
    const std::string filled = std::string(40, '\xff') + jpegWithHuffmanCodes(300).substr(1);
    for (const std::string& bytes :
         {found, jpegWithHuffmanCodes(257), jpegWithHuffmanCodes(4080), filled}) {
        CHECK_FALSE(jpegHuffmanTablesFit(bytesOf(bytes), bytes.size()));
        ImageProbe probe = probeImageMemory(bytesOf(bytes), bytes.size());
        CHECK_FALSE(probe.ok);
        CHECK(probe.error.find("Huffman table") != std::string::npos);
        DecodedImage image = decodeImageRgbaMemory(bytesOf(bytes), bytes.size());
        CHECK_FALSE(image.ok);
        CHECK(image.error.find("Huffman table") != std::string::npos);
    }
    for (const char* name : {"jpeg-dht-over-256-codes.jpg", "jpeg-fill-bytes-before-start.jpg"}) {
        ImageProbe fromFile = probeImage(std::filesystem::path(KIOSK_SOURCE_DIR) /
                                         "tests/fuzz/regressions/picture" / name);
        CHECK(fromFile.error.find("Huffman table") != std::string::npos);
    }
}

TEST_CASE("JPEGs with tables of 256 codes or fewer pass the guard and still decode") {
    std::string full = jpegWithHuffmanCodes(256);
    CHECK(jpegHuffmanTablesFit(bytesOf(full), full.size()));
    for (const char* name : {"jfif.jpg", "progressive.jpg", "gray.jpg", "restart-444.jpg"}) {
        CAPTURE(name);
        std::string bytes = sourceFile(std::string("tests/fuzz/corpus/picture/") + name);
        CHECK(jpegHuffmanTablesFit(bytesOf(bytes), bytes.size()));
        DecodedImage image = decodeImageRgbaMemory(bytesOf(bytes), bytes.size());
        CHECK(image.ok);
        CHECK(image.width == 16);
    }
}

// Decodes after leaving freed memory full of `fill` for stb's allocations to reuse.
static DecodedImage decodeAfterLitter(const std::string& bytes, unsigned char fill) {
    {
        std::vector<std::vector<unsigned char>> litter;
        for (int i = 0; i < 16; ++i) litter.emplace_back(64 * 1024, fill);
    }
    return decodeImageRgbaMemory(bytesOf(bytes), bytes.size());
}

TEST_CASE("a JPEG scan that uses a Huffman table no DHT defined reads only zeroed tables") {
    // Found by fuzz_picture: stb 2.27 left the tables uninitialised and read values[609] of a
    // 256-entry one. The picture then depended on whatever memory stb was given.
    const std::string bytes =
        sourceFile("tests/fuzz/regressions/picture/jpeg-scan-with-undefined-huffman-table.jpg");
    REQUIRE(!bytes.empty());
    DecodedImage zeroes = decodeAfterLitter(bytes, 0x00);
    DecodedImage ones = decodeAfterLitter(bytes, 0xFF);
    CHECK(zeroes.ok == ones.ok);
    CHECK(zeroes.rgba == ones.rgba);
}
