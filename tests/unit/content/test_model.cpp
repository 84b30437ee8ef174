#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "kiosk/content/dates.h"
#include "kiosk/content/library_builder.h"

using namespace kiosk::content;

namespace {

Event eventOn(std::string id, std::string_view start, std::string_view end = {}) {
    Event e;
    e.id = std::move(id);
    e.when.start = *parseDatePoint(start).point;
    if (!end.empty()) e.when.end = *parseDatePoint(end).point;
    return e;
}

}  // namespace

TEST_CASE("a text falls back to English, and to nothing when English is missing too") {
    Text text;
    CHECK(text.get("en").empty());
    text.byLanguage["en"] = "Moscow";
    text.byLanguage["ru"] = "Москва";
    text.byLanguage["ar"] = "";
    CHECK(text.get("ru") == "Москва");
    CHECK(text.get("fr") == "Moscow");
    CHECK(text.get("ar") == "Moscow");
    Text russianOnly;
    russianOnly.byLanguage["ru"] = "Москва";
    CHECK(russianOnly.get("en").empty());
}

TEST_CASE("the builder sorts events by first day, then id, and indexes them") {
    LibraryBuilder builder;
    Event late = eventOn("late", "2021-03-01");
    late.actors = {"hamas", "hamas"};  // named twice, indexed once
    Event beta = eventOn("beta", "2021-02");
    beta.actors = {"hamas"};
    beta.places = {"cairo"};
    builder.add(late);
    builder.add(beta);
    builder.add(eventOn("alpha", "2021-02-01"));
    Actor hamas;
    hamas.id = "hamas";
    builder.add(hamas);
    auto library = builder.finish();

    REQUIRE(library->events().size() == 3);
    CHECK(library->events()[0].id == "alpha");
    CHECK(library->events()[1].id == "beta");
    CHECK(library->events()[2].id == "late");
    CHECK(library->eventIndex("late") == 2u);
    CHECK_FALSE(library->eventIndex("nope"));
    CHECK(library->event("beta") == &library->events()[1]);
    CHECK(library->actor("hamas")->id == "hamas");
    CHECK(library->actor("fatah") == nullptr);
    CHECK(library->place("cairo") == nullptr);

    auto byHamas = library->eventsByActor("hamas");
    CHECK(std::vector<std::size_t>(byHamas.begin(), byHamas.end()) ==
          std::vector<std::size_t>{1, 2});
    CHECK(library->eventsByPlace("cairo").size() == 1);
    CHECK(library->eventsByActor("nobody").empty());
    CHECK(builder.draft().events().empty());
}

TEST_CASE("eventsOverlapping finds ranges that only touch the window, and nothing else") {
    LibraryBuilder builder;
    builder.add(eventOn("long", "2020-01", "2021-12"));
    builder.add(eventOn("feb", "2021-02"));
    builder.add(eventOn("march-day", "2021-03-15"));
    auto library = builder.finish();
    std::int64_t march1 = parseDatePoint("2021-03-01").point->firstDay();
    auto ids = [&](std::vector<std::size_t> found) {
        std::vector<std::string> out;
        for (std::size_t i : found) out.push_back(library->events()[i].id);
        return out;
    };
    CHECK(ids(library->eventsOverlapping(march1, march1)) == std::vector<std::string>{"long"});
    CHECK(ids(library->eventsOverlapping(march1 - 1, march1 + 14)) ==
          std::vector<std::string>{"long", "feb", "march-day"});
    CHECK(library->eventsOverlapping(march1 + 1, march1).empty());
    CHECK(ids(library->eventsOverlapping(INT64_MIN, INT64_MAX)).size() == 3);
}

TEST_CASE("eventsOverlapping agrees with a linear scan on random content") {
    std::mt19937 random(20210208);
    LibraryBuilder builder;
    for (int i = 0; i < 400; ++i) {
        DatePoint start, end;
        start.precision = end.precision = Precision::Day;
        start.year = 2000 + int(random() % 20);
        start.month = 1 + int(random() % 12);
        start.day = 1 + int(random() % 28);
        Event e;
        e.id = "e" + std::to_string(i);
        e.when.start = start;
        if (random() % 3 == 0) {
            end = start;
            end.year += int(random() % 3);
            e.when.end = end;
        }
        builder.add(e);
    }
    auto library = builder.finish();
    auto events = library->events();
    CHECK(std::is_sorted(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.when.firstDay() < b.when.firstDay();
    }));
    for (int trial = 0; trial < 200; ++trial) {
        std::int64_t from = 10000 + std::int64_t(random() % 8000);
        std::int64_t to = from + std::int64_t(random() % 400);
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < events.size(); ++i)
            if (events[i].when.firstDay() <= to && events[i].when.lastDay() >= from)
                expected.push_back(i);
        CHECK(library->eventsOverlapping(from, to) == expected);
    }
}
