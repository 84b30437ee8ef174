#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/media/downscale.h"
#include "media_test_support.h"

using namespace kiosk::media;
using namespace kiosk::media::testing;

namespace {

int channel(std::uint32_t rgba, int index) {
    return int((rgba >> (24 - 8 * index)) & 0xFF);
}

}  // namespace

TEST_CASE("the fitted size keeps the aspect ratio and never grows") {
    CHECK(fitWithin({4000, 3000}, 1024) == Size{1024, 768});
    CHECK(fitWithin({3000, 4000}, 1024) == Size{768, 1024});
    CHECK(fitWithin({800, 600}, 1024) == Size{800, 600});
    CHECK(fitWithin({1024, 1024}, 1024) == Size{1024, 1024});
    CHECK(fitWithin({5000, 1}, 100) == Size{100, 1});  // a sliver stays at least 1 px
    CHECK(fitWithin({1, 5000}, 100) == Size{1, 100});
    CHECK(fitWithin({10, 10}, 0) == Size{1, 1});  // a nonsense limit still gives a picture
}

TEST_CASE("a 4000 x 3000 photo shrinks to 1024 x 768 with area-averaged colours") {
    // Red: left half; green: top half; blue: a one-pixel checkerboard.
    auto pattern = [](int x, int y) {
        std::uint32_t red = x < 2000 ? 0xFF : 0, green = y < 1500 ? 0xFF : 0;
        std::uint32_t blue = (x + y) % 2 ? 0xFF : 0;
        return red << 24 | green << 16 | blue << 8 | 0xFF;
    };
    DecodeResult small = downscaleToFit(syntheticImage(4000, 3000, pattern), 1024);
    REQUIRE(small.ok);
    CHECK(small.width == 1024);
    CHECK(small.height == 768);
    REQUIRE(small.rgba.size() == 1024u * 768u * 4u);

    // Solid areas stay exactly solid, right up to the edges where the halves meet.
    CHECK(channel(pixel(small, 0, 0), 0) == 255);
    CHECK(channel(pixel(small, 511, 400), 0) == 255);
    CHECK(channel(pixel(small, 512, 400), 0) == 0);
    CHECK(channel(pixel(small, 1023, 767), 0) == 0);
    CHECK(channel(pixel(small, 700, 383), 1) == 255);
    CHECK(channel(pixel(small, 700, 384), 1) == 0);

    // A checkerboard finer than the target averages to mid-grey everywhere (sampling the
    // nearest pixel instead would give only 0 and 255); every pixel stays opaque.
    int lowestBlue = 255, highestBlue = 0, lowestAlpha = 255;
    for (int y = 0; y < small.height; ++y)
        for (int x = 0; x < small.width; ++x) {
            const std::uint32_t value = pixel(small, x, y);
            lowestBlue = std::min(lowestBlue, channel(value, 2));
            highestBlue = std::max(highestBlue, channel(value, 2));
            lowestAlpha = std::min(lowestAlpha, channel(value, 3));
        }
    CHECK(lowestBlue >= 126);
    CHECK(highestBlue <= 129);
    CHECK(lowestAlpha == 255);
}

TEST_CASE("transparent pixels do not darken the colours they are averaged with") {
    // Opaque red beside fully transparent black: halving gives half-transparent pure red.
    auto pattern = [](int x, int) { return x % 2 ? 0x00000000u : 0xFF0000FFu; };
    DecodeResult half = downscaleToFit(syntheticImage(4, 2, pattern), 2);
    REQUIRE(half.ok);
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    CHECK(pixel(half, 0, 0) == 0xFF000080u);
    CHECK(pixel(half, 1, 0) == 0xFF000080u);
}

TEST_CASE("a picture that already fits comes back untouched; failures pass through") {
    DecodeResult fits =
        syntheticImage(3, 2, [](int x, int y) { return std::uint32_t(x * 16 + y); });
    const auto pixelsBefore = fits.rgba;
    DecodeResult same = downscaleToFit(fits, 3);
    CHECK(same.ok);
    CHECK(same.width == 3);
    CHECK(same.height == 2);
    CHECK(same.rgba == pixelsBefore);

    DecodeResult failed{false, 0, 0, {}, "the PNG file is damaged"};
    CHECK(downscaleToFit(failed, 16).error == "the PNG file is damaged");

    DecodeResult lying{true, 100, 100, std::vector<std::uint8_t>(12), ""};
    DecodeResult refused = downscaleToFit(lying, 16);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("damaged pixel buffer") != std::string::npos);
}
