// The usage tracker against a live exhibit with the bundled content: what a visit, its
// cards and attract mode write to the usage log.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/session/usage_tracker.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;
using nlohmann::json;

namespace {

struct Rig {
    test_support::TempDataDir dir;
    ManualClock clock{parseIsoTime("2026-12-01T10:00:00Z")->utcMs};  // a Tuesday, 11:00 in Berlin
    session::Exhibit exhibit{clock};
    std::unique_ptr<usage::UsageLog> log;
    std::unique_ptr<session::UsageTracker> tracker;

    Rig() {
        auto loaded = content::loadContent(KIOSK_SOURCE_DIR "/content");
        REQUIRE(loaded.ok());
        exhibit.setContent(loaded.library);
        exhibit.setScreen(1280, 800, input::PanelGeometry::fromDpi(100));
        std::string error;
        log = usage::UsageLog::open(dir.path(), clock, error);
        REQUIRE_MESSAGE(log, error);
        tracker = std::make_unique<session::UsageTracker>(*log);
        step(0);
    }
    void step(Millis ms) {
        clock.advance(ms);
        exhibit.update();
        tracker->observe(exhibit);
    }
    // Runs in 100 ms frames, as the app would while things move.
    void run(Millis ms) {
        for (Millis t = 0; t < ms; t += 100) step(100);
    }
    void tap(Vec2f at) {
        exhibit.fingerDown(1, at);
        step(50);
        exhibit.fingerUp(1, at);
        step(50);
    }
    Vec2f mapCentre() const {
        const auto& m = exhibit.layout().map;
        return {m.x + m.w / 2, m.y + m.h / 2};
    }
    std::vector<json> records() {
        log->sync();
        std::vector<json> out;
        auto text =
            test_support::readWholeFile(usage::usageFile(usage::usageFolder(dir.path()), 0));
        for (const auto& line : test_support::lines(text))
            if (!line.empty()) out.push_back(json::parse(line));
        return out;
    }
};

std::vector<std::string> types(const std::vector<json>& records) {
    std::vector<std::string> out;
    for (const auto& r : records) out.push_back(r["type"]);
    return out;
}

}  // namespace

TEST_CASE("a visit: its start, each card with its dwell, and its end at the idle reset") {
    Rig rig;
    REQUIRE(rig.exhibit.mode() == session::Mode::Explore);
    const auto& events = rig.exhibit.library()->events();
    rig.tap(rig.mapCentre());  // the first touch starts the visit
    rig.exhibit.visit().selectEvent(events[0].id);
    rig.run(5000);
    rig.exhibit.visit().selectEvent(events[1].id);  // the next story: the first card closes
    rig.run(12000);
    rig.exhibit.visit().clearSelection();
    rig.run(1000);
    auto r = rig.records();
    REQUIRE(types(r) == std::vector<std::string>{"visit_start", "language", "card_open",
                                                 "card_close", "card_open", "card_close"});
    CHECK(r[1]["code"] == "en");
    CHECK(r[2]["id"] == events[0].id);
    CHECK(r[2]["kind"] == "event");
    CHECK(r[3]["dwell_ms"] == 5000);
    CHECK(r[4]["id"] == events[1].id);
    CHECK(r[5]["dwell_ms"] == 12000);

    // Nobody touches: the idle reset ends the visit, measured from its first touch.
    Millis idle = Millis(rig.exhibit.library()->settings().idleTimeoutS * 1000);
    rig.run(idle + 1000);
    r = rig.records();
    REQUIRE(types(r).back() == "visit_end");
    // First touch at 0; the last input was the tap's lift at 50 ms, and the end is when the
    // visit timed out after it.
    CHECK(r.back()["duration_ms"] == 50 + idle);
}

TEST_CASE("an open card is closed by the idle reset, with its dwell until then") {
    Rig rig;
    rig.tap(rig.mapCentre());
    const auto& actor = rig.exhibit.library()->actors()[0];
    rig.exhibit.visit().selectActor(actor.id);
    Millis idle = Millis(rig.exhibit.library()->settings().idleTimeoutS * 1000);
    rig.run(idle + 1000);
    auto r = rig.records();
    auto t = types(r);
    REQUIRE(t.size() >= 5);
    CHECK(t[2] == "card_open");
    CHECK(t[3] == "card_close");
    CHECK(t[4] == "visit_end");
    CHECK(r[3]["kind"] == "actor");
    CHECK(r[3]["id"] == actor.id);
    // Selected between frames, so first seen open by the frame at 200 ms; the reset is due
    // at the tap's lift (50 ms) + idle and seen by the frame after, at idle + 100 ms.
    CHECK(r[3]["dwell_ms"] == idle - 100);
}

TEST_CASE("attract mode records each tour it played, with the stops shown") {
    Rig rig;
    Millis idle = Millis(rig.exhibit.library()->settings().idleTimeoutS * 1000);
    rig.tap(rig.mapCentre());
    rig.run(idle + 500);
    REQUIRE(rig.exhibit.mode() == session::Mode::Attract);
    const auto& tours = rig.exhibit.library()->tours();
    REQUIRE(tours.size() >= 2);
    Millis firstTour = 0;
    for (const auto& stop : tours[0].stops) firstTour += Millis(stop.dwellS * 1000);
    rig.run(firstTour + 1000);  // into the second tour
    REQUIRE(rig.exhibit.schedule().attract().position().tour == 1);
    rig.tap(rig.mapCentre());  // a visitor wakes the exhibit
    REQUIRE(rig.exhibit.mode() == session::Mode::Explore);
    auto r = rig.records();
    std::vector<json> views;
    for (const auto& rec : r)
        if (rec["type"] == "tour_view") views.push_back(rec);
    REQUIRE(views.size() == 2);
    CHECK(views[0]["tour"] == tours[0].id);
    CHECK(views[0]["stops_seen"] == tours[0].stops.size());
    CHECK(views[1]["tour"] == tours[1].id);
    CHECK(views[1]["stops_seen"] == 1);
    // Attract's captions are not cards a visitor opened.
    for (const auto& rec : r) CHECK(rec["type"] != "card_open");
}
