// The closed screen's texts in each language: the bundled schedule (Tuesday to Sunday
// 10:00-18:00 in Europe/Berlin, closed Mondays and over Christmas).
#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"
#include "kiosk/session/opening_hours.h"

using namespace kiosk;

namespace {

constexpr const char* kSchedule = R"({"time_zone": "Europe/Berlin", "closed_screen": "hours",
  "weekly": {"monday": [], "tuesday": ["10:00-18:00"], "wednesday": ["10:00-18:00"],
    "thursday": ["10:00-18:00"], "friday": ["10:00-18:00"], "saturday": ["10:00-18:00"],
    "sunday": ["10:00-24:00"]},
  "exceptions": [{"label": "Christmas closure", "from": "12-24", "to": "12-26", "closed": true}]})";

struct Closed {
    ManualClock clock{parseIsoTime("2026-12-21T19:00:00Z")->utcMs};  // Monday 20:00 in Berlin
    session::OpeningHours hours;
    Closed() {
        content::Settings settings;
        settings.scheduleJson = kSchedule;
        settings.versionDate = {2026, 11, 27, content::Season::None, content::Precision::Day};
        CHECK(hours.configure(settings).empty());
        hours.refresh(clock);
        REQUIRE_FALSE(hours.status().open);
    }
};

}  // namespace

TEST_CASE("English stays as it was") {
    Closed c;
    CHECK(c.hours.nextOpening() == "Opens Tuesday at 10:00");
    CHECK(c.hours.nextChangeTime() == "10:00");
    auto week = c.hours.weekAhead(c.clock.wallMs());
    REQUIRE(week.size() == 7);
    CHECK(week[0] == "Monday: closed");
    CHECK(week[1] == "Tuesday: 10:00-18:00");
    CHECK(week[3] == "Thursday 24 December: closed (Christmas closure)");
    CHECK(week[6] == "Sunday: 10:00-24:00");
}

TEST_CASE("Russian and Arabic weekdays, dates and times; the label is the schedule's own") {
    Closed c;
    text::LocaleFormat ru("ru"), ar("ar"), arLatn("ar", "latn");
    CHECK(c.hours.nextOpening(ru) == "Opens вторник at 10:00");  // no catalog: English words
    auto week = c.hours.weekAhead(c.clock.wallMs(), ru);
    REQUIRE(week.size() == 7);
    CHECK(week[0] == "Понедельник: closed");
    CHECK(week[1] == "Вторник: 10:00-18:00");
    CHECK(week[3] == "Четверг 24 декабря: closed (Christmas closure)");
    CHECK(c.hours.weekAhead(c.clock.wallMs(), ar)[1] == "الثلاثاء: ١٠:٠٠-١٨:٠٠");
    CHECK(c.hours.weekAhead(c.clock.wallMs(), ar)[6] == "الأحد: ١٠:٠٠-٢٤:٠٠");
    CHECK(c.hours.weekAhead(c.clock.wallMs(), arLatn)[1] == "الثلاثاء: 10:00-18:00");
    CHECK(c.hours.nextChangeTime(ar) == "١٠:٠٠");
    CHECK(c.hours.nextChangeTime("ru") == "10:00");
}

TEST_CASE("with the catalog, the words are translated too") {
    Closed c;
    std::vector<text::CatalogProblem> problems;
    auto ui = text::UiStrings::parse(
        R"({"en": {"closed.opens": "Opens {weekday} at {time}", "hours.closed_day": "closed"},
            "ru": {"closed.opens": "Открытие: {weekday}, {time}", "hours.closed_day": "закрыто"}})",
        "test.json", problems);
    CHECK(problems.empty());
    text::LocaleFormat ru("ru", "", &ui);
    CHECK(c.hours.nextOpening(ru) == "Открытие: вторник, 10:00");
    CHECK(c.hours.weekAhead(c.clock.wallMs(), ru)[0] == "Понедельник: закрыто");
}
