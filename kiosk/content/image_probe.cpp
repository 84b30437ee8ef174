#include "kiosk/content/image_probe.h"

#include "kiosk/content/bounded_json.h"
#include "kiosk/content/jpeg_guard.h"
#include "kiosk/content/png_decode.h"

#include <algorithm>
#include <fstream>
#include <string_view>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#endif
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_MAX_DIMENSIONS 8192
// stb 2.27 leaves its JPEG decoder's Huffman tables uninitialised, and a scan that names a table
// no DHT defined then reads far outside them (stb 2.28 zeroes them). Zeroed memory, as there.
#define STBI_MALLOC(size) calloc(1, size)
#define STBI_REALLOC(pointer, size) realloc(pointer, size)
#define STBI_FREE(pointer) free(pointer)
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace kiosk::content {
namespace {

constexpr std::size_t kHeadBytes = 24;  // enough for the PNG signature and IHDR sizes
constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

bool isPng(const unsigned char* head, std::size_t size) {
    return size >= 8 && std::equal(kPngSignature, kPngSignature + 8, head);
}

// Apple's Xcode rewrites PNGs for iPhone apps: a "CgBI" chunk before IHDR, pixels stored blue
// first and premultiplied, no zlib header. stb reads them with red and blue swapped; libpng
// refuses them as having an unknown critical chunk. Either way the exhibit cannot show them.
bool isAppleCgbi(const unsigned char* head, std::size_t size) {
    return isPng(head, size) && size >= 16 && std::string_view((const char*)head + 12, 4) == "CgBI";
}

const char* const kCgbiError =
    "this is an Apple iPhone PNG (it has a CgBI chunk), which only Apple's software shows "
    "correctly; open it in an image editor and save it again as a standard PNG";

std::uint32_t bigEndian32(const unsigned char* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 |
           std::uint32_t(p[3]);
}

// stbi_info reports only "unknown image type" once every format has failed, so the reason is
// worked out from the file's first bytes.
std::string explainFailure(const unsigned char* head, std::size_t size) {
    bool png = isPng(head, size);
    if (png && size >= kHeadBytes && std::string_view((const char*)head + 12, 4) == "IHDR") {
        std::uint32_t width = bigEndian32(head + 16), height = bigEndian32(head + 20);
        if (width > kMaxImageSide || height > kMaxImageSide)
            return "the picture is " + std::to_string(width) + " x " + std::to_string(height) +
                   " pixels; at most " + std::to_string(kMaxImageSide) +
                   " on a side is allowed, so scale it down";
    }
    if (png) return "the PNG file is damaged (it may have been only partly copied)";
    if (size >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        return "the JPEG file is damaged, or wider or taller than 8192 pixels (at most " +
               std::to_string(kMaxImageSide) + " is allowed)";
    return "the file is not a PNG or JPEG picture";
}

ImageProbe refuse(std::string error) {
    return {false, 0, 0, std::move(error)};
}

ImageProbe checkSides(int width, int height) {
    if (width > kMaxImageSide || height > kMaxImageSide) {
        return {false, width, height,
                "the picture is " + std::to_string(width) + " x " + std::to_string(height) +
                    " pixels; at most " + std::to_string(kMaxImageSide) +
                    " on a side is allowed, so scale it down"};
    }
    return {true, width, height, ""};
}

// stb reads through these callbacks, so probing pulls in only the bytes the header needs.
int readCallback(void* user, char* data, int size) {
    auto& in = *static_cast<std::ifstream*>(user);
    in.read(data, size);
    return int(in.gcount());
}
void skipCallback(void* user, int n) {
    static_cast<std::ifstream*>(user)->seekg(n, std::ios::cur);
}
int eofCallback(void* user) {
    return static_cast<std::ifstream*>(user)->peek() == EOF;
}

ImageProbe checkFileSize(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return refuse("the file does not exist");
    std::uintmax_t bytes = std::filesystem::file_size(path, ec);
    if (ec) return refuse("the file cannot be read (" + ec.message() + ")");
    if (bytes > kMaxImageBytes)
        return refuse("the file is " + describeSize(bytes) + "; pictures may be at most " +
                      describeSize(kMaxImageBytes));
    return {true, 0, 0, ""};
}

bool readWholeFile(const std::filesystem::path& path, std::vector<unsigned char>& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

}  // namespace

ImageProbe probeImage(const std::filesystem::path& path) {
    ImageProbe size = checkFileSize(path);
    if (!size.ok) return size;
    std::ifstream in(path, std::ios::binary);
    unsigned char head[kHeadBytes] = {};
    if (!in.read(reinterpret_cast<char*>(head), kHeadBytes) && in.gcount() == 0)
        return refuse("the file is empty or cannot be opened");
    std::size_t headSize = std::size_t(in.gcount());
    if (head[0] == 0xFF) {
        // The JPEG guard needs every byte (jpeg_guard.h); the size is already checked.
        std::vector<unsigned char> bytes;
        if (!readWholeFile(path, bytes)) return refuse("the file cannot be opened");
        return probeImageMemory(bytes.data(), bytes.size());
    }
    in.clear();
    in.seekg(0);
    stbi_io_callbacks callbacks{readCallback, skipCallback, eofCallback};
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_callbacks(&callbacks, &in, &width, &height, &channels))
        return refuse(explainFailure(head, headSize));
    return checkSides(width, height);
}

ImageProbe probeImageMemory(const unsigned char* bytes, std::size_t size) {
    if (size > kMaxImageBytes)
        return refuse("the picture is " + describeSize(size) + "; pictures may be at most " +
                      describeSize(kMaxImageBytes));
    if (!jpegHuffmanTablesFit(bytes, size))
        return refuse("the JPEG file is damaged (a Huffman table declares more than 256 codes)");
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(bytes, int(size), &width, &height, &channels))
        return refuse(explainFailure(bytes, size));
    return checkSides(width, height);
}

DecodedImage decodePicture(std::span<const std::uint8_t> bytes, Pixels pixels) {
    ImageProbe probe = probeImageMemory(bytes.data(), bytes.size());
    if (!probe.ok) return {false, probe.width, probe.height, {}, probe.error};
    if (isAppleCgbi(bytes.data(), bytes.size()))
        return {false, probe.width, probe.height, {}, kCgbiError};
    if (isPng(bytes.data(), bytes.size()))
        return detail::decodePng(bytes, kMaxImageSide, pixels == Pixels::Keep);
    // JPEG has no checksum: stb's own checks are all there is, and it reports a file cut short.
    int width = 0, height = 0, channels = 0;
    stbi__g_failure_reason = nullptr;  // stb's PNG test, tried first, leaves "bad png sig"
    stbi_uc* decoded =
        stbi_load_from_memory(bytes.data(), int(bytes.size()), &width, &height, &channels, 4);
    if (!decoded) {
        const char* reason = stbi_failure_reason();
        return {false,
                probe.width,
                probe.height,
                {},
                std::string("the JPEG file is damaged or cut short") +
                    (reason ? std::string(" (stb_image: ") + reason + ")" : "")};
    }
    DecodedImage image{true, width, height, {}, ""};
    if (pixels == Pixels::Keep)
        image.rgba.assign(decoded, decoded + std::size_t(width) * std::size_t(height) * 4);
    stbi_image_free(decoded);
    return image;
}

DecodedImage decodePictureFile(const std::filesystem::path& path, Pixels pixels) {
    ImageProbe size = checkFileSize(path);
    if (!size.ok) return {false, 0, 0, {}, size.error};
    std::vector<unsigned char> bytes;
    if (!readWholeFile(path, bytes)) return {false, 0, 0, {}, "the file cannot be opened"};
    return decodePicture(bytes, pixels);
}

}  // namespace kiosk::content
