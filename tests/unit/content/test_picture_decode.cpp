// Issue 16 item 6: a picture is checked by decoding all of it (every CRC, zlib's checksum, the
// end of the file), not by its header alone; each damaged case is built from a good picture.
#include <doctest/doctest.h>

#include <vector>

#include "content_test_support.h"
#include "kiosk/content/image_probe.h"
#include "png_damage.h"

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

using namespace kiosk::content;
using namespace kiosk::content::testing;

namespace {

std::string bundledFlag() {  // 600 x 400, white, blue and red stripes, real deflate data
    return readFile(std::filesystem::path(KIOSK_SOURCE_DIR) / "content/media/flag-russia.png");
}

DecodedImage decodeBytes(const std::string& bytes) {
    return decodeImageRgbaMemory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                 bytes.size());
}

std::uint32_t pixelAt(const DecodedImage& image, int x, int y) {
    const std::uint8_t* p = &image.rgba[(std::size_t(y) * std::size_t(image.width) + x) * 4];
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

// A 64 x 48 JPEG: noise on the left, so most of the file is image data, and orange on the right.
std::string makeJpeg() {
    std::vector<unsigned char> rgb;
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 64; ++x)
            for (int c = 0; c < 3; ++c)
                rgb.push_back(x < 32
                                  ? (unsigned char)((x * 73 + y * 151 + c * 29) * 2654435761u >> 24)
                                  : (unsigned char)(c == 0   ? 255
                                                    : c == 1 ? 128
                                                             : 0));
    std::string out;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
    };
    REQUIRE(stbi_write_jpg_to_func(append, &out, 64, 48, 3, rgb.data(), 90));
    return out;
}

struct Damaged {
    std::string what;
    std::string bytes;
    const char* reason;  // part of the error an editor reads
};

std::vector<Damaged> damagedPictures() {
    std::string flag = bundledFlag(), dot = makePng(8, 8), jpeg = makeJpeg();
    std::string withText = dot;
    withText.insert(33, pngChunk("tEXt", std::string("Title\0A red square", 18)));  // after IHDR
    return {
        {"a PNG with no image data", withoutChunk(dot, "IDAT"), "holds no image data"},
        {"the bundled picture cut in half", flag.substr(0, flag.size() / 2), "ends early"},
        {"a wrong IHDR CRC", withCrcFlipped(dot, "IHDR"), "IHDR chunk's checksum (CRC) is wrong"},
        {"a wrong IDAT CRC", withCrcFlipped(flag, "IDAT"), "IDAT chunk's checksum (CRC) is wrong"},
        {"a wrong CRC on a text chunk", withCrcFlipped(withText, "tEXt"),
         "tEXt chunk's checksum (CRC) is wrong"},
        {"damaged compressed data, CRC recomputed", withDataBitFlipped(flag, "IDAT", true),
         "image data is damaged"},
        {"damaged pixels behind a good header and CRC", withDataBitFlipped(dot, "IDAT", true),
         "image data is damaged"},
        {"an Apple CgBI PNG", makeCgbiPng(4, 4), "Apple iPhone PNG"},
        {"a JPEG cut in half", jpeg.substr(0, jpeg.size() / 2),
         "JPEG file is damaged or cut short"},
    };
}

}  // namespace

TEST_CASE("the damaged pictures' headers still look fine") {
    // Why a header check alone was not enough. The exhibit's own start still checks only
    // headers (LoadOptions::decodeImages), and its media worker decodes each picture whole.
    for (const Damaged& picture : damagedPictures()) {
        CAPTURE(picture.what);
        CHECK(probeImageMemory(reinterpret_cast<const unsigned char*>(picture.bytes.data()),
                               picture.bytes.size())
                  .ok);
        TempDir dir;
        copyFixture("minimal", dir.path());
        writeFile(dir.path() / "media/dot.png", picture.bytes);
        LoadOptions headersOnly;
        headersOnly.decodeImages = false;
        CHECK(loadContent(dir.path(), headersOnly).ok());
    }
}

TEST_CASE("the full decode refuses every damaged picture, saying why") {
    for (const Damaged& picture : damagedPictures()) {
        CAPTURE(picture.what);
        DecodedImage image = decodeBytes(picture.bytes);
        CHECK_FALSE(image.ok);
        CHECK(image.rgba.empty());
        CHECK_MESSAGE(image.error.find(picture.reason) != std::string::npos, image.error);
    }
}

TEST_CASE("validation refuses every damaged picture at the file and its media.json entry") {
    for (const Damaged& picture : damagedPictures()) {
        CAPTURE(picture.what);
        TempDir dir;
        copyFixture("minimal", dir.path());
        writeFile(dir.path() / "media/dot.png", picture.bytes);  // the name does not matter
        LoadResult result = loadContent(dir.path());
        CHECK_FALSE(result.ok());
        const Problem* problem = findProblem(result, "media.json", "/media/0/file");
        if (!problem) {
            FAIL_CHECK(listProblems(result));
            continue;
        }
        CHECK(problem->line == 5);
        CHECK(problem->column == 15);
        CHECK(problem->message.find("\"media/dot.png\"") != std::string::npos);
        CHECK_MESSAGE(problem->message.find(picture.reason) != std::string::npos, problem->message);
        CHECK(result.found.images == 0);
    }
}

TEST_CASE("good pictures decode whole, with their colours in place") {
    DecodedImage flag = decodeBytes(bundledFlag());
    REQUIRE_MESSAGE(flag.ok, flag.error);
    CHECK(flag.width == 600);
    CHECK(flag.height == 400);
    CHECK(pixelAt(flag, 0, 0) == 0xFFFFFFFFu);      // white on top
    CHECK(pixelAt(flag, 599, 399) == 0xD52B1EFFu);  // red below

    DecodedImage jpeg = decodeBytes(makeJpeg());
    REQUIRE_MESSAGE(jpeg.ok, jpeg.error);
    CHECK(jpeg.width == 64);
    CHECK(jpeg.height == 48);
    std::uint32_t orange = pixelAt(jpeg, 60, 24);
    CHECK((orange >> 24) >= 0xF0u);           // red high
    CHECK(((orange >> 8) & 0xFFu) <= 0x10u);  // blue low
}
