#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"
#include "kiosk/schedule/evaluate.h"
#include "schedule_test_support.h"

using namespace kiosk;
using namespace kiosk::schedule;
using schedule_test::at;

namespace {

constexpr std::string_view kMuseum = R"({
  "time_zone": "Europe/Berlin",
  "weekly": {"tuesday": ["10:00-18:00"], "wednesday": ["10:00-18:00"],
             "thursday": ["10:00-18:00"], "friday": ["10:00-18:00"],
             "saturday": ["10:00-18:00"], "sunday": ["10:00-18:00"]},
  "exceptions": [{"label": "Christmas Day", "from": "12-24", "to": "12-26", "closed": true},
                 {"label": "New Year's Day", "date": "01-01", "closed": true}]
})";

Schedule parsed(std::string_view text) {
    ScheduleParse parse = parseSchedule(text);
    REQUIRE_MESSAGE(parse.problems.empty(), parse.problems.front().message);
    return parse.schedule;
}

ScheduleStatus statusAt(const Schedule& schedule, std::string_view utc) {
    return evaluate(schedule, schedule_test::berlin(), at(utc), 0);
}

void checkNext(const ScheduleStatus& status, std::string_view utc) {
    REQUIRE(status.nextChange);
    CHECK(formatIsoUtc(*status.nextChange) == formatIsoUtc(at(utc)));
}

}  // namespace

TEST_CASE("open on a Tuesday afternoon, closing at 18:00 local") {
    ScheduleStatus status = statusAt(parsed(kMuseum), "2026-12-01T13:00:00Z");
    CHECK(status.open);
    CHECK(status.clockTrusted);
    CHECK_FALSE(status.variant);
    CHECK(status.reason == "open: Tuesday 10:00-18:00");
    checkNext(status, "2026-12-01T17:00:00Z");
}

TEST_CASE("closed on Monday, opening on Tuesday at 10:00") {
    ScheduleStatus status = statusAt(parsed(kMuseum), "2026-11-30T12:00:00Z");
    CHECK_FALSE(status.open);
    CHECK(status.closedScreen == ClosedScreen::Hours);
    CHECK(status.reason == "closed: Monday; opens Tuesday 2026-12-01 10:00");
    checkNext(status, "2026-12-01T09:00:00Z");
}

TEST_CASE("closed on a holiday, named in the reason; the next opening skips the closure") {
    Schedule museum = parsed(kMuseum);
    ScheduleStatus status = statusAt(museum, "2026-12-25T12:00:00Z");
    CHECK_FALSE(status.open);
    CHECK(status.reason.starts_with("closed: 'Christmas Day' (12-24 to 12-26 every year)"));
    checkNext(status, "2026-12-27T09:00:00Z");  // Sunday the 27th
    // Wednesday the 23rd after closing: Thursday to Saturday are the closure.
    checkNext(statusAt(museum, "2026-12-23T17:30:00Z"), "2026-12-27T09:00:00Z");
    // New Year's Day 2027 is a Friday; Thursday the 31st closes and Saturday opens.
    checkNext(statusAt(museum, "2026-12-31T17:30:00Z"), "2027-01-02T09:00:00Z");
}

TEST_CASE("before opening the reason gives the day's hours") {
    ScheduleStatus status = statusAt(parsed(kMuseum), "2026-12-02T07:00:00Z");
    CHECK_FALSE(status.open);
    CHECK(status.reason == "closed: Wednesday, open 10:00-18:00; opens Wednesday 2026-12-02 10:00");
}

TEST_CASE("next changes across both DST changes of 2026 are in local time") {
    Schedule museum = parsed(kMuseum);
    // Saturday evening before spring forward: Sunday opens at 10:00 CEST, 08:00 UTC.
    checkNext(statusAt(museum, "2026-03-28T20:00:00Z"), "2026-03-29T08:00:00Z");
    checkNext(statusAt(museum, "2026-03-29T09:00:00Z"), "2026-03-29T16:00:00Z");
    // Saturday evening before fall back: Sunday opens at 10:00 CET, 09:00 UTC.
    checkNext(statusAt(museum, "2026-10-24T17:00:00Z"), "2026-10-25T09:00:00Z");
    checkNext(statusAt(museum, "2026-10-25T10:00:00Z"), "2026-10-25T17:00:00Z");
    // Sunday after closing: Monday is closed, Tuesday opens.
    checkNext(statusAt(museum, "2026-10-25T17:00:00Z"), "2026-10-27T09:00:00Z");
}

