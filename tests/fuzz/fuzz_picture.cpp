// Pictures (kiosk/content/image_probe.h, kiosk/media/): the header probe that validation uses,
// the full decode, and the downscale the picture loader applies before upload.
#include "fuzz_support.h"
#include "kiosk/content/image_probe.h"
#include "kiosk/media/downscale.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::content;
    ImageProbe probe = probeImageMemory(data, size);
    FUZZ_CHECK(probe.ok == probe.error.empty());
    if (probe.ok) FUZZ_CHECK(probe.width <= kMaxImageSide && probe.height <= kMaxImageSide);

    DecodedImage image = decodeImageRgbaMemory(data, size);
    FUZZ_CHECK(image.ok == image.error.empty());
    if (!image.ok) return 0;
    FUZZ_CHECK(probe.ok && image.width == probe.width && image.height == probe.height);
    FUZZ_CHECK(image.rgba.size() == std::size_t(image.width) * std::size_t(image.height) * 4);
    DecodedImage small = kiosk::media::downscaleToFit(std::move(image), 16);
    FUZZ_CHECK(small.ok && small.width <= 16 && small.height <= 16);
    return 0;
}
