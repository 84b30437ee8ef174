#pragma once
// Damaging a valid PNG the ways real files get damaged (cut short, a flipped bit in one chunk),
// so the decoder's tests build every case from one good picture.
#include <string>
#include <string_view>

namespace kiosk::content::testing {

// Every chunk of `kind` left out.
std::string withoutChunk(std::string_view png, std::string_view kind);
// The first `kind` chunk's stored CRC changed, its data untouched.
std::string withCrcFlipped(std::string_view png, std::string_view kind);
// One bit flipped in the middle of the first `kind` chunk's data; with fixCrc the CRC is
// recomputed, so only the data's own checks (zlib's) can notice.
std::string withDataBitFlipped(std::string_view png, std::string_view kind, bool fixCrc);

}  // namespace kiosk::content::testing
