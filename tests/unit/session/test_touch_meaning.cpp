// What a touch means (issues 14 and 17): the target under the finger when it went down, timed
// by the events' own timestamps, and buttons that act before the frame of the lift is drawn.
// Targets are set by hand here, as the drawn frame would leave them.
#include <doctest/doctest.h>

#include "tests/unit/session/exhibit_rig.h"

using namespace kiosk;

namespace {

struct Rig : test_support::ExhibitRig {
    // A 40x40 target centred at c.
    void target(const std::string& id, Vec2f c) {
        exhibit.targets().add(id, Rectf{c.x - 20, c.y - 20, 40, 40});
    }
    Vec2f headerPoint() const {
        const auto& h = exhibit.layout().header;
        return {h.x + h.w - 60, h.y + h.h / 2};
    }
    std::string secondEvent() const { return exhibit.library()->events()[1].id; }
};

}  // namespace

TEST_CASE("a tap means the place under the finger when it went down, not after the layout moved") {
    Rig rig;
    Vec2f p = rig.mapCentre();
    rig.target("place:madrid", p);
    rig.exhibit.fingerDown(1, p);
    rig.step(16);
    // A card slides in: the next frame draws another place under the resting finger.
    rig.exhibit.targets().clear();
    rig.target("place:moscow", p);
    rig.step(16);
    rig.exhibit.fingerUp(1, p);
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().place == "madrid");
}

TEST_CASE("a tap on an event means the event under the finger when it went down") {
    Rig rig;
    const auto& t = rig.exhibit.layout().timeline;
    Vec2f p{t.x + t.w / 2, t.y + t.h / 2};
    const auto& events = rig.exhibit.library()->events();
    rig.target("event:" + events[0].id, p);
    rig.exhibit.fingerDown(1, p);
    rig.step(16);
    rig.exhibit.targets().clear();
    rig.target("event:" + events[2].id, p);  // the timeline flew on
    rig.step(16);
    rig.exhibit.fingerUp(1, p);
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().event == events[0].id);
}

TEST_CASE("a tap delivered after a slow frame is timed by its events, not by the frame") {
    Rig rig;
    Vec2f p = rig.mapCentre();
    rig.target("place:madrid", p);
    Millis t0 = rig.clock.steadyMs();
    rig.clock.advance(700);  // a 700 ms frame; down and up (40 ms apart) wait in SDL's queue
    rig.exhibit.fingerDown(1, p, t0 + 100);
    rig.exhibit.fingerUp(1, p, t0 + 140);
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().place == "madrid");
}

TEST_CASE("a short press is not read as a long press because its lift came after a slow frame") {
    Rig rig;
    Vec2f p = rig.mapCentre();
    rig.target("place:madrid", p);
    Millis t0 = rig.clock.steadyMs();
    rig.exhibit.fingerDown(1, p, t0);
    rig.exhibit.update();
    rig.clock.advance(900);  // the frame after the down takes 900 ms
    rig.exhibit.fingerUp(1, p, t0 + 120);
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().place == "madrid");
}

TEST_CASE("Home acts in the update of its lift, before the frame is drawn") {
    Rig rig;
    rig.exhibit.visit().selectPlace("moscow");
    rig.step(16);
    REQUIRE(rig.exhibit.visit().selection().place == "moscow");
    Vec2f home = rig.headerPoint();
    rig.target("button:home", home);
    rig.exhibit.fingerDown(1, home);
    rig.step(60);
    CHECK(rig.exhibit.visit().selection().place == "moscow");  // a press alone does nothing
    rig.exhibit.fingerUp(1, home);
    rig.exhibit.update();
    CHECK(rig.exhibit.visit().selection().empty());
}

TEST_CASE("a drag that starts on a button presses nothing") {
    Rig rig;
    rig.exhibit.visit().selectPlace("moscow");
    rig.step(16);
    Vec2f home = rig.headerPoint();
    rig.target("button:home", home);
    rig.exhibit.fingerDown(1, home);
    rig.step(16);
    rig.exhibit.fingerMove(1, {home.x - 100, home.y});
    rig.step(16);
    rig.exhibit.fingerUp(1, {home.x - 100, home.y});
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().place == "moscow");
}

TEST_CASE("card buttons act by their ids: Later, Earlier, Close, a place chip, a language") {
    Rig rig;
    const auto& events = rig.exhibit.library()->events();
    rig.exhibit.visit().selectEvent(events[1].id);
    CHECK(rig.exhibit.pressButton("button:next"));
    CHECK(rig.exhibit.visit().selection().event == events[2].id);
    CHECK(rig.exhibit.pressButton("button:previous"));
    CHECK(rig.exhibit.visit().selection().event == events[1].id);
    CHECK(rig.exhibit.pressButton("chip:place:moscow"));
    CHECK(rig.exhibit.visit().selection().place == "moscow");
    CHECK(rig.exhibit.pressButton("button:close"));
    CHECK(rig.exhibit.visit().selection().empty());
    CHECK(rig.exhibit.pressButton("language:ar"));
    CHECK(rig.exhibit.visit().language() == "ar");
    CHECK_FALSE(rig.exhibit.pressButton("button:nonsense"));
}

TEST_CASE("a tap on Later still counts while another visitor pinches the map") {
    Rig rig;
    const auto& events = rig.exhibit.library()->events();
    rig.exhibit.visit().selectEvent(events[1].id);
    for (int i = 0; i < 60; ++i) rig.step(16);  // the card slides in
    const auto& card = rig.exhibit.layout().card;
    Vec2f later{card.x + card.w * 0.75f, card.y + card.h - 30};
    rig.target("button:next", later);
    Vec2f m = rig.mapCentre();
    rig.exhibit.fingerDown(1, {m.x - 50, m.y});  // the first visitor's two fingers
    rig.exhibit.fingerDown(2, {m.x + 50, m.y});
    rig.step(16);
    rig.exhibit.fingerDown(3, later);  // the second visitor, on Later
    rig.exhibit.fingerMove(1, {m.x - 80, m.y});
    rig.step(40);
    rig.exhibit.fingerMove(2, {m.x + 80, m.y});
    rig.exhibit.fingerUp(3, later);
    rig.step(16);
    CHECK(rig.exhibit.visit().selection().event == events[2].id);
    rig.exhibit.fingerUp(1, {m.x - 80, m.y});
    rig.exhibit.fingerUp(2, {m.x + 80, m.y});
    rig.step(16);
}

TEST_CASE("a map drag forgotten by another visitor's Home is adopted, not ignored") {
    Rig rig;
    Vec2f m = rig.mapCentre();
    rig.exhibit.fingerDown(1, m);
    for (int i = 1; i <= 5; ++i) {
        rig.exhibit.fingerMove(1, {m.x - 10.f * float(i), m.y});
        rig.step(16);
    }
    Vec2f home = rig.headerPoint();
    rig.target("button:home", home);
    rig.exhibit.fingerDown(2, home);
    rig.step(60);
    rig.exhibit.fingerUp(2, home);
    rig.step(16);  // home: the camera is back home and the router forgot finger 1
    auto atHome = rig.exhibit.cameras().map().center();
    for (int i = 6; i <= 30; ++i) {
        rig.exhibit.fingerMove(1, {m.x - 10.f * float(i), m.y});
        rig.step(16);
    }
    rig.exhibit.fingerUp(1, {m.x - 300, m.y});
    rig.step(16);
    CHECK(rig.exhibit.cameras().map().center().lon > atHome.lon);
}
