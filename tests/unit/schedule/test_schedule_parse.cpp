#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "kiosk/schedule/schedule.h"

using namespace kiosk::schedule;

namespace {

const ScheduleProblem* problemAt(const ScheduleParse& parse, std::string_view path) {
    for (const ScheduleProblem& problem : parse.problems)
        if (problem.path == path) return &problem;
    return nullptr;
}

// The one problem at `path`, which must be an error whose message contains `words`.
void checkError(const ScheduleParse& parse, std::string_view path, std::string_view words) {
    const ScheduleProblem* problem = problemAt(parse, path);
    CAPTURE(path);
    REQUIRE(problem);
    CHECK(problem->severity == ScheduleProblem::Severity::Error);
    CHECK_MESSAGE(problem->message.find(words) != std::string::npos, problem->message);
}

constexpr std::string_view kFullSchedule = R"({
  "time_zone": "Europe/Berlin",
  "closed_screen": "black",
  "weekly": {"tuesday": ["10:00-13:00", "14:00-18:00"], "friday": ["20:00-02:00"],
             "sunday": ["00:00-24:00"], "$comment": "Mondays closed"},
  "exceptions": [
    {"label": "Christmas", "from": "12-24", "to": "12-26", "closed": true},
    {"label": "Museum night", "date": "2026-05-16", "hours": ["18:00-01:00"]},
    {"label": "Summer", "from": "2026-07-01", "to": "2026-08-31",
     "weekly": {"tuesday": ["10:00-20:00"]}}
  ],
  "variants": [{"label": "Lecture", "days": ["thursday"], "from": "14:00", "to": "15:00",
                "mode": "attract", "tour": "main"}]
})";

}  // namespace

TEST_CASE("a full schedule reads without problems") {
    ScheduleParse parse = parseSchedule(kFullSchedule);
    CHECK(parse.problems.empty());
    const Schedule& schedule = parse.schedule;
    CHECK(schedule.timeZone == "Europe/Berlin");
    CHECK(schedule.closedScreen == ClosedScreen::Black);
    REQUIRE(schedule.weekly);
    CHECK((*schedule.weekly)[0].empty());
    CHECK((*schedule.weekly)[1] == std::vector<TimeRange>{{600, 780}, {840, 1080}});
    CHECK((*schedule.weekly)[4] == std::vector<TimeRange>{{1200, 1560}});  // past midnight
    CHECK((*schedule.weekly)[6] == std::vector<TimeRange>{{0, 1440}});
    REQUIRE(schedule.exceptions.size() == 3);
    CHECK(schedule.exceptions[0].dates.everyYear);
    CHECK(schedule.exceptions[0].dates.describe() == "12-24 to 12-26 every year");
    CHECK(schedule.exceptions[1].kind == ScheduleException::Kind::Hours);
    CHECK(schedule.exceptions[2].kind == ScheduleException::Kind::Weekly);
    CHECK(schedule.exceptions[2].dates.lengthInDays() == 62);
    REQUIRE(schedule.variants.size() == 1);
    CHECK(schedule.variants[0].days == std::array<bool, 7>{false, false, false, true});
    CHECK(schedule.variants[0].tour == "main");
    CHECK(schedule.variants[0].time == TimeRange{840, 900});
}

TEST_CASE("an empty or missing schedule is always open") {
    for (std::string_view text : {"", "{}", "  \n", R"({"$comment": "none yet"})"}) {
        ScheduleParse parse = parseSchedule(text);
        CHECK(parse.problems.empty());
        CHECK(parse.schedule.alwaysOpen());
    }
}

TEST_CASE("a bad time range names its path and what was expected") {
    ScheduleParse parse = parseSchedule(
        R"({"time_zone": "Europe/Berlin", "weekly": {"tuesday": ["10:00-13:00", "10-6"]}})");
    CHECK(parse.errors() == 1);
    checkError(parse, "/schedule/weekly/tuesday/1",
               "expected a time range like 10:00-18:00, found \"10-6\"");
    CHECK(parse.schedule.alwaysOpen());  // a broken schedule never closes the exhibit
    REQUIRE(parse.asWritten.weekly);
    CHECK((*parse.asWritten.weekly)[1].size() == 1);
}

TEST_CASE("each kind of mistake is reported at its own path") {
    ScheduleParse parse = parseSchedule(R"({
      "time_zone": "Europe/../Berlin",
      "closed_screen": "grey",
      "weekly": {"tuseday": ["10:00-18:00"], "monday": "10:00-18:00",
                 "sunday": ["25:00-26:00", "10:00-10:00", "9:60-10:00"]},
      "exceptions": [{"date": "2026-02-30", "closed": true},
                     {"from": "2026-12-26", "to": "2026-12-24", "closed": true},
                     {"from": "12-24", "to": "2026-12-26", "closed": true},
                     {"date": "12-25"},
                     {"date": "12-25", "closed": false},
                     "Christmas"],
      "variants": [{"from": "14:00", "to": "15:00", "mode": "demo"},
                   {"days": ["thursdays"], "from": "14:00", "to": "14:00", "mode": "attract"}]
    })");
    checkError(parse, "/schedule/time_zone", "expected a time zone name like");
    checkError(parse, "/schedule/closed_screen", "found \"grey\"");
    checkError(parse, "/schedule/weekly/tuseday", "did you mean \"tuesday\"?");
    checkError(parse, "/schedule/weekly/monday", "expected a list of at most 24 time ranges");
    checkError(parse, "/schedule/weekly/sunday/0", "found \"25:00-26:00\"");
    checkError(parse, "/schedule/weekly/sunday/1", "is empty");
    checkError(parse, "/schedule/weekly/sunday/2", "found \"9:60-10:00\"");
    checkError(parse, "/schedule/exceptions/0/date", "found \"2026-02-30\"");
    checkError(parse, "/schedule/exceptions/1/to", "comes before");
    checkError(parse, "/schedule/exceptions/2/to", "both have a year");
    checkError(parse, "/schedule/exceptions/3", "exactly one of");
    checkError(parse, "/schedule/exceptions/4/closed", "expected true");
    checkError(parse, "/schedule/exceptions/5", "expected an exception like");
    checkError(parse, "/schedule/variants/0/mode", "found \"demo\"");
    checkError(parse, "/schedule/variants/1/days/0", "found \"thursdays\"");
    checkError(parse, "/schedule/variants/1/to", "the same time");
    CHECK(parse.warnings() == 0);
    CHECK(parse.errors() == 16);
}

