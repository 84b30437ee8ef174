#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"
#include "kiosk/schedule/time_zone.h"
#include "schedule_test_support.h"

using namespace kiosk;
using namespace kiosk::schedule;
using schedule_test::at;

namespace {

const LocalDate kSpringForward{2026, 3, 29};  // Berlin: 02:00 CET -> 03:00 CEST
const LocalDate kFallBack{2026, 10, 25};      // Berlin: 03:00 CEST -> 02:00 CET

void checkLocal(const TimeZone& zone, std::string_view utc, LocalDate date, int minute,
                int offsetHours) {
    LocalTime local = zone.toLocal(at(utc));
    CAPTURE(utc);
    CHECK(local.date() == date);
    CHECK(local.minuteOfDay == minute);
    CHECK(local.utcOffsetSeconds == offsetHours * 3600);
}

// The standard checks on a zone that follows the EU rules in 2026.
void checkBerlin2026(const TimeZone& zone) {
    checkLocal(zone, "2026-03-29T00:59:59Z", kSpringForward, 1 * 60 + 59, 1);
    checkLocal(zone, "2026-03-29T01:00:00Z", kSpringForward, 3 * 60, 2);
    checkLocal(zone, "2026-10-25T00:30:00Z", kFallBack, 2 * 60 + 30, 2);
    checkLocal(zone, "2026-10-25T01:30:00Z", kFallBack, 2 * 60 + 30, 1);
    CHECK(zone.fromLocal(kSpringForward, 10 * 60) == at("2026-03-29T08:00:00Z"));
    CHECK(zone.fromLocal(kFallBack, 10 * 60) == at("2026-10-25T09:00:00Z"));
}

}  // namespace

TEST_CASE("Berlin from the fixture: both DST changes of 2026") {
    TimeZone zone = schedule_test::berlin();
    CHECK(zone.name() == "Europe/Berlin");
    checkBerlin2026(zone);
    CHECK(zone.toLocal(at("2026-03-29T01:00:00Z")).dst);
    CHECK_FALSE(zone.toLocal(at("2026-01-15T12:00:00Z")).dst);
}

TEST_CASE("a minute in the spring gap moves forward to the end of the gap") {
    TimeZone zone = schedule_test::berlin();
    CHECK(zone.fromLocal(kSpringForward, 2 * 60) == at("2026-03-29T01:00:00Z"));
    CHECK(zone.fromLocal(kSpringForward, 2 * 60 + 30) == at("2026-03-29T01:00:00Z"));
    CHECK(zone.fromLocal(kSpringForward, 1 * 60 + 59) == at("2026-03-29T00:59:00Z"));
    CHECK(zone.fromLocal(kSpringForward, 3 * 60) == at("2026-03-29T01:00:00Z"));
}

TEST_CASE("a minute in the autumn overlap is its earlier occurrence") {
    TimeZone zone = schedule_test::berlin();
    CHECK(zone.fromLocal(kFallBack, 2 * 60 + 30) == at("2026-10-25T00:30:00Z"));
    CHECK(zone.fromLocal(kFallBack, 2 * 60) == at("2026-10-25T00:00:00Z"));
    CHECK(zone.fromLocal(kFallBack, 3 * 60) == at("2026-10-25T02:00:00Z"));
}

TEST_CASE("minutes past 1440 run into the next day") {
    TimeZone zone = schedule_test::berlin();
    CHECK(zone.fromLocal({2026, 7, 1}, 26 * 60) == zone.fromLocal({2026, 7, 2}, 2 * 60));
    CHECK(zone.fromLocal({2026, 12, 31}, 24 * 60) == at("2026-12-31T23:00:00Z"));
}

TEST_CASE("after the file's last transition (2037) the footer rule decides") {
    TimeZone zone = schedule_test::berlin();
    // Last Sundays of March and October 2045: the 26th and the 29th.
    checkLocal(zone, "2045-03-26T00:59:00Z", {2045, 3, 26}, 1 * 60 + 59, 1);
    checkLocal(zone, "2045-03-26T01:00:00Z", {2045, 3, 26}, 3 * 60, 2);
    checkLocal(zone, "2045-10-29T01:00:00Z", {2045, 10, 29}, 2 * 60, 1);
    CHECK(zone.fromLocal({2045, 10, 29}, 2 * 60 + 30) == at("2045-10-29T00:30:00Z"));
}

TEST_CASE("a slim zone with only a footer gives the same answers") {
    std::string error;
    auto zone = TimeZone::fromTzif(
        "Slim/Berlin", schedule_test::footerOnlyTzif("CET-1CEST,M3.5.0,M10.5.0/3", 3600), error);
    REQUIRE_MESSAGE(zone, error);
    checkBerlin2026(*zone);
    CHECK(zone->fromLocal(kSpringForward, 2 * 60 + 30) == at("2026-03-29T01:00:00Z"));
}