TEST_CASE("a year of changes agrees with the opening hours read off the local clock") {
    Schedule museum = parsed(kMuseum);
    TimeZone zone = schedule_test::berlin();
    // An independent oracle: Tuesday to Sunday, 10:00 to 18:00, except 24-26 Dec and 1 Jan.
    auto expectedOpen = [&](Millis t) {
        LocalTime local = zone.toLocal(t);
        bool closure = (local.month == 12 && local.day >= 24 && local.day <= 26) ||
                       (local.month == 1 && local.day == 1);
        return local.weekday != 0 && !closure && local.minuteOfDay >= 600 &&
               local.minuteOfDay < 1080;
    };
    int changes = 0;
    for (Millis t = at("2026-01-01T00:00:00Z"); t < at("2027-01-03T00:00:00Z"); t += 15 * 60000) {
        ScheduleStatus status = evaluate(museum, zone, t, 0);
        CAPTURE(formatIsoUtc(t));
        REQUIRE(status.open == expectedOpen(t));
        REQUIRE(status.nextChange);
        CHECK(*status.nextChange > t);
        CHECK(evaluate(museum, zone, *status.nextChange - 1, 0).open == status.open);
        CHECK(evaluate(museum, zone, *status.nextChange, 0).open != status.open);
        changes += expectedOpen(t) != expectedOpen(t + 15 * 60000);
    }
    // 52 weeks of 6 days, less the closures on open weekdays, opening and closing each day.
    CHECK(changes > 2 * 300);
}

TEST_CASE("an interval past midnight keeps the exhibit open into the next day") {
    Schedule late = parsed(R"({"time_zone": "Europe/Berlin",
        "weekly": {"friday": ["20:00-02:00"]},
        "exceptions": [{"label": "Closed Saturday", "date": "2026-12-05", "closed": true}]})");
    ScheduleStatus status = statusAt(late, "2026-12-05T00:30:00Z");  // Saturday 01:30
    CHECK(status.open);
    CHECK(status.reason == "open: Friday 20:00-02:00");
    checkNext(status, "2026-12-05T01:00:00Z");
    CHECK_FALSE(statusAt(late, "2026-12-05T01:00:00Z").open);
}

TEST_CASE("an attract-only variant during a lecture slot, only while open") {
    Schedule lecture = parsed(R"({"time_zone": "Europe/Berlin",
        "weekly": {"thursday": ["10:00-18:00"]},
        "variants": [{"label": "Lecture", "days": ["thursday", "friday"], "from": "14:00",
                      "to": "15:00", "mode": "attract", "tour": "main"}]})");
    ScheduleStatus before = statusAt(lecture, "2026-12-03T12:00:00Z");  // Thursday 13:00
    CHECK(before.open);
    CHECK_FALSE(before.variant);
    checkNext(before, "2026-12-03T13:00:00Z");
    ScheduleStatus during = statusAt(lecture, "2026-12-03T13:30:00Z");
    CHECK(during.open);
    REQUIRE(during.variant);
    CHECK(during.variant->mode == VariantMode::Attract);
    CHECK(during.variant->tour == "main");
    CHECK(during.reason ==
          "open: Thursday 10:00-18:00; attract only 'Lecture' 14:00-15:00, tour main");
    checkNext(during, "2026-12-03T14:00:00Z");
    // Friday is closed, so the Friday slot does nothing.
    ScheduleStatus friday = statusAt(lecture, "2026-12-04T13:30:00Z");
    CHECK_FALSE(friday.open);
    CHECK_FALSE(friday.variant);
}

TEST_CASE("the shorter exception wins: a closed day inside a summer schedule") {
    Schedule summer = parsed(R"({"time_zone": "Europe/Berlin",
        "weekly": {"saturday": ["10:00-18:00"]},
        "exceptions": [
          {"label": "Summer", "from": "2026-07-01", "to": "2026-08-31",
           "weekly": {"saturday": ["10:00-22:00"]}},
          {"label": "Assumption Day", "date": "2026-08-15", "closed": true},
          {"label": "Open day", "date": "2026-08-22", "hours": ["09:00-12:00"]}]})");
    ScheduleStatus evening = statusAt(summer, "2026-08-08T19:00:00Z");  // 21:00 CEST
    CHECK(evening.open);
    CHECK(evening.reason == "open: Saturday ('Summer') 10:00-22:00");
    CHECK_FALSE(statusAt(summer, "2026-08-15T10:00:00Z").open);
    CHECK(statusAt(summer, "2026-08-22T07:30:00Z").open);
    CHECK_FALSE(statusAt(summer, "2026-08-22T10:30:00Z").open);
    CHECK_FALSE(statusAt(summer, "2026-09-05T19:00:00Z").open);  // summer is over
    DayPlan plan = planFor(summer, {2026, 8, 15});
    REQUIRE(plan.exception);
    CHECK(plan.exception->label == "Assumption Day");
    CHECK(plan.hours.empty());
}

