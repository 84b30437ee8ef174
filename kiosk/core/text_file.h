#pragma once
// How the exhibit reads every text file it is given: content JSON, kiosk.conf, minisign keys
// and signatures, manifest.json, replay scripts. Windows editors write a UTF-8 byte-order mark
// and CRLF line ends; both are accepted here, once, the same way for every reader, so that a
// key is not "unknown" because of an invisible BOM and a JSON error on line 1 is not one
// column off. (Binary files, the geography asset and TZif, are read elsewhere.)
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// The UTF-8 byte-order mark, EF BB BF.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Bytes that readTextFile and normaliseText leave allocated after a text's end (capacity beyond
// size), so that a parser reading ahead in blocks (simdjson: 64) can read the text in place.
inline constexpr std::size_t kTextReadPadding = 64;

// `bytes` without one leading UTF-8 BOM and with each CRLF turned into LF (a lone CR stays).
// Lines and columns counted in the result are those an editor shows for the original.
std::string normaliseText(std::string_view bytes);

struct TextFile {
    enum class Status { Ok, Missing, NotAFile, TooLarge, Unreadable };
    Status status = Status::Unreadable;
    std::string text;         // normalised (see normaliseText), when ok(); kTextReadPadding spare
    std::uintmax_t size = 0;  // the file's size in bytes, when known (TooLarge: how big)
    std::string error;        // the system's reason, for Missing and Unreadable
    bool ok() const { return status == Status::Ok; }
};

// Reads a whole plain file of at most `maxBytes` (checked before reading) and normalises it.
TextFile readTextFile(const std::filesystem::path& path, std::size_t maxBytes);

// A text that is not UTF-8, named for the person who saved it.
struct EncodingProblem {
    std::size_t offset = 0;  // byte offset of the first offending byte
    int line = 1;            // 1-based, as an editor counts
    int column = 1;          // 1-based, in characters
    std::string message;     // without the position, e.g. "the file is UTF-16 (little-endian);
                             // save it as UTF-8", or "byte 0xE9 is not valid UTF-8; ..."
};

// UTF-16 (by its BOM, or by the NUL bytes beside ASCII characters that it has) or the first
// byte that is not UTF-8 (RFC 3629), which in a Western text usually means Latin-1 or
// Windows-1252. Nothing when the text is valid UTF-8.
std::optional<EncodingProblem> findEncodingProblem(std::string_view text);

}  // namespace kiosk
