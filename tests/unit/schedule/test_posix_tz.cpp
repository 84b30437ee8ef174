#include <doctest/doctest.h>

#include "kiosk/schedule/local_date.h"
#include "kiosk/schedule/posix_tz.h"
#include "schedule_test_support.h"

using namespace kiosk::schedule;
using schedule_test::at;

namespace {

std::int64_t seconds(std::string_view isoTime) {
    return at(isoTime) / 1000;
}

}  // namespace

TEST_CASE("a zone without daylight saving time") {
    auto tz = PosixTz::parse("<+0330>-3:30");
    REQUIRE(tz);
    CHECK(tz->standardOffset == 3 * 3600 + 30 * 60);
    CHECK_FALSE(tz->daylight);
    CHECK(tz->at(seconds("2026-07-01T00:00:00Z")).utcOffset == 12600);
    REQUIRE(PosixTz::parse("UTC0"));
    CHECK(PosixTz::parse("EST5")->standardOffset == -5 * 3600);
}

TEST_CASE("Mm.w.d rules: last Sunday, second Sunday, first Sunday") {
    auto eu = PosixTz::parse("CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE(eu);
    CHECK(LocalDate::fromDayNumber(eu->daylight->start.dayNumberIn(2026)) ==
          LocalDate{2026, 3, 29});
    CHECK(LocalDate::fromDayNumber(eu->daylight->end.dayNumberIn(2026)) == LocalDate{2026, 10, 25});
    CHECK(eu->daylight->end.time == 3 * 3600);
    auto us = PosixTz::parse("EST5EDT,M3.2.0,M11.1.0");
    REQUIRE(us);
    CHECK(LocalDate::fromDayNumber(us->daylight->start.dayNumberIn(2026)) == LocalDate{2026, 3, 8});
    CHECK(LocalDate::fromDayNumber(us->daylight->end.dayNumberIn(2026)) == LocalDate{2026, 11, 1});
    CHECK(us->at(seconds("2026-07-01T00:00:00Z")).utcOffset == -4 * 3600);
    CHECK(us->at(seconds("2026-12-01T00:00:00Z")).utcOffset == -5 * 3600);
}

TEST_CASE("RFC 8536 extensions: hours past 24 and negative hours") {
    auto jerusalem = PosixTz::parse("IST-2IDT,M3.4.4/26,M10.5.0");
    REQUIRE(jerusalem);
    CHECK(jerusalem->daylight->start.time == 26 * 3600);
    // Thursday 26 March 2026 at "26:00" is Friday 27 March at 02:00 IST, 00:00 UTC.
    CHECK(jerusalem->at(seconds("2026-03-26T23:59:59Z")).utcOffset == 2 * 3600);
    CHECK(jerusalem->at(seconds("2026-03-27T00:00:00Z")).utcOffset == 3 * 3600);
    auto nuuk = PosixTz::parse("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
    REQUIRE(nuuk);
    CHECK(nuuk->daylight->start.time == -3600);
    // Saturday 28 March 2026 at 23:00 local (-02) is 01:00 UTC on the 29th.
    CHECK(nuuk->at(seconds("2026-03-29T00:59:59Z")).utcOffset == -2 * 3600);
    CHECK(nuuk->at(seconds("2026-03-29T01:00:00Z")).utcOffset == -1 * 3600);
}

TEST_CASE("southern hemisphere: daylight time spans New Year") {
    auto sydney = PosixTz::parse("AEST-10AEDT,M10.1.0,M4.1.0/3");
    REQUIRE(sydney);
    CHECK(sydney->at(seconds("2026-01-15T00:00:00Z")).dst);
    CHECK_FALSE(sydney->at(seconds("2026-07-15T00:00:00Z")).dst);
    CHECK(sydney->at(seconds("2026-12-31T23:00:00Z")).utcOffset == 11 * 3600);
}

TEST_CASE("Jn counts days without February 29, n counts from 0 with it") {
    auto julian = PosixTz::parse("AAA0BBB,J60,J300");  // 1 March either way
    REQUIRE(julian);
    CHECK(LocalDate::fromDayNumber(julian->daylight->start.dayNumberIn(2028)) ==
          LocalDate{2028, 3, 1});
    auto zeroBased = PosixTz::parse("AAA0BBB,59,300");
    REQUIRE(zeroBased);
    CHECK(LocalDate::fromDayNumber(zeroBased->daylight->start.dayNumberIn(2028)) ==
          LocalDate{2028, 2, 29});
    CHECK(LocalDate::fromDayNumber(zeroBased->daylight->start.dayNumberIn(2027)) ==
          LocalDate{2027, 3, 1});
}

TEST_CASE("daylight offset defaults to one hour ahead; explicit offsets are read") {
    auto implicit = PosixTz::parse("CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE(implicit);
    CHECK(implicit->daylight->offset == 2 * 3600);
    auto lordHowe = PosixTz::parse("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0");
    REQUIRE(lordHowe);
    CHECK(lordHowe->daylight->offset == 11 * 3600);
    CHECK(lordHowe->standardOffset == 10 * 3600 + 30 * 60);
}

TEST_CASE("malformed TZ strings are refused") {
    for (std::string_view bad :
         {"", "CET", "CE-1", "CET-1CEST,M13.1.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
          "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,M3.5.0", "CET-1CEST,J0,J10",
          "CET-1CEST,M3.5.0/200,M10.5.0", "<+03-3", "CET-1 junk", "CET-25"}) {
        CAPTURE(bad);
        CHECK_FALSE(PosixTz::parse(bad));
    }
}
