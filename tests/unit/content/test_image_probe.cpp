#include <doctest/doctest.h>

#include "content_test_support.h"
#include "kiosk/content/image_probe.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;

namespace {

ImageProbe probeBytes(const std::string& bytes) {
    return probeImageMemory(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

// The start of a baseline JPEG: SOI, then a frame header declaring the size.
std::string jpegHeader(unsigned width, unsigned height) {
    std::string sof = {'\xff', '\xd8', '\xff', '\xc0', 0, 17, 8};
    sof += char(height >> 8);
    sof += char(height & 0xff);
    sof += char(width >> 8);
    sof += char(width & 0xff);
    sof += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return sof;
}

}  // namespace

TEST_CASE("the fixture picture is a 2 x 2 PNG") {
    ImageProbe probe = probeImage(fixture("minimal/media/dot.png"));
    CHECK(probe.ok);
    CHECK(probe.width == 2);
    CHECK(probe.height == 2);
    CHECK(probe.error.empty());
}

TEST_CASE("a damaged PNG, a missing file and a non-picture are refused with reasons") {
    ImageProbe corrupt = probeImage(fixture("broken-media/media/corrupt.png"));
    CHECK_FALSE(corrupt.ok);
    CHECK(corrupt.error == "the PNG file is damaged (it may have been only partly copied)");
    CHECK(probeImage(fixture("minimal/media/none.png")).error == "the file does not exist");
    CHECK(probeImage(fixture("minimal/events.json")).error ==
          "the file is not a PNG or JPEG picture");
    CHECK_FALSE(probeBytes("").ok);
}

TEST_CASE("an oversized PNG is refused from its header alone") {
    ImageProbe huge = probeImage(fixture("broken-media/media/huge-header.png"));
    CHECK_FALSE(huge.ok);
    CHECK(huge.error.find("20000 x 20000 pixels") != std::string::npos);
    // Under stb's own 8192 ceiling, but over the exhibit's 4096: refused with its size known.
    ImageProbe wide = probeBytes(makePng(5000, 10, false));
    CHECK_FALSE(wide.ok);
    CHECK(wide.width == 5000);
    CHECK(wide.error.find("5000 x 10 pixels; at most 4096") != std::string::npos);
    CHECK(probeBytes(makePng(4096, 1, false)).ok);
}

TEST_CASE("JPEG headers are read too") {
    ImageProbe jpeg = probeBytes(jpegHeader(640, 480));
    CHECK(jpeg.ok);
    CHECK(jpeg.width == 640);
    CHECK(jpeg.height == 480);
    CHECK(probeBytes(jpegHeader(4097, 10)).error.find("4097 x 10") != std::string::npos);
    CHECK(probeBytes(jpegHeader(9000, 10)).error.find("JPEG file is damaged, or wider") !=
          std::string::npos);
}

TEST_CASE("a picture file over 16 MB is refused before it is read") {
    TempDir dir;
    auto path = dir.path() / "big.png";
    writeFile(path, makePng(2, 2));
    std::filesystem::resize_file(path, kMaxImageBytes + 1);  // sparse: costs no disk
    ImageProbe big = probeImage(path);
    CHECK_FALSE(big.ok);
    CHECK(big.error == "the file is 16.1 MB; pictures may be at most 16 MB");
    CHECK_FALSE(decodeImageRgba(path).ok);
}

TEST_CASE("decoding gives RGBA rows and refuses what the probe refuses") {
    DecodedImage dot = decodeImageRgba(fixture("minimal/media/dot.png"));
    REQUIRE(dot.ok);
    CHECK(dot.width == 2);
    CHECK(dot.height == 2);
    REQUIRE(dot.rgba.size() == 16);
    CHECK(dot.rgba[0] == 0xff);
    CHECK(dot.rgba[1] == 0x00);
    CHECK(dot.rgba[3] == 0xff);

    std::string png = makePng(3, 1);
    DecodedImage fromMemory =
        decodeImageRgbaMemory(reinterpret_cast<const unsigned char*>(png.data()), png.size());
    CHECK(fromMemory.ok);
    CHECK(fromMemory.rgba.size() == 12);

    DecodedImage huge = decodeImageRgba(fixture("broken-media/media/huge-header.png"));
    CHECK_FALSE(huge.ok);
    CHECK(huge.rgba.empty());
    std::string truncated = makePng(8, 8).substr(0, 60);  // header fine, pixels cut off
    CHECK_FALSE(decodeImageRgbaMemory(reinterpret_cast<const unsigned char*>(truncated.data()),
                                      truncated.size())
                    .ok);
}
