// The map's geography asset (kiosk/map/geo_asset.h). The harness rewrites the payload CRC-32
// before parsing, so that mutations reach the checks behind the checksum (the checksum check
// itself is covered by tests/unit/map). A parsed asset is then queried like the map does.
#include <vector>

#include "fuzz_support.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/map/geo_asset_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::map;
    std::vector<std::uint8_t> bytes(data, data + size);
    if (bytes.size() >= geo_format::kHeaderBytes) {
        std::uint32_t crc =
            crc32(std::span<const std::uint8_t>(bytes).subspan(geo_format::kHeaderBytes));
        for (int k = 0; k < 4; ++k)
            bytes[geo_format::kChecksumAt + k] = std::uint8_t(crc >> (8 * k));
    }
    GeoAssetResult result = parseGeoAsset(bytes, "fuzz.geo");
    FUZZ_CHECK(result.ok() == result.error.empty());
    if (!result.ok()) {
        FUZZ_CHECK(result.error.rfind("fuzz.geo", 0) == 0);
        return 0;
    }
    const GeoAsset& asset = *result.asset;
    for (const Country& country : asset.countries) {
        FUZZ_CHECK(findCountry(asset, country.iso) != nullptr);
        (void)countryAt(asset, {country.anchor.x, country.anchor.y});
    }
    for (double x : {0.0, 0.15, 0.35, 0.52, 1.0}) (void)countryAt(asset, {x, x});
    return 0;
}
