// Each class of content error, made by patching the minimal fixture, with the exact file, JSON
// path and line it must be reported at. Line numbers refer to tests/fixtures/content/minimal.
#include <doctest/doctest.h>

#include "content_test_support.h"

using namespace kiosk::content;
using namespace kiosk::content::testing;

namespace {

struct Expected {
    std::string file, path;
    int line;  // 0: not checked
    std::string_view says;
    Problem::Severity severity = Problem::Severity::Error;
};

void checkReported(const LoadResult& result, const Expected& e) {
    INFO(listProblems(result));
    const Problem* p = findProblem(result, e.file, e.path);
    REQUIRE_MESSAGE(p, "nothing reported at " << e.file << " " << e.path);
    CHECK(p->severity == e.severity);
    if (e.line) CHECK(p->line == e.line);
    CHECK(p->column > 0);
    CHECK_MESSAGE(p->message.find(e.says) != std::string::npos, p->message);
    if (e.severity == Problem::Severity::Error) CHECK_FALSE(result.ok());
}

struct Patch {
    std::string file;
    std::string_view from, to;
    Expected expected;
};

void checkPatches(std::initializer_list<Patch> patches) {
    for (const Patch& p : patches) {
        CAPTURE(p.to);
        ContentTexts files = minimalTexts();
        patch(files, p.file, p.from, p.to);
        checkReported(loadTexts(files), p.expected);
    }
}

}  // namespace

TEST_CASE("wrong types are reported where they are, saying what was expected") {
    checkPatches({
        {"events.json",
         R"("title": {"en": "Palestinian factions meet in Cairo"})",
         R"("title": "Palestinian factions meet in Cairo")",
         {"events.json", "/events/0/title", 5,
          "found the text \"Palestinian factions meet in "
          "Cairo\" (write {\"en\": ...} around it)"}},
        {"events.json",
         R"("background": false)",
         R"("background": "no")",
         {"events.json", "/events/1/background", 26,
          "expected true or false; found the text \"no\""}},
        {"places.json",
         R"("lat": 55.76)",
         R"("lat": "55.76")",
         {"places.json", "/places/0/lat", 3, "expected a number from -90 to 90; found the text"}},
        {"events.json",
         R"("actors": ["mikhail-bogdanov", "russia"])",
         R"("actors": "russia")",
         {"events.json", "/events/1/actors", 19, "expected a list of actor ids"}},
        {"events.json",
         R"("sources": ["article"])",
         R"("sources": [42])",
         {"events.json", "/events/0/sources/0", 10,
          "expected the id of a source in quotes; "
          "found the number 42"}},
        {"events.json",
         R"("when": {"start": "2021-02-08", "end": "2021-02-09"})",
         R"("when": "2021-02-08")",
         {"events.json", "/events/0/when", 7, "write {\"start\": ...} around it"}},
        {"tours.json",
         R"("dwell_s": 12)",
         R"("dwell_s": [12])",
         {"tours.json", "/tours/0/stops/0/dwell_s", 7, "found a list of 1 item"}},
        {"exhibit.json",
         R"("schedule": {})",
         R"("schedule": [])",
         {"exhibit.json", "/schedule", 13, "found an empty list []"}},
        {"actors.json",
         R"("kind": "person")",
         R"("kind": "human")",
         {"actors.json", "/actors/1/kind", 12,
          "expected one of \"state\", \"organization\", "
          "\"party\", \"person\""}},
        {"events.json",
         R"("quotes": [
        {"text")",
         R"("quotes": [7, {"text")",
         {"events.json", "/events/1/quotes/0", 22, "expected a quote written as an object"}},
    });
    ContentTexts files = minimalTexts();
    files["events.json"] = "[]";
    checkReported(loadTexts(files), {"events.json", "", 1, "found an empty list []"});
}

TEST_CASE("missing required fields are reported at the object that lacks them") {
    checkPatches({
        {"events.json",
         R"("summary": {"en": "Factions meet in Cairo to discuss elections."},)",
         "",
         {"events.json", "/events/0/summary", 3, "this event has no \"summary\"; expected a text"}},
        {"events.json",
         R"("sources": ["article"])",
         R"("background": true)",
         {"events.json", "/events/0/sources", 3, "this event has no \"sources\""}},
        {"events.json",
         R"("sources": ["article"])",
         R"("sources": [])",
         {"events.json", "/events/0/sources", 10, "needs at least one source"}},
        {"actors.json",
         R"("iso": "RUS",)",
         "",
         {"actors.json", "/actors/0/iso", 3, "this actor has no \"iso\""}},
        {"media.json",
         R"("alt": {"en": "A small red square."})",
         R"("$comment": "no alt")",
         {"media.json", "/media/0/alt", 3, "this media item has no \"alt\""}},
        {"tours.json",
         R"({"event": "cairo-dialogue-2021"})",
         R"({"dwell_s": 5})",
         {"tours.json", "/tours/0/stops/1/event", 8, "this tour stop has no \"event\""}},
        {"events.json",
         R"("events": [)",
         R"("happenings": [)",
         {"events.json", "/events", 1, "this file has no \"events\""}},
    });
}

