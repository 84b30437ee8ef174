#include "png_damage.h"

#include <doctest/doctest.h>

#include <cstdint>

#include "content_test_support.h"

namespace kiosk::content::testing {
namespace {

constexpr std::size_t kSignature = 8;

struct Chunk {
    std::size_t start = 0;  // where its length field starts
    std::size_t length = 0;
    std::size_t end() const { return start + 12 + length; }
};

std::size_t readLength(std::string_view png, std::size_t at) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < 4; ++i) n = n << 8 | static_cast<unsigned char>(png[at + i]);
    return n;
}

// The first chunk of `kind` at or after `from`; fails the test when there is none.
Chunk find(std::string_view png, std::string_view kind, std::size_t from = kSignature) {
    for (std::size_t at = from; at + 12 <= png.size();) {
        Chunk chunk{at, readLength(png, at)};
        if (png.substr(at + 4, 4) == kind) return chunk;
        at = chunk.end();
    }
    FAIL("no " << kind << " chunk");
    return {};
}

}  // namespace

std::string withoutChunk(std::string_view png, std::string_view kind) {
    std::string out(png.substr(0, kSignature));
    for (std::size_t at = kSignature; at + 12 <= png.size();) {
        Chunk chunk{at, readLength(png, at)};
        if (png.substr(at + 4, 4) != kind) out += png.substr(at, chunk.end() - at);
        at = chunk.end();
    }
    return out;
}

std::string withCrcFlipped(std::string_view png, std::string_view kind) {
    Chunk chunk = find(png, kind);
    std::string out(png);
    out[chunk.end() - 1] = char(out[chunk.end() - 1] ^ 0x01);
    return out;
}

std::string withDataBitFlipped(std::string_view png, std::string_view kind, bool fixCrc) {
    Chunk chunk = find(png, kind);
    REQUIRE(chunk.length > 0);
    std::string data(png.substr(chunk.start + 8, chunk.length));
    data[data.size() / 2] = char(data[data.size() / 2] ^ 0x10);
    std::string rebuilt = pngChunk(kind, data);
    if (!fixCrc) rebuilt.replace(rebuilt.size() - 4, 4, png.substr(chunk.end() - 4, 4));
    return std::string(png.substr(0, chunk.start)) + rebuilt + std::string(png.substr(chunk.end()));
}

}  // namespace kiosk::content::testing
