// The PNG layouts an editor's tools write (palette, grey, 16-bit, transparency, interlaced) all
// come out of decodePicture as the same RGBA8 rows stb gave before libpng decoded them.
#include <doctest/doctest.h>

#include <png.h>

#include <csetjmp>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/content/image_probe.h"

using namespace kiosk::content;

namespace {

struct Layout {
    const char* what;
    int colorType;
    int bitDepth;
    bool interlaced;
};

void appendBytes(png_structp png, png_bytep data, std::size_t size) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), size);
}

// libpng's writer, so the test's PNGs are real ones. `rows`: each row's samples, big-endian.
std::string writePng(int width, int height, const Layout& layout,
                     const std::vector<std::vector<std::uint8_t>>& rows,
                     const std::vector<png_color>& palette = {},
                     const std::vector<std::uint8_t>& paletteAlpha = {}) {
    std::string out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    std::vector<png_bytep> pointers;
    for (const auto& row : rows) pointers.push_back(const_cast<png_bytep>(row.data()));
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        FAIL("libpng could not write the test picture");
        return {};
    }
    png_set_write_fn(png, &out, appendBytes, nullptr);
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), layout.bitDepth,
                 layout.colorType, layout.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (!palette.empty()) png_set_PLTE(png, info, palette.data(), int(palette.size()));
    if (!paletteAlpha.empty())
        png_set_tRNS(png, info, paletteAlpha.data(), int(paletteAlpha.size()), nullptr);
    png_write_info(png, info);
    png_write_image(png, pointers.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

DecodedImage decode(const std::string& bytes, Pixels pixels = Pixels::Keep) {
    return decodePicture({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()},
                         pixels);
}

std::uint32_t pixelAt(const DecodedImage& image, int x, int y) {
    const std::uint8_t* p = &image.rgba[(std::size_t(y) * std::size_t(image.width) + x) * 4];
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

// A pattern with a different colour in every pixel, so a row or pass out of place shows.
std::uint8_t sample(int x, int y, int channel) {
    return std::uint8_t((x * 37 + y * 91 + channel * 53) & 0xFF);
}

constexpr int kW = 13, kH = 11;  // odd sizes: Adam7's passes are uneven

}  // namespace

TEST_CASE("8-bit RGB and RGBA, plain and interlaced, decode pixel for pixel") {
    for (Layout layout : {Layout{"RGB", PNG_COLOR_TYPE_RGB, 8, false},
                          Layout{"RGB interlaced", PNG_COLOR_TYPE_RGB, 8, true},
                          Layout{"RGBA interlaced", PNG_COLOR_TYPE_RGBA, 8, true}}) {
        CAPTURE(std::string(layout.what));
        const int channels = layout.colorType == PNG_COLOR_TYPE_RGBA ? 4 : 3;
        std::vector<std::vector<std::uint8_t>> rows(kH);
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x)
                for (int c = 0; c < channels; ++c) rows[y].push_back(sample(x, y, c));
        DecodedImage image = decode(writePng(kW, kH, layout, rows));
        REQUIRE_MESSAGE(image.ok, image.error);
        REQUIRE(image.width == kW);
        REQUIRE(image.height == kH);
        int wrong = 0;
        for (int y = 0; y < kH; ++y)
            for (int x = 0; x < kW; ++x) {
                std::uint32_t alpha = channels == 4 ? sample(x, y, 3) : 0xFFu;
                std::uint32_t want = std::uint32_t(sample(x, y, 0)) << 24 |
                                     std::uint32_t(sample(x, y, 1)) << 16 |
                                     std::uint32_t(sample(x, y, 2)) << 8 | alpha;
                wrong += pixelAt(image, x, y) != want;
            }
        CHECK(wrong == 0);
        DecodedImage checked = decode(writePng(kW, kH, layout, rows), Pixels::Discard);
        CHECK(checked.ok);
        CHECK(checked.rgba.empty());
        CHECK(checked.width == kW);
    }
}

TEST_CASE("palette with transparency, 1-bit grey and 16-bit grey with alpha become RGBA8") {
    Layout paletted{"palette", PNG_COLOR_TYPE_PALETTE, 8, false};
    std::vector<std::vector<std::uint8_t>> indices(kH, std::vector<std::uint8_t>(kW));
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) indices[y][x] = std::uint8_t((x + y) % 3);
    DecodedImage palette =
        decode(writePng(kW, kH, paletted, indices, {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}},
                        {255, 128}));  // index 2 has no alpha entry: opaque
    REQUIRE_MESSAGE(palette.ok, palette.error);
    CHECK(pixelAt(palette, 0, 0) == 0xFF0000FFu);
    CHECK(pixelAt(palette, 1, 0) == 0x00FF0080u);
    CHECK(pixelAt(palette, 2, 0) == 0x0000FFFFu);

    Layout bits{"1-bit grey", PNG_COLOR_TYPE_GRAY, 1, true};
    std::vector<std::vector<std::uint8_t>> packed(kH, std::vector<std::uint8_t>((kW + 7) / 8));
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            if ((x + y) % 2) packed[y][x / 8] |= std::uint8_t(0x80 >> (x % 8));
    DecodedImage grey = decode(writePng(kW, kH, bits, packed));
    REQUIRE_MESSAGE(grey.ok, grey.error);
    CHECK(pixelAt(grey, 0, 0) == 0x000000FFu);
    CHECK(pixelAt(grey, 1, 0) == 0xFFFFFFFFu);
    CHECK(pixelAt(grey, 12, 10) == 0x000000FFu);

    Layout deep{"16-bit grey and alpha", PNG_COLOR_TYPE_GRAY_ALPHA, 16, false};
    std::vector<std::vector<std::uint8_t>> samples(kH);
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            for (std::uint8_t byte : {std::uint8_t(0x80), std::uint8_t(0x00),   // grey 0x8000
                                      std::uint8_t(0xFF), std::uint8_t(0xFF)})  // opaque
                samples[y].push_back(byte);
    DecodedImage sixteen = decode(writePng(kW, kH, deep, samples));
    REQUIRE_MESSAGE(sixteen.ok, sixteen.error);
    CHECK(pixelAt(sixteen, 5, 5) == 0x808080FFu);
}
