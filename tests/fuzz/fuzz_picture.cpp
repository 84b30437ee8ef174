// Pictures (kiosk/content/image_probe.h, kiosk/media/): the header probe that validation uses,
// the full decode, and the downscale the picture loader applies before upload. A PNG is tried
// twice: as it is, and with every chunk's CRC recomputed, so that changed bytes also reach the
// decoding behind the CRC checks (as fuzz_geo_asset does for its checksum).
#include <cstring>
#include <vector>

#include "fuzz_support.h"
#include "kiosk/content/image_probe.h"
#include "kiosk/map/geo_asset.h"  // crc32(), zlib's CRC-32, as PNG uses
#include "kiosk/media/downscale.h"

namespace {

using namespace kiosk::content;

void checkPicture(const std::uint8_t* data, std::size_t size) {
    ImageProbe probe = probeImageMemory(data, size);
    FUZZ_CHECK(probe.ok == probe.error.empty());
    if (probe.ok) FUZZ_CHECK(probe.width <= kMaxImageSide && probe.height <= kMaxImageSide);

    DecodedImage image = decodeImageRgbaMemory(data, size);
    FUZZ_CHECK(image.ok == image.error.empty());
    if (!image.ok) return;
    FUZZ_CHECK(probe.ok && image.width == probe.width && image.height == probe.height);
    FUZZ_CHECK(image.rgba.size() == std::size_t(image.width) * std::size_t(image.height) * 4);
    DecodedImage small = kiosk::media::downscaleToFit(std::move(image), 16);
    FUZZ_CHECK(small.ok && small.width <= 16 && small.height <= 16);
}

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

// A copy of a PNG with each chunk's CRC recomputed; empty for anything else.
std::vector<std::uint8_t> withPngCrcsFixed(const std::uint8_t* data, std::size_t size) {
    static const std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (size < 8 || std::memcmp(data, kSignature, 8) != 0) return {};
    std::vector<std::uint8_t> png(data, data + size);
    for (std::size_t at = 8; at + 12 <= png.size();) {
        std::uint32_t length = bigEndian32(&png[at]);
        if (length > png.size() - at - 12) break;
        std::uint32_t crc = kiosk::map::crc32(std::span(png).subspan(at + 4, length + 4));
        for (int k = 0; k < 4; ++k) png[at + 8 + length + k] = std::uint8_t(crc >> (24 - 8 * k));
        at += 12 + std::size_t(length);
    }
    return png;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    checkPicture(data, size);
    std::vector<std::uint8_t> fixed = withPngCrcsFixed(data, size);
    if (!fixed.empty() && std::memcmp(fixed.data(), data, size) != 0)
        checkPicture(fixed.data(), fixed.size());
    return 0;
}