TEST_CASE("a schedule with hours needs a time zone") {
    ScheduleParse parse = parseSchedule(R"({"weekly": {"monday": ["10:00-18:00"]}})");
    checkError(parse, "/schedule", "needs a \"time_zone\"");
}

TEST_CASE("unknown fields, overlaps and long overnight ranges are warnings") {
    ScheduleParse parse = parseSchedule(R"({"time_zone": "UTC", "timezone": "UTC",
        "weekly": {"monday": ["10:00-14:00", "13:00-18:00"], "tuesday": ["18:00-10:00"]},
        "exceptions": [{"date": "12-25", "closed": true, "lable": "x"}]})");
    CHECK(parse.errors() == 0);
    CHECK(parse.warnings() == 4);
    const ScheduleProblem* typo = problemAt(parse, "/schedule/timezone");
    REQUIRE(typo);
    CHECK(typo->message.find("did you mean \"time_zone\"?") != std::string::npos);
    CHECK(problemAt(parse, "/schedule/weekly/monday/1"));
    CHECK(problemAt(parse, "/schedule/weekly/tuesday/0"));
    CHECK(problemAt(parse, "/schedule/exceptions/0/lable"));
    CHECK_FALSE(parse.schedule.alwaysOpen());  // warnings keep the schedule
}

TEST_CASE("keys with / and ~ are escaped in paths") {
    ScheduleParse parse = parseSchedule(R"({"time_zone": "UTC", "a/b~c": 1})");
    CHECK(problemAt(parse, "/schedule/a~1b~0c"));
}

TEST_CASE("text that is not an object is one error") {
    for (std::string_view text : {"[]", "\"10:00-18:00\"", "{broken"}) {
        ScheduleParse parse = parseSchedule(text);
        CHECK(parse.errors() == 1);
        checkError(parse, "/schedule", "expected the opening hours as an object");
    }
}

TEST_CASE("the bundled content's schedule reads cleanly: Tuesday to Sunday 10-18") {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/exhibit.json");
    REQUIRE(in);
    auto exhibit = nlohmann::json::parse(std::string(std::istreambuf_iterator<char>(in), {}));
    ScheduleParse parse = parseSchedule(exhibit.at("schedule").dump());
    CHECK(parse.problems.empty());
    REQUIRE(parse.schedule.weekly);
    CHECK((*parse.schedule.weekly)[0].empty());
    for (std::size_t day = 1; day < 7; ++day)
        CHECK((*parse.schedule.weekly)[day] == std::vector<TimeRange>{{600, 1080}});
    CHECK(parse.schedule.timeZone == "Europe/Berlin");
    CHECK(parse.schedule.closedScreen == ClosedScreen::Hours);
    CHECK(parse.schedule.exceptions.size() >= 2);
}

TEST_CASE("variants that name a missing tour are found") {
    ScheduleParse parse = parseSchedule(R"({"time_zone": "UTC", "variants": [
        {"from": "14:00", "to": "15:00", "mode": "attract", "tour": "main"},
        {"from": "16:00", "to": "17:00", "mode": "attract", "tour": "gone"},
        {"from": "18:00", "to": "19:00", "mode": "attract"}]})");
    REQUIRE(parse.problems.empty());
    std::vector<std::string> tours = {"main"};
    std::vector<ScheduleProblem> problems = checkTours(parse.schedule, tours);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "/schedule/variants/1/tour");
    CHECK(problems[0].message == "there is no tour \"gone\" in tours.json");
}

TEST_CASE("yearly date spans, also over New Year") {
    DateSpan newYear{{2000, 12, 30}, {2000, 1, 2}, true};
    CHECK(newYear.covers({2026, 12, 31}));
    CHECK(newYear.covers({2027, 1, 2}));
    CHECK_FALSE(newYear.covers({2027, 1, 3}));
    CHECK_FALSE(newYear.covers({2026, 12, 29}));
    CHECK(newYear.lengthInDays() == 4);
    DateSpan once{{2026, 12, 24}, {2026, 12, 26}, false};
    CHECK(once.covers({2026, 12, 25}));
    CHECK_FALSE(once.covers({2027, 12, 25}));
    CHECK(once.describe() == "2026-12-24 to 2026-12-26");
}