TEST_CASE("duplicate ids name the first item that has the id") {
    checkPatches({
        {"events.json",
         R"("id": "delegation-moscow-2021")",
         R"("id": "cairo-dialogue-2021")",
         {"events.json", "/events/1/id", 13,
          "the id \"cairo-dialogue-2021\" is already used by "
          "/events/0; ids must be unique among events"}},
        {"places.json",
         R"("id": "cairo")",
         R"("id": "moscow")",
         {"places.json", "/places/1/id", 4, "already used by /places/0"}},
    });
}

TEST_CASE("every kind of reference is checked") {
    checkPatches({
        {"events.json",
         R"("actors": ["mikhail-bogdanov", "russia"])",
         R"("actors": ["mikhail-bogdanov", "ussr"])",
         {"events.json", "/events/1/actors/1", 19, "no actor has the id \"ussr\" in actors.json"}},
        {"events.json",
         R"("places": ["cairo"])",
         R"("places": ["kairo"])",
         {"events.json", "/events/0/places/0", 9, "did you mean \"cairo\"?"}},
        {"events.json",
         R"("sources": ["article"])",
         R"("sources": ["book"])",
         {"events.json", "/events/0/sources/0", 10, "no source has the id \"book\""}},
        {"events.json",
         R"("media": ["dot"])",
         R"("media": ["flag"])",
         {"events.json", "/events/1/media/0", 25, "no media item has the id \"flag\""}},
        {"events.json",
         R"("track": "intra-palestinian",
      "places": ["cairo"])",
         R"("track": "oslo",
      "places": ["cairo"])",
         {"events.json", "/events/0/track", 8, "no track has the id \"oslo\""}},
        {"tours.json",
         R"({"event": "cairo-dialogue-2021"})",
         R"({"event": "cairo"})",
         {"tours.json", "/tours/0/stops/1/event", 8, "no event has the id \"cairo\""}},
        {"events.json",
         R"("speaker": "mikhail-bogdanov")",
         R"("speaker": "moscow")",
         {"events.json", "/events/1/quotes/0/speaker", 23, "no actor has the id \"moscow\""}},
        {"events.json",
         R"("source": "article")",
         R"("source": "articel")",
         {"events.json", "/events/1/quotes/0/source", 23, "did you mean \"article\"?"}},
        {"actors.json",
         R"("affiliations": ["russia"])",
         R"("affiliations": ["kremlin"])",
         {"actors.json", "/actors/1/affiliations/0", 17, "no actor has the id \"kremlin\""}},
        {"actors.json",
         R"("iso": "RUS",
      "home": "moscow")",
         R"("iso": "RUS",
      "home": "petersburg")",
         {"actors.json", "/actors/0/home", 8, "no place has the id \"petersburg\""}},
    });
}

TEST_CASE("impossible dates and backwards ranges are errors") {
    checkPatches({
        {"events.json",
         R"("start": "2021-02-08")",
         R"("start": "2021-13")",
         {"events.json", "/events/0/when/start", 7, "found \"2021-13\" (there is no month 13)"}},
        {"events.json",
         R"("end": "2021-02-09")",
         R"("end": "2021-02-01")",
         {"events.json", "/events/0/when/end", 7,
          "the end (2021-02-01) comes before the start (2021-02-08)"}},
        {"tracks.json",
         R"("end": "2021-01-20")",
         R"("end": "2016-winter")",
         {"tracks.json", "/eras/0/when/end", 6, "the end (2016-winter) comes before the start"}},
        {"exhibit.json",
         R"("version_date": "2026-11-27")",
         R"("version_date": "2026-11")",
         {"exhibit.json", "/version_date", 5, "expected a day like 2026-11-27; found \"2026-11\""}},
        {"sources.json",
         R"("date": "~2021-02")",
         R"("date": "Feb 2021")",
         {"sources.json", "/sources/0/date", 3, "expected a date like"}},
        {"exhibit.json",
         R"("end": "2021-05")",
         R"("stop": "2021-05")",
         {"exhibit.json", "/timeline/end", 11, "the timeline has no \"end\""}},
    });
}