TEST_CASE("system zones: New York, Jerusalem and UTC in 2026") {
    if (auto zone = schedule_test::systemZone("Europe/Berlin")) checkBerlin2026(*zone);
    if (auto ny = schedule_test::systemZone("America/New_York")) {
        checkLocal(*ny, "2026-03-08T07:00:00Z", {2026, 3, 8}, 3 * 60, -4);
        checkLocal(*ny, "2026-03-08T06:59:00Z", {2026, 3, 8}, 1 * 60 + 59, -5);
        CHECK(ny->fromLocal({2026, 3, 8}, 2 * 60 + 30) == at("2026-03-08T07:00:00Z"));
        CHECK(ny->fromLocal({2026, 11, 1}, 1 * 60 + 30) == at("2026-11-01T05:30:00Z"));
        CHECK(ny->toLocal(at("2026-11-01T06:30:00Z")).minuteOfDay == 1 * 60 + 30);
    }
    if (auto jerusalem = schedule_test::systemZone("Asia/Jerusalem")) {
        // The Friday before the last Sunday of March; the last Sunday of October.
        checkLocal(*jerusalem, "2026-03-27T00:00:00Z", {2026, 3, 27}, 3 * 60, 3);
        checkLocal(*jerusalem, "2026-03-26T23:59:00Z", {2026, 3, 27}, 1 * 60 + 59, 2);
        checkLocal(*jerusalem, "2026-10-24T23:00:00Z", {2026, 10, 25}, 1 * 60, 2);
        CHECK(jerusalem->fromLocal({2026, 10, 25}, 1 * 60 + 30) == at("2026-10-24T22:30:00Z"));
    }
    if (auto utc = schedule_test::systemZone("UTC")) {
        checkLocal(*utc, "2026-06-01T12:34:00Z", {2026, 6, 1}, 12 * 60 + 34, 0);
        CHECK(utc->fromLocal({2026, 6, 1}, 0) == at("2026-06-01T00:00:00Z"));
    }
}

TEST_CASE("the built-in UTC zone needs no files") {
    TimeZone utc = TimeZone::utc();
    LocalTime local = utc.toLocal(at("2026-11-27T23:59:00Z"));
    CHECK(local.date() == LocalDate{2026, 11, 27});
    CHECK(local.weekday == 4);  // a Friday
    CHECK(local.minuteOfDay == 23 * 60 + 59);
    CHECK(utc.toLocal(at("1969-12-31T23:00:00Z")).date() == LocalDate{1969, 12, 31});
}

TEST_CASE("zone names that could leave the zoneinfo folder are refused before any file access") {
    for (std::string_view bad :
         {"", "../etc/passwd", "/etc/localtime", "Europe/../../etc", "Europe//Berlin",
          "Europe/Berlin/", "Europe/Ber lin", "./UTC", "Europe\\Berlin", "Europe/Berlin\n"}) {
        CAPTURE(bad);
        CHECK_FALSE(TimeZone::isValidName(bad));
        std::string error;
        CHECK_FALSE(TimeZone::load(bad, error, schedule_test::fixtureZoneinfo()));
        CHECK(error.find("not a time zone name") != std::string::npos);
    }
    CHECK(TimeZone::isValidName("America/Argentina/Buenos_Aires"));
    CHECK(TimeZone::isValidName("Etc/GMT+5"));
}

TEST_CASE("missing and malformed zone files are reported, not crashed on") {
    std::string error;
    CHECK_FALSE(TimeZone::load("Europe/Berln", error, schedule_test::fixtureZoneinfo()));
    CHECK(error.find("there is no time zone \"Europe/Berln\"") != std::string::npos);
    CHECK_FALSE(TimeZone::load("Europe", error, schedule_test::fixtureZoneinfo()));
    CHECK_FALSE(TimeZone::fromTzif("X", "not a tzif file", error));
    CHECK(error == "it is not a TZif time zone file");
    std::string slim = schedule_test::footerOnlyTzif("CET-1CEST,M3.5.0,M10.5.0/3", 3600);
    for (std::size_t cut : {std::size_t(10), std::size_t(50), slim.size() - 2}) {
        CAPTURE(cut);
        CHECK_FALSE(TimeZone::fromTzif("X", slim.substr(0, cut), error));
    }
    CHECK_FALSE(TimeZone::fromTzif("X", schedule_test::footerOnlyTzif("not a rule", 0), error));
    CHECK(error.find("not understood") != std::string::npos);
}

TEST_CASE("a version 1 file: 32-bit transitions, no footer") {
    std::string error;
    auto changeAt = std::int32_t(at("2026-03-29T01:00:00Z") / 1000);
    auto zone = TimeZone::fromTzif("Old/Style",
                                   schedule_test::versionOneTzif(changeAt, -3600, 7200), error);
    REQUIRE_MESSAGE(zone, error);
    checkLocal(*zone, "2026-03-29T00:59:00Z", {2026, 3, 28}, 23 * 60 + 59, -1);
    checkLocal(*zone, "2026-03-29T01:00:00Z", kSpringForward, 3 * 60, 2);
    checkLocal(*zone, "2040-01-01T00:00:00Z", {2040, 1, 1}, 2 * 60, 2);  // the last type stays
}
