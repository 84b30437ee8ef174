#include "media_test_support.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>
#include <thread>

namespace kiosk::media::testing {
namespace {

constexpr auto kPatience = std::chrono::seconds(10);

void putBigEndian(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out += char((value >> shift) & 0xFF);
}

std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string chunk(const std::string& kind, const std::string& data) {
    std::string out;
    putBigEndian(out, std::uint32_t(data.size()));
    const std::string body = kind + data;
    out += body;
    putBigEndian(out, crc32(body));
    return out;
}

std::string zlibStored(const std::string& raw) {
    std::string out = "\x78\x01";
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min<std::size_t>(raw.size() - pos, 65535);
        out += char(pos + n == raw.size() ? 1 : 0);  // BFINAL on the last block, BTYPE stored
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

void Gate::pass() {
    std::unique_lock lock(mutex_);
    ++arrivals_;
    changed_.notify_all();
    changed_.wait(lock, [this] { return open_; });
}

void Gate::open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
}

bool Gate::waitForArrivals(int count) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, kPatience, [&] { return arrivals_ >= count; });
}

int Gate::arrivals() const {
    std::lock_guard lock(mutex_);
    return arrivals_;
}

DecodeResult syntheticImage(int width, int height, const PixelFunction& pixelAt) {
    DecodeResult image{true, width, height, {}, ""};
    image.rgba.reserve(std::size_t(width) * std::size_t(height) * 4);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const std::uint32_t value = pixelAt(x, y);
            for (int shift = 24; shift >= 0; shift -= 8)
                image.rgba.push_back(std::uint8_t(value >> shift));
        }
    return image;
}

std::uint32_t pixel(const DecodeResult& image, int x, int y) {
    const std::size_t at = (std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4;
    return std::uint32_t(image.rgba[at]) << 24 | std::uint32_t(image.rgba[at + 1]) << 16 |
           std::uint32_t(image.rgba[at + 2]) << 8 | std::uint32_t(image.rgba[at + 3]);
}

bool waitUntilIdle(const ImageLoader& loader) {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (loader.pending()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string makePng(int width, int height, const PixelFunction& pixelAt) {
    std::string header;
    putBigEndian(header, std::uint32_t(width));
    putBigEndian(header, std::uint32_t(height));
    header += std::string("\x08\x06\x00\x00\x00", 5);  // 8-bit RGBA, no interlace
    std::string rows;
    for (int y = 0; y < height; ++y) {
        rows += '\0';  // filter: none
        for (int x = 0; x < width; ++x) putBigEndian(rows, pixelAt(x, y));
    }
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) +
           chunk("IDAT", zlibStored(rows)) + chunk("IEND", "");
}

std::string makeCgbiPng(int width, int height, const PixelFunction& pixelAt) {
    std::string header;
    putBigEndian(header, std::uint32_t(width));
    putBigEndian(header, std::uint32_t(height));
    header += std::string("\x08\x06\x00\x00\x00", 5);
    std::string rows;
    for (int y = 0; y < height; ++y) {
        rows += '\0';
        for (int x = 0; x < width; ++x) {
            const std::uint32_t rgba = pixelAt(x, y);  // stored as BGRA
            putBigEndian(rows, (rgba >> 8 & 0xFFu) << 24 | (rgba >> 16 & 0xFFu) << 16 |
                                   (rgba >> 24) << 8 | (rgba & 0xFFu));
        }
    }
    const std::string zlib = zlibStored(rows);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("CgBI", std::string("\x50\x00\x20\x06", 4)) +
           chunk("IHDR", header) + chunk("IDAT", zlib.substr(2, zlib.size() - 6)) +
           chunk("IEND", "");
}

}  // namespace kiosk::media::testing
