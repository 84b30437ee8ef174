#pragma once
// Shared helpers for the geography tests: the shipped asset, a tiny hand-made asset, byte
// patching that keeps the checksum valid, and temporary files.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/map/geo_asset.h"

namespace kiosk::map::testing {

std::filesystem::path worldAssetPath();
// assets/world.geo, loaded once; fails the test if it does not load.
const GeoAsset& worldAsset();

// Two countries: "AAA", a square at x, y 0.1..0.2, and "BBB", a square at 0.3..0.4 plus an
// island part at 0.5..0.55. Each square is two triangles and one closed outline strip.
GeoAsset twoSquareCountries();

using Bytes = std::vector<std::uint8_t>;
void put32(Bytes& bytes, std::size_t at, std::uint32_t value);
void putFloat(Bytes& bytes, std::size_t at, float value);
// Recomputes the payload CRC, so a test reaches the check after the checksum.
void refreshChecksum(Bytes& bytes);

// A file under the system temp folder, removed at scope exit.
class TempFile {
  public:
    explicit TempFile(const Bytes& contents);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// Asserts a failed load whose message starts with the file's name and contains `expected`.
void checkFails(const GeoAssetResult& result, std::string_view name, std::string_view expected);

}  // namespace kiosk::map::testing
