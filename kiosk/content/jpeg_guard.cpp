#include "kiosk/content/jpeg_guard.h"

namespace kiosk::content {
namespace {

// Reads a DHT segment from `at` (just after FF C4) as stb_image 2.27's stbi__process_marker
// does: tables follow one another while the declared length lasts; past the end stb reads 0s.
bool dhtFits(const unsigned char* bytes, std::size_t size, std::size_t at) {
    auto get8 = [&](std::size_t i) -> int { return i < size ? bytes[i] : 0; };
    long length = (get8(at) << 8 | get8(at + 1)) - 2;
    at += 2;
    while (length > 0) {
        int q = get8(at++);
        if ((q >> 4) > 1 || (q & 15) > 3) return true;  // stb stops: "bad DHT header"
        long codes = 0;
        for (int i = 0; i < 16; ++i) codes += get8(at++);
        if (codes > 256) return false;
        at += std::size_t(codes);
        length -= 17 + codes;
        if (at > size) return true;  // stb runs out of data and fails later
    }
    return true;
}

}  // namespace

bool jpegHuffmanTablesFit(const unsigned char* bytes, std::size_t size) {
    // stb takes FF, any number of FF fill bytes, then D8 as the start of a JPEG.
    std::size_t start = 0;
    while (start < size && bytes[start] == 0xFF) ++start;
    if (start == 0 || start == size || bytes[start] != 0xD8) return true;
    for (std::size_t i = start; i + 1 < size; ++i) {
        if (bytes[i] == 0xFF && bytes[i + 1] == 0xC4 && !dhtFits(bytes, size, i + 2)) return false;
    }
    return true;
}

}  // namespace kiosk::content
