#include "kiosk/update/hashing.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace kiosk::update {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        hex += kDigits[b >> 4];
        hex += kDigits[b & 15];
    }
    return hex;
}

std::optional<Sha256> sha256FromHex(std::string_view hex) {
    if (hex.size() != 64) return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    Sha256 digest{};
    for (std::size_t i = 0; i < digest.size(); ++i) {
        int high = nibble(hex[2 * i]), low = nibble(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        digest[i] = std::uint8_t(high << 4 | low);
    }
    return digest;
}

Sha256 sha256Of(std::string_view bytes) {
    sodiumReady();
    Sha256 digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size());
    return digest;
}

FileDigest sha256File(const std::filesystem::path& path, std::uint64_t maxBytes) {
    sodiumReady();
    FileDigest result;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        result.error = {errno, std::generic_category()};
        return result;
    }
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::vector<unsigned char> buffer(256 * 1024);
    while (result.size <= maxBytes) {
        ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) result.error = {errno, std::generic_category()};
        if (n <= 0) break;
        crypto_hash_sha256_update(&state, buffer.data(), std::size_t(n));
        result.size += std::uint64_t(n);
    }
    ::close(fd);
    crypto_hash_sha256_final(&state, result.sha256.data());
    return result;
}

}  // namespace kiosk::update
