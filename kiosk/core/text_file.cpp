#include "kiosk/core/text_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "kiosk/core/utf8.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// UTF-16 without a BOM: its first two characters (ASCII in a JSON or config file) each
// next to a NUL byte.
std::optional<std::string_view> utf16Kind(std::string_view text) {
    if (text.starts_with("\xFF\xFE")) return "little-endian";
    if (text.starts_with("\xFE\xFF")) return "big-endian";
    if (text.size() < 4) return std::nullopt;
    auto nul = [&](std::size_t i) { return text[i] == '\0'; };
    if (!nul(0) && nul(1) && !nul(2) && nul(3)) return "little-endian";
    if (nul(0) && !nul(1) && nul(2) && !nul(3)) return "big-endian";
    return std::nullopt;
}

// normaliseText without a copy: the capacity (and so the padding) stays.
void normaliseInPlace(std::string& text) {
    std::size_t to = text.starts_with(kUtf8Bom) ? 0 : std::string::npos;
    std::size_t from = to == 0 ? kUtf8Bom.size() : 0;
    std::size_t cr = text.find("\r\n", from);
    if (to == std::string::npos) {
        if (cr == std::string::npos) return;
        to = cr;
        from = cr + 1;
        cr = text.find("\r\n", from);
    }
    // Moves the runs between CRLFs down whole, dropping each CR.
    while (true) {
        std::size_t end = cr == std::string::npos ? text.size() : cr;
        std::memmove(text.data() + to, text.data() + from, end - from);
        to += end - from;
        if (cr == std::string::npos) break;
        from = cr + 1;
        cr = text.find("\r\n", from);
    }
    text.resize(to);
}

}  // namespace

std::string normaliseText(std::string_view bytes) {
    if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
    std::string out;
    out.reserve(bytes.size() + kTextReadPadding);
    // Copies the runs between CRLFs whole, dropping each CR (not byte by byte).
    std::size_t from = 0;
    for (auto cr = bytes.find("\r\n"); cr != std::string_view::npos;
         cr = bytes.find("\r\n", from)) {
        out.append(bytes.substr(from, cr - from));
        from = cr + 1;
    }
    out.append(bytes.substr(from));
    return out;
}

TextFile readTextFile(const fs::path& path, std::size_t maxBytes) {
    TextFile file;
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
        file.status = TextFile::Status::Missing;
        file.error = ec ? ec.message() : std::strerror(ENOENT);
        return file;
    }
    if (!fs::is_regular_file(status)) {
        file.status = TextFile::Status::NotAFile;
        return file;
    }
    file.size = fs::file_size(path, ec);
    if (!ec && file.size > maxBytes) {
        file.status = TextFile::Status::TooLarge;
        return file;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes;
    if (!ec && in) {
        // Read with the padding already allocated, then normalised in place: no second copy.
        bytes.reserve(std::size_t(file.size) + kTextReadPadding);
        bytes.resize(std::size_t(file.size));
        in.read(bytes.data(), std::streamsize(file.size));
        bytes.resize(std::size_t(in.gcount()));
    }
    if (ec || in.bad() || !in.is_open()) {
        file.error = ec ? ec.message() : std::strerror(errno);
        return file;
    }
    file.status = TextFile::Status::Ok;
    normaliseInPlace(bytes);
    file.text = std::move(bytes);
    return file;
}

std::optional<EncodingProblem> findEncodingProblem(std::string_view text) {
    if (auto kind = utf16Kind(text)) {
        EncodingProblem problem;
        problem.message = "the file is UTF-16 (" + std::string(*kind) + "); save it as UTF-8";
        return problem;
    }
    std::size_t bad = firstInvalidUtf8(text);
    if (bad == std::string_view::npos) return std::nullopt;
    EncodingProblem problem;
    problem.offset = bad;
    for (std::size_t i = 0; i < bad; ++i) {
        if (text[i] == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if (!isContinuation(text[i])) {
            ++problem.column;
        }
    }
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", unsigned((unsigned char)text[bad]));
    problem.message =
        "byte " + std::string(hex) +
        " is not valid UTF-8; the file may be Latin-1 or Windows-1252: save it as UTF-8";
    return problem;
}

}  // namespace kiosk
