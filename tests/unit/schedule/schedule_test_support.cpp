#include "schedule_test_support.h"

#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"

namespace schedule_test {
namespace {

void putBigEndian(std::string& out, std::uint64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) out += char((value >> (8 * i)) & 0xff);
}

// Header and data block with one local time type and no transitions (so the 32- and 64-bit
// blocks are the same bytes).
void putBlock(std::string& out, int utcOffset) {
    out += "TZif2";
    out += std::string(15, '\0');
    for (std::uint32_t count : {0u, 0u, 0u, 0u, 1u, 4u}) putBigEndian(out, count, 4);
    putBigEndian(out, std::uint32_t(utcOffset), 4);
    out += '\0';  // not DST
    out += '\0';  // abbreviation index
    out += std::string("XXX\0", 4);
}

}  // namespace

kiosk::Millis at(std::string_view isoTime) {
    std::optional<kiosk::ParsedTime> parsed = kiosk::parseIsoTime(isoTime);
    REQUIRE_MESSAGE(parsed, "bad time in test: " << isoTime);
    return parsed->utcMs;
}

std::string fixtureZoneinfo() {
    return std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/zoneinfo";
}

kiosk::schedule::TimeZone berlin() {
    std::string error;
    auto zone = kiosk::schedule::TimeZone::load("Europe/Berlin", error, fixtureZoneinfo());
    REQUIRE_MESSAGE(zone, error);
    return *zone;
}

std::optional<kiosk::schedule::TimeZone> systemZone(std::string_view name) {
    std::string error;
    auto zone = kiosk::schedule::TimeZone::load(name, error);
    if (!zone) MESSAGE("skipped: " << error);
    return zone;
}

std::string footerOnlyTzif(std::string_view footer, int utcOffset) {
    std::string out;
    putBlock(out, utcOffset);
    putBlock(out, utcOffset);
    out += '\n';
    out += footer;
    out += '\n';
    return out;
}

std::string versionOneTzif(std::int32_t changeAt, int offsetBefore, int offsetAfter) {
    std::string out = "TZif";
    out += std::string(16, '\0');  // version 1 is a zero byte, then 15 reserved
    for (std::uint32_t count : {0u, 0u, 0u, 1u, 2u, 4u}) putBigEndian(out, count, 4);
    putBigEndian(out, std::uint32_t(changeAt), 4);
    out += '\1';  // after the change: type 1
    for (int offset : {offsetBefore, offsetAfter}) {
        putBigEndian(out, std::uint32_t(offset), 4);
        out += std::string(2, '\0');  // not DST, abbreviation 0
    }
    out += std::string("XXX\0", 4);
    return out;
}

}  // namespace schedule_test
