#include <doctest/doctest.h>

#include "kiosk/core/clock.h"
#include "kiosk/core/iso_time.h"

using namespace kiosk;

TEST_CASE("ISO times round-trip through UTC milliseconds") {
    auto t = parseIsoTime("2021-02-15T10:30:00Z");
    REQUIRE(t);
    CHECK(t->hadOffset);
    CHECK(formatIsoUtc(t->utcMs) == "2021-02-15T10:30:00.000Z");
    CHECK(formatIsoDate(t->utcMs) == "2021-02-15");
}

TEST_CASE("an offset moves the instant; no offset is flagged for the exhibit's zone") {
    auto berlin = parseIsoTime("2021-02-15T11:30:00+01:00");
    auto plain = parseIsoTime("2021-02-15T10:30");
    REQUIRE(berlin);
    REQUIRE(plain);
    CHECK(berlin->utcMs == plain->utcMs);
    CHECK_FALSE(plain->hadOffset);
    CHECK(parseIsoTime("1970-01-01")->utcMs == 0);
}

TEST_CASE("malformed and impossible times are refused") {
    CHECK_FALSE(parseIsoTime("2021-02-30"));
    CHECK_FALSE(parseIsoTime("2021-13-01"));
    CHECK_FALSE(parseIsoTime("2021-02-15T24:00"));
    CHECK_FALSE(parseIsoTime("2021-02-15Tnoon"));
    CHECK_FALSE(parseIsoTime("2021-02-15Z junk"));
    CHECK_FALSE(parseIsoTime(""));
}

TEST_CASE("the manual clock moves only when told, and a wall jump leaves steady time alone") {
    ManualClock clock(1000);
    CHECK(clock.wallMs() == 1000);
    clock.advance(250);
    CHECK(clock.wallMs() == 1250);
    CHECK(clock.steadyMs() == 250);
    clock.jumpWall(-500);
    CHECK(clock.wallMs() == 750);
    CHECK(clock.steadyMs() == 250);
}

TEST_CASE("years outside 0000-9999 are written whole, never cut short (issue 16, item 8)") {
    const Millis day = 86'400'000;
    Millis year10000 = parseIsoTime("9999-12-31")->utcMs + day;
    CHECK(formatIsoDate(year10000) == "+10000-01-01");
    CHECK(formatIsoUtc(year10000) == "+10000-01-01T00:00:00.000Z");
    Millis yearMinus1 = parseIsoTime("0000-01-01")->utcMs - day;
    CHECK(formatIsoDate(yearMinus1) == "-0001-12-31");
    CHECK(formatIsoDate(parseIsoTime("0000-01-01")->utcMs) == "0000-01-01");
    CHECK_FALSE(parseIsoTime("10000-01-01"));
}