TEST_CASE("empty visitor-facing text is an error") {
    checkPatches({
        {"events.json",
         R"({"en": "Palestinian factions meet in Cairo"})",
         R"({"en": "  "})",
         {"events.json", "/events/0/title/en", 5, "this English (\"en\") text is empty"}},
        {"sources.json",
         R"("title": "A memo")",
         R"("title": "")",
         {"sources.json", "/sources/1/title", 4, "this text is empty"}},
    });
}

TEST_CASE("ids must be lower-case words joined by dashes") {
    checkPatches({
        {"events.json",
         R"("id": "cairo-dialogue-2021")",
         R"("id": "Cairo Dialogue 2021")",
         {"events.json", "/events/0/id", 4, "(for example \"cairo-dialogue-2021\")"}},
        {"places.json",
         R"("id": "cairo")",
         R"("id": "2021-cairo")",
         {"places.json", "/places/1/id", 4, "starting with a letter"}},
        {"tracks.json",
         R"("id": "intra-palestinian")",
         R"("id": ")" + std::string(65, 'a') + "\"",
         {"tracks.json", "/tracks/0/id", 3, "at most 64 characters"}},
    });
}

TEST_CASE("numbers outside their range are errors") {
    checkPatches({
        {"places.json",
         R"("lat": 55.76)",
         R"("lat": 95.76)",
         {"places.json", "/places/0/lat", 3, "from -90 to 90; found the number 95.76"}},
        {"places.json",
         R"("lon": 31.24)",
         R"("lon": -181)",
         {"places.json", "/places/1/lon", 4, "from -180 to 180"}},
        {"tours.json",
         R"("dwell_s": 12)",
         R"("dwell_s": 2.5)",
         {"tours.json", "/tours/0/stops/0/dwell_s", 7,
          "a number from 3 to 120; found the number 2.5"}},
        {"tours.json",
         R"("dwell_s": 12)",
         R"("dwell_s": 121)",
         {"tours.json", "/tours/0/stops/0/dwell_s", 7, "from 3 to 120"}},
        {"exhibit.json",
         R"("idle_timeout_s": 90)",
         R"("idle_timeout_s": 10)",
         {"exhibit.json", "/idle_timeout_s", 12, "a whole number from 15 to 3600"}},
        {"exhibit.json",
         R"("idle_timeout_s": 90)",
         R"("idle_timeout_s": 90.5)",
         {"exhibit.json", "/idle_timeout_s", 12, "a whole number"}},
        {"exhibit.json",
         R"("idle_timeout_s": 90)",
         R"("idle_timeout_s": 1e400)",
         {"exhibit.json", "/idle_timeout_s", 12, "the number 1e400 is too large to be read"}},
        {"exhibit.json",
         R"("format": 1)",
         R"("format": 2)",
         {"exhibit.json", "/format", 3, "expected the number 1; found the number 2"}},
        {"exhibit.json",
         R"("center": [38.0, 30.0])",
         R"("center": [38.0, 190])",
         {"exhibit.json", "/map/center", 10, "longitude from -180 to 180"}},
    });
}

