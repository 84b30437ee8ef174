#include "content_test_support.h"

#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <random>

namespace kiosk::content::testing {
namespace fs = std::filesystem;

fs::path fixture(std::string_view name) {
    return fs::path(KIOSK_SOURCE_DIR) / "tests/fixtures/content" / name;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    REQUIRE_MESSAGE(out, "cannot write " << path);
}

void copyFixture(std::string_view name, const fs::path& dir) {
    fs::copy(fixture(name), dir,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

ContentTexts minimalTexts() {
    ContentTexts files;
    for (const auto& entry : fs::directory_iterator(fixture("minimal")))
        if (entry.path().extension() == ".json")
            files.emplace(entry.path().filename().string(), readFile(entry.path()));
    REQUIRE(files.size() == 8);
    return files;
}

void patch(ContentTexts& files, const std::string& file, std::string_view from,
           std::string_view to) {
    REQUIRE_MESSAGE(files.count(file), file << " is not a fixture file");
    std::string& text = files[file];
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' is not in " << file);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos,
                    "'" << from << "' is in " << file << " more than once");
    text.replace(at, from.size(), to);
}

LoadResult loadTexts(const ContentTexts& files) {
    LoadOptions options;
    options.checkImages = false;
    return loadContentTexts(files, fixture("minimal"), options);
}

const Problem* findProblem(const LoadResult& result, std::string_view file, std::string_view path) {
    for (const Problem& p : result.problems)
        if (p.file == file && p.path == path) return &p;
    return nullptr;
}

std::string listProblems(const LoadResult& result) {
    std::string out;
    for (const Problem& p : result.problems) out += p.format() + "\n";
    return out.empty() ? "(no problems)" : out;
}

Problem onlyErrorIn(const LoadResult& result, const std::string& file) {
    INFO(listProblems(result));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.errors == 1);
    const Problem* error = result.firstError();
    REQUIRE(error->file == file);
    return *error;
}

namespace {

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += char((v >> shift) & 0xFF);
}

}  // namespace

std::string pngChunk(std::string_view kind, std::string_view data) {
    std::string out;
    putBigEndian(out, std::uint32_t(data.size()));
    std::string body = std::string(kind) + std::string(data);
    out += body;
    putBigEndian(out, crc32(body));
    return out;
}

namespace {

// zlib stream of stored (uncompressed) deflate blocks.
std::string zlibStored(std::string_view raw) {
    std::string out = "\x78\x01";
    std::size_t pos = 0;
    do {
        std::size_t n = std::min<std::size_t>(raw.size() - pos, 65535);
        bool last = pos + n == raw.size();
        out += char(last ? 1 : 0);
        out += char(n & 0xFF);
        out += char(n >> 8);
        out += char(~n & 0xFF);
        out += char((~n >> 8) & 0xFF);
        out += raw.substr(pos, n);
        pos += n;
    } while (pos < raw.size());
    std::uint32_t a = 1, b = 0;
    for (unsigned char c : raw) {
        a = (a + c) % 65521;
        b = (b + a) % 65521;
    }
    putBigEndian(out, (b << 16) | a);
    return out;
}

}  // namespace

std::string makePng(unsigned width, unsigned height, bool withPixels) {
    std::string header;
    putBigEndian(header, width);
    putBigEndian(header, height);
    header += std::string("\x08\x06\x00\x00\x00", 5);  // 8-bit RGBA, no interlace
    std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header);
    if (withPixels) {
        std::string rows;
        for (unsigned y = 0; y < height; ++y) {
            rows += '\0';  // filter: none
            for (unsigned x = 0; x < width; ++x) rows += std::string("\xff\x00\x00\xff", 4);
        }
        png += pngChunk("IDAT", zlibStored(rows));
    }
    return png + pngChunk("IEND", "");
}

std::string makeCgbiPng(unsigned width, unsigned height) {
    std::string header;
    putBigEndian(header, width);
    putBigEndian(header, height);
    header += std::string("\x08\x06\x00\x00\x00", 5);
    std::string rows;
    for (unsigned y = 0; y < height; ++y) {
        rows += '\0';
        for (unsigned x = 0; x < width; ++x) rows += std::string("\x00\x00\xff\xff", 4);  // BGRA
    }
    std::string deflate = zlibStored(rows);
    deflate = deflate.substr(2, deflate.size() - 6);  // Apple's IDAT: no zlib header or checksum
    return std::string("\x89PNG\r\n\x1a\n", 8) +
           pngChunk("CgBI", std::string("\x50\x00\x20\x06", 4)) + pngChunk("IHDR", header) +
           pngChunk("IDAT", deflate) + pngChunk("IEND", "");
}

}  // namespace kiosk::content::testing
