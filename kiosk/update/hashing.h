#pragma once
// SHA-256 of files and bytes (libsodium), and the hex form the manifest uses.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

namespace kiosk::update {

using Sha256 = std::array<std::uint8_t, 32>;

// libsodium must be initialised once before use; safe to call from anywhere, any number of times.
// False only if the library cannot start (no usable random source).
bool sodiumReady();

std::string toHex(std::span<const std::uint8_t> bytes);
// Exactly 64 hex digits (either case), else nothing.
std::optional<Sha256> sha256FromHex(std::string_view hex);

Sha256 sha256Of(std::string_view bytes);

struct FileDigest {
    std::error_code error;   // open or read failure
    std::uint64_t size = 0;  // bytes read; more than maxBytes means the file is too big
    Sha256 sha256{};
};

// Hashes the file without following a symlink. Stops after maxBytes + 1 bytes, so a file bigger
// than expected is reported (size > maxBytes) without reading all of it.
FileDigest sha256File(const std::filesystem::path& path, std::uint64_t maxBytes);

}  // namespace kiosk::update