TEST_CASE("colours must be #rrggbb") {
    for (std::string_view bad : {R"("#c8553")", R"("red")", R"("#gg553d")", "13128509"}) {
        ContentTexts files = minimalTexts();
        patch(files, "tracks.json", R"("#c8553d")", bad);
        checkReported(loadTexts(files), {"tracks.json", "/tracks/0/color", 3,
                                         "expected a colour "
                                         "like \"#c8553d\""});
    }
    ContentTexts upper = minimalTexts();
    patch(upper, "tracks.json", R"("#c8553d")", R"("#C8553D")");
    CHECK(loadTexts(upper).library->track("intra-palestinian")->rgb == 0xc8553d);
}

TEST_CASE("unknown fields are warnings that still let the content load") {
    ContentTexts files = minimalTexts();
    patch(files, "events.json", R"("id": "cairo-dialogue-2021",)",
          R"("id": "cairo-dialogue-2021", "titel": 1, "$comment": "checked",)");
    LoadResult result = loadTexts(files);
    checkReported(result, {"events.json", "/events/0/titel", 4,
                           "unknown field \"titel\" in this event (did you mean \"title\"?)",
                           Problem::Severity::Warning});
    CHECK(result.ok());
    CHECK(result.warnings == 1);
}

TEST_CASE("a place beyond Web Mercator's 85.05 degrees loads, with a located warning") {
    ContentTexts files = minimalTexts();
    patch(files, "places.json", R"("lat": 55.76,)", R"("lat": 90,)");
    LoadResult result = loadTexts(files);
    checkReported(result, {"places.json", "/places/0/lat", 3,
                           "latitude 90 is beyond the map's projection (Web Mercator ends at "
                           "85.05 N); the place will be shown clamped to the map's top edge",
                           Problem::Severity::Warning});
    CHECK(result.ok());
    CHECK(result.warnings == 1);
    ContentTexts south = minimalTexts();
    patch(south, "places.json", R"("lat": 30.04,)", R"("lat": -85.2,)");
    CHECK(loadTexts(south).warnings == 1);
    ContentTexts inside = minimalTexts();
    patch(inside, "places.json", R"("lat": 30.04,)", R"("lat": -85.05,)");
    CHECK(loadTexts(inside).warnings == 0);
}

TEST_CASE("translations: English is required, listed languages are expected") {
    ContentTexts files = minimalTexts();
    patch(files, "exhibit.json", R"("rtl": false}])",
          R"("rtl": false}, {"code": "ru", "name": "Russian"}])");
    LoadResult missing = loadTexts(files);
    checkReported(missing, {"exhibit.json", "/title", 6,
                            "no Russian (\"ru\") translation; English will be shown instead",
                            Problem::Severity::Warning});
    CHECK(missing.ok());
    // The first five texts, then one summary counting all 23 (test_languages.cpp).
    CHECK(missing.warnings == 6);

    patch(files, "events.json", R"({"en": "Palestinian factions meet in Cairo"})",
          R"({"ru": "Встреча в Каире", "fr": "Réunion au Caire"})");
    LoadResult noEnglish = loadTexts(files);
    checkReported(noEnglish,
                  {"events.json", "/events/0/title", 5, "this text has no English (\"en\")"});
    checkReported(noEnglish, {"events.json", "/events/0/title/fr", 5,
                              "the language \"fr\" is not listed in exhibit.json",
                              Problem::Severity::Warning});
}

TEST_CASE("the languages themselves are checked") {
    checkPatches({
        {"exhibit.json",
         R"({"code": "en", "name": "English", "rtl": false})",
         R"({"code": "ar", "name": "Arabic", "rtl": true})",
         {"exhibit.json", "/languages", 8, "English (\"en\") must be one of the languages"}},
        {"exhibit.json",
         R"("default_language": "en")",
         R"("default_language": "fr")",
         {"exhibit.json", "/default_language", 9, "is not one of the languages"}},
        {"exhibit.json",
         R"("rtl": false})",
         R"("rtl": false}, {"code": "en", "name": "E"})",
         {"exhibit.json", "/languages/1/code", 8, "listed twice"}},
        {"exhibit.json",
         R"("code": "en")",
         R"("code": "English")",
         {"exhibit.json", "/languages/0/code", 8, "expected a language code"}},
    });
}

TEST_CASE("exhibit, events, tracks and sources files are required; the others are not") {
    for (std::string name : {"exhibit.json", "events.json", "tracks.json", "sources.json"}) {
        ContentTexts files = minimalTexts();
        files.erase(name);
        LoadResult result = loadTexts(files);
        INFO(listProblems(result));
        REQUIRE(result.errors == 1);  // no cascade of dangling references
        CHECK(result.problems[0].format() ==
              name + ": error: this file is missing; every content folder needs " + name);
    }
    ContentTexts noTours = minimalTexts();
    noTours.erase("tours.json");
    CHECK(loadTexts(noTours).ok());

    ContentTexts noActors = minimalTexts();
    noActors.erase("actors.json");
    LoadResult result = loadTexts(noActors);
    checkReported(result, {"events.json", "/events/1/actors/0", 19,
                           "no actor has the id \"mikhail-bogdanov\" (actors.json is missing)"});
}

TEST_CASE("every problem is collected, in file then line order, and the library is withheld") {
    ContentTexts files = minimalTexts();
    patch(files, "tours.json", R"("dwell_s": 12)", R"("dwell_s": 1)");
    patch(files, "events.json", R"("background": false)", R"("background": 0)");
    patch(files, "events.json", R"("start": "2021-02-08")", R"("start": "2021-02-30")");
    patch(files, "actors.json", R"("kind": "state")", R"("kind": "country")");
    LoadResult result = loadTexts(files);
    INFO(listProblems(result));
    CHECK(result.library == nullptr);
    REQUIRE(result.errors == 4);
    CHECK(result.problems[0].file == "actors.json");
    CHECK(result.problems[1].path == "/events/0/when/start");
    CHECK(result.problems[2].path == "/events/1/background");
    CHECK(result.problems[3].file == "tours.json");
    CHECK(result.firstError() == &result.problems[0]);
}

TEST_CASE("a folder that does not exist is one error without a file") {
    LoadResult result = loadContent(fixture("no-such-folder"));
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].file.empty());
    CHECK(result.problems[0].message.find("does not exist") != std::string::npos);
    CHECK_FALSE(result.ok());
}
