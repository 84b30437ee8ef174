#pragma once
// PNG through libpng (Debian's libpng16), because stb checks no CRC and no zlib checksum.
// Used by image_probe.cpp only; callers use decodePicture() there.
#include <cstdint>
#include <span>

#include "kiosk/content/image_probe.h"

namespace kiosk::content::detail {

// Decodes a whole PNG file held in `bytes` to RGBA8 (palette, grey, 16-bit and transparency
// converted; interlacing undone). Refused, with an error for a content editor: any chunk whose
// CRC is wrong, image data that zlib finds damaged or that ends before the last row, a file
// that ends before IEND, no IDAT, sides over maxSide (libpng's user limits, checked at IHDR).
// keepPixels false: each row is decoded into one scratch row and dropped, so checking a
// 4096 x 4096 picture holds 16 KB, not 64 MB. Never throws, except std::bad_alloc.
DecodedImage decodePng(std::span<const std::uint8_t> bytes, int maxSide, bool keepPixels);

}  // namespace kiosk::content::detail
