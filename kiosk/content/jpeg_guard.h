#pragma once
// A guard for a known bug of the stb_image that Debian bookworm ships (v2.27): a JPEG whose
// DHT segment declares more than 256 Huffman codes makes stb write past its tables, both while
// probing the header and while decoding (stb 2.28 refuses it: "bad DHT header"). Found by
// tests/fuzz/fuzz_picture. Remove this once stb is 2.28 or later, or JPEG moves to libjpeg.
#include <cstddef>

namespace kiosk::content {

// False when `bytes` is a JPEG (FF, FF fill bytes, D8: what stb takes for one) holding a DHT table
// that stb 2.27 would overrun. Every FF C4 in the file is checked, the way stb would read a DHT
// there, so no arrangement of markers can hide one. Other files, and JPEGs that are merely damaged,
// give true: stb itself refuses those.
bool jpegHuffmanTablesFit(const unsigned char* bytes, std::size_t size);

}  // namespace kiosk::content
