#pragma once
// Checking and decoding the exhibit's pictures (PNG and JPEG only). This unit owns a private,
// static copy of stb_image, so it never clashes with the one ImGui links.
#include <cstdint>
#include <filesystem>
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

// Probes first, so an oversized picture is refused before any pixel is decoded.
DecodedImage decodeImageRgba(const std::filesystem::path& path);
DecodedImage decodeImageRgbaMemory(const unsigned char* bytes, std::size_t size);

}  // namespace kiosk::content
