#include <doctest/doctest.h>

#include "content_test_support.h"
#include "kiosk/content/dates.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;

TEST_CASE("the minimal fixture loads with no problems at all") {
    LoadResult result = loadContent(fixture("minimal"));
    INFO(listProblems(result));
    REQUIRE(result.ok());
    CHECK(result.problems.empty());
    CHECK(result.errors == 0);
    CHECK(result.warnings == 0);
    CHECK(result.firstError() == nullptr);
    CHECK(result.found.events == 2);
    CHECK(result.found.actors == 2);
    CHECK(result.found.places == 2);
    CHECK(result.found.tours == 1);
    CHECK(result.found.images == 1);
}

TEST_CASE("settings come from exhibit.json") {
    auto library = loadContent(fixture("minimal")).library;
    REQUIRE(library);
    const Settings& s = library->settings();
    CHECK(s.format == 1);
    CHECK(s.version == 1);
    CHECK(formatDatePoint(s.versionDate) == "2026-11-27");
    CHECK(s.title.get("en") == "Mediation Map (test)");
    REQUIRE(s.languages.size() == 1);
    CHECK(s.languages[0].name == "English");
    CHECK(s.mapLat == doctest::Approx(38.0));
    CHECK(s.mapZoom == doctest::Approx(3.2));
    CHECK(formatDatePoint(*s.timeline.end) == "2021-05");
    CHECK(s.idleTimeoutS == 90);
    CHECK(s.scheduleJson == "{}");
}

TEST_CASE("events are in time order and carry everything the file says") {
    auto library = loadContent(fixture("minimal")).library;
    REQUIRE(library);
    auto events = library->events();
    REQUIRE(events.size() == 2);
    const Event& moscow = events[0];  // ~2021-01 comes before 2021-02-08
    CHECK(moscow.id == "delegation-moscow-2021");
    CHECK(moscow.when.approximate());
    CHECK(moscow.when.start.precision == Precision::Month);
    CHECK(moscow.when.display.get("en") == "early 2021");
    CHECK(moscow.body.get("en").find("\n\n") != std::string::npos);
    CHECK(moscow.sources == std::vector<std::string>{"article", "memo-2021-02-06"});
    REQUIRE(moscow.quotes.size() == 1);
    CHECK(moscow.quotes[0].speaker == "mikhail-bogdanov");
    CHECK(events[1].when.end->day == 9);
    CHECK(library->eventsByActor("russia").size() == 1);
    CHECK(library->eventsByPlace("cairo")[0] == 1);
}

TEST_CASE("actors, places, tracks, media and tours are indexed and defaulted") {
    auto library = loadContent(fixture("minimal")).library;
    REQUIRE(library);
    CHECK(library->actor("russia")->kind == ActorKind::State);
    CHECK(library->actor("russia")->iso == "RUS");
    CHECK(library->actor("russia")->shortName.get("en") == "Russia");  // defaults to name
    CHECK(library->actor("mikhail-bogdanov")->affiliations == std::vector<std::string>{"russia"});
    CHECK(library->place("cairo")->lon == doctest::Approx(31.24));
    CHECK(library->track("intra-palestinian")->rgb == 0xc8553d);
    REQUIRE(library->eras().size() == 1);
    CHECK(library->source("article")->date->approximate);
    const Media* dot = library->mediaItem("dot");
    REQUIRE(dot);
    CHECK(dot->width == 2);
    CHECK(std::filesystem::path(dot->path).is_absolute());
    CHECK(std::filesystem::exists(dot->path));
    REQUIRE(library->tours().size() == 1);
    CHECK(library->tours()[0].stops[0].dwellS == 12);
    CHECK(library->tours()[0].stops[1].dwellS == 8);
}

TEST_CASE("problem lines read like a compiler's, for editors and their tools") {
    Problem p{Problem::Severity::Error, "events.json",    12, 7,
              "/events/3/when/start",   "expected a date"};
    CHECK(p.format() == "events.json:12:7: error: /events/3/when/start: expected a date");
    p.severity = Problem::Severity::Warning;
    p.line = 0;
    p.path.clear();
    CHECK(p.format() == "events.json: warning: expected a date");
    p.file.clear();
    CHECK(p.format() == "warning: expected a date");
    p.path = "/a\nb";
    p.message = "x\x1b[2J";
    CHECK(p.format() == "warning: /a\\u000ab: x\\u001b[2J");  // one line, no terminal escapes
}

TEST_CASE("the committed broken fixtures report the exact place of each problem") {
    SUBCASE("an impossible date") {
        LoadResult r = loadContent(fixture("broken-dates"));
        INFO(listProblems(r));
        CHECK_FALSE(r.ok());
        CHECK(r.errors == 1);
        CHECK(r.warnings == 1);
        const Problem* date = findProblem(r, "events.json", "/events/0/when/start");
        REQUIRE(date);
        CHECK(date->format() ==
              "events.json:7:25: error: /events/0/when/start: expected a date like 2021-02, "
              "2021-02-15, 2021-spring or 2021; found \"2021-02-31\" (February 2021 has 28 days)");
        CHECK(findProblem(r, "tracks.json", "/tracks/0/colour"));
    }
    SUBCASE("a trailing comma") {
        LoadResult r = loadContent(fixture("broken-syntax"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].format() ==
              "events.json:11:5: error: /events/0: a comma before } is not allowed in JSON; "
              "remove the last comma");
    }
    SUBCASE("dangling references") {
        LoadResult r = loadContent(fixture("broken-refs"));
        INFO(listProblems(r));
        CHECK(r.errors == 5);
        CHECK(r.problems[0].format() ==
              "actors.json:17:24: error: /actors/1/affiliations/0: no actor has the id \"ussr\" "
              "in actors.json");
        const Problem* typo = findProblem(r, "events.json", "/events/1/actors/0");
        REQUIRE(typo);
        CHECK(typo->line == 19);
        CHECK(typo->message.find("did you mean \"mikhail-bogdanov\"?") != std::string::npos);
        CHECK(findProblem(r, "events.json", "/events/0/places/0"));
        CHECK(findProblem(r, "events.json", "/events/1/quotes/0/speaker"));
        CHECK(findProblem(r, "tours.json", "/tours/0/stops/1/event"));
    }
    SUBCASE("bad pictures and paths") {
        LoadResult r = loadContent(fixture("broken-media"));
        INFO(listProblems(r));
        CHECK(r.errors == 5);
        CHECK(r.found.images == 1);
        CHECK(findProblem(r, "media.json", "/media/1/file")->message.find("PNG file is damaged") !=
              std::string::npos);
        CHECK(findProblem(r, "media.json", "/media/2/file")->line == 11);
        CHECK(findProblem(r, "media.json", "/media/2/file")->message.find("20000 x 20000") !=
              std::string::npos);
        CHECK(findProblem(r, "media.json", "/media/3/file")->message.find("does not exist") !=
              std::string::npos);
        CHECK(findProblem(r, "media.json", "/media/4/file")->message.find("\"..\"") !=
              std::string::npos);
        CHECK(findProblem(r, "media.json", "/media/5/file")->message.find("relative") !=
              std::string::npos);
    }
}

TEST_CASE("without image checks the picture files are not opened") {
    LoadOptions options;
    options.checkImages = false;
    LoadResult r = loadContent(fixture("broken-media"), options);
    INFO(listProblems(r));
    CHECK(r.errors == 2);  // only the paths that are wrong as written
    CHECK(r.found.images == 4);
}
