#pragma once
// Checking and decoding the exhibit's pictures (PNG and JPEG only). PNG is decoded by libpng,
// which checks every CRC; JPEG (which has no checksum) and the header probe by a private, static
// copy of stb_image, so it never clashes with the one ImGui links. No SDL or GL here.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace kiosk::content {

inline constexpr int kMaxImageSide = 4096;
inline constexpr std::uintmax_t kMaxImageBytes = 16 * 1024 * 1024;

struct ImageProbe {
    bool ok = false;
    int width = 0, height = 0;
    std::string error;  // for a content editor, e.g. "the file is not a PNG or JPEG picture"
};

// Reads only the header (never decodes pixels) and checks the file size and side limits.
ImageProbe probeImage(const std::filesystem::path& path);
ImageProbe probeImageMemory(const unsigned char* bytes, std::size_t size);

struct DecodedImage {
    bool ok = false;
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom
    std::string error;
};

// Keep: the decoded pixels are returned. Discard: every pixel is still decoded and checked, but
// none is kept (validation), so a PNG costs one row of memory.
enum class Pixels { Keep, Discard };

// Decodes a whole picture: `bytes` is a file's content (any bytes at all are safe). Probes
// first, so what probeImageMemory refuses (over kMaxImageSide or kMaxImageBytes, not PNG or
// JPEG) is refused before any pixel is decoded. Apple's "CgBI" iPhone PNGs are refused
// (their colours would come out swapped). PNG (through libpng) is refused when any
// chunk's CRC is wrong, zlib finds the image data damaged, the data stops before the last row
// or the file before IEND; JPEG (through stb) when stb finds it damaged or cut short. On
// failure, `error` is for a content editor and `rgba` is empty. Never throws, except
// std::bad_alloc. Runs on the exhibit's media worker and in validation, never on the UI thread.
DecodedImage decodePicture(std::span<const std::uint8_t> bytes, Pixels pixels = Pixels::Keep);
// The same for a file, whose size is checked before it is read.
DecodedImage decodePictureFile(const std::filesystem::path& path, Pixels pixels = Pixels::Keep);

// The names the two above had before; kept for their callers.
inline DecodedImage decodeImageRgba(const std::filesystem::path& path) {
    return decodePictureFile(path);
}
inline DecodedImage decodeImageRgbaMemory(const unsigned char* bytes, std::size_t size) {
    return decodePicture({bytes, size});
}

}  // namespace kiosk::content