TEST_CASE("a clock before the content's version date is not trusted: stay open") {
    Schedule museum = parsed(kMuseum);
    Millis versionDay = utcStartOfDay(LocalDate{2026, 11, 27}.dayNumber());
    // A Monday, when the museum is closed, but the clock says 1970.
    ScheduleStatus status = evaluate(museum, schedule_test::berlin(), 3 * 86'400'000, versionDay);
    CHECK(status.open);
    CHECK_FALSE(status.clockTrusted);
    CHECK(status.reason ==
          "clock untrustworthy (before the content's version date 2026-11-27): staying open");
    REQUIRE(status.nextChange);
    CHECK(*status.nextChange == versionDay);
    ScheduleStatus monday =
        evaluate(museum, schedule_test::berlin(), at("2026-11-30T12:00:00Z"), versionDay);
    CHECK(monday.clockTrusted);
    CHECK_FALSE(monday.open);
}

TEST_CASE("without changes ahead there is no next change") {
    ScheduleStatus always = statusAt(parsed("{}"), "2026-12-01T12:00:00Z");
    CHECK(always.open);
    CHECK_FALSE(always.nextChange);
    CHECK(always.reason == "open: no opening hours set (always open)");
    ScheduleStatus never =
        statusAt(parsed(R"({"time_zone": "UTC", "weekly": {}})"), "2026-12-01T12:00:00Z");
    CHECK_FALSE(never.open);
    CHECK_FALSE(never.nextChange);  // searched kSearchDays ahead
    // Open around the clock except one closed day: the change is that day's midnight.
    ScheduleStatus allDay = statusAt(parsed(R"({"time_zone": "Europe/Berlin",
                   "exceptions": [{"date": "2027-06-01", "closed": true}]})"),
                                     "2026-12-01T12:00:00Z");
    CHECK(allDay.open);
    checkNext(allDay, "2027-05-31T22:00:00Z");
}

TEST_CASE("opening hours inside the spring gap start when the gap ends") {
    Schedule night = parsed(R"({"time_zone": "Europe/Berlin",
        "weekly": {"sunday": ["02:30-04:00"]}})");
    ScheduleStatus status = statusAt(night, "2026-03-29T00:30:00Z");  // 01:30 CET
    CHECK_FALSE(status.open);
    checkNext(status, "2026-03-29T01:00:00Z");  // 03:00 CEST, the end of the gap
    CHECK(statusAt(night, "2026-03-29T01:30:00Z").open);
    checkNext(statusAt(night, "2026-03-29T01:30:00Z"), "2026-03-29T02:00:00Z");
}

TEST_CASE("setting up for the app: a broken schedule or a missing zone stays open") {
    std::string root = schedule_test::fixtureZoneinfo();
    ScheduleSetup good = setUpSchedule(kMuseum, root);
    CHECK(good.problems.empty());
    CHECK(good.zone.name() == "Europe/Berlin");
    CHECK_FALSE(evaluate(good.schedule, good.zone, at("2026-11-30T12:00:00Z"), 0).open);

    ScheduleSetup broken =
        setUpSchedule(R"({"time_zone": "Europe/Berlin", "weekly": {"monday": ["10-6"]}})", root);
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0].starts_with("/schedule/weekly/monday/0: expected a time range"));
    CHECK(broken.schedule.alwaysOpen());

    ScheduleSetup noZone = setUpSchedule(
        R"({"time_zone": "America/Nowhere", "weekly": {"monday": ["10:00-18:00"]}})", root);
    REQUIRE(noZone.problems.size() == 1);
    CHECK(noZone.problems[0].find("there is no time zone \"America/Nowhere\"") !=
          std::string::npos);
    CHECK(noZone.schedule.alwaysOpen());
    CHECK(evaluate(noZone.schedule, noZone.zone, at("2026-11-30T03:00:00Z"), 0).open);
}
