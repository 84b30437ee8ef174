#pragma once
// Reading from the stick, which may be pulled out at any moment: every read is bounded by the
// size the manifest declared, and a file that errors, shrinks, grows or vanishes is refused.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "kiosk/update/refusal.h"

namespace kiosk::update {

// For tests: the stick being pulled out mid-copy.
struct CopyHooks {
    // Called before each read from the stick with the file's name on the stick and the bytes
    // read so far; returning false makes that read fail as an I/O error would.
    std::function<bool(const std::string& stickPath, std::uint64_t offset)> beforeRead;
};

struct SmallFile {
    std::string bytes;
    Refusal refusal;  // MissingFile, SymlinkOnStick, TooLarge or StickReadError
};

// A plain file of at most maxBytes, read whole (manifest.json, its signature, a key file).
SmallFile readSmallFile(const std::filesystem::path& path, std::size_t maxBytes);

// Copies exactly `size` bytes of stick file `name` (under `packageDir`) to a new file `target`.
Refusal copyFromStick(const std::filesystem::path& packageDir, const std::string& name,
                      std::uint64_t size, const std::filesystem::path& target,
                      const CopyHooks& hooks);

}  // namespace kiosk::update
