// The session's controllers as Exhibit composes them: each does its one job, and the
// composition routes input and time between them.
#include <doctest/doctest.h>

#include "tests/unit/session/exhibit_rig.h"

using namespace kiosk;

namespace {

struct Rig : test_support::ExhibitRig {
    const content::Event& firstEvent() const { return exhibit.library()->events().front(); }
};

}  // namespace

TEST_CASE("the touch router names the region under a finger from the layout") {
    Rig rig;
    const auto& layout = rig.exhibit.layout();
    const auto& router = rig.exhibit.touch();
    CHECK(router.regionAt(rig.mapCentre()) == session::Region::Map);
    Vec2f timeline{layout.timeline.x + layout.timeline.w / 2,
                   layout.timeline.y + layout.timeline.h / 2};
    CHECK(router.regionAt(timeline) == session::Region::Timeline);
    CHECK(router.regionAt({layout.header.x + 2, layout.header.y + 2}) == session::Region::Header);
}

TEST_CASE("a drag on the map moves the map camera and leaves the timeline alone") {
    Rig rig;
    auto before = rig.exhibit.cameras().map().center();
    double start = rig.exhibit.cameras().time().start();
    Vec2f at = rig.mapCentre();
    rig.exhibit.fingerDown(1, at);
    for (int i = 1; i <= 10; ++i) {
        rig.exhibit.fingerMove(1, {at.x + 12.f * float(i), at.y});
        rig.step(16);
    }
    rig.exhibit.fingerUp(1, {at.x + 120, at.y});
    rig.step(16);
    CHECK(rig.exhibit.cameras().map().center().lon < before.lon);  // dragged east: view west
    CHECK(rig.exhibit.cameras().time().start() == start);
    CHECK_FALSE(rig.exhibit.touch().marks().empty());  // the touch was answered with a ring
}

TEST_CASE("selecting an event opens the card and flies the cameras; home undoes all of it") {
    Rig rig;
    auto& visit = rig.exhibit.visit();
    visit.selectEvent(rig.firstEvent().id);
    CHECK(visit.selection().event == rig.firstEvent().id);
    CHECK(visit.card().isOpen());
    CHECK(rig.exhibit.cameras().flying());
    visit.setActorFilter(rig.firstEvent().actors.front());
    CHECK(visit.actorFilter() == rig.firstEvent().actors.front());
    rig.exhibit.goHome();
    CHECK(visit.selection().empty());
    CHECK(visit.actorFilter().empty());
    CHECK_FALSE(visit.card().isOpen());
    CHECK(visit.language() == rig.exhibit.library()->settings().defaultLanguage);
}

TEST_CASE("an unknown id selects nothing") {
    Rig rig;
    rig.exhibit.visit().selectEvent("no-such-event");
    rig.exhibit.visit().selectPlace("no-such-place");
    CHECK(rig.exhibit.visit().selection().empty());
    CHECK_FALSE(rig.exhibit.visit().card().isOpen());
}

TEST_CASE("idle time ends the visit: home, then attract's first stop") {
    Rig rig;
    rig.exhibit.visit().selectEvent(rig.firstEvent().id);
    auto deadline = rig.exhibit.visit().idleDeadline();
    REQUIRE(deadline);
    rig.step(*deadline - rig.exhibit.now() + 1);
    CHECK(rig.exhibit.mode() == session::Mode::Attract);
    CHECK(rig.exhibit.schedule().attract().playing());
    // Attract shows its stop without a card.
    CHECK_FALSE(rig.exhibit.visit().card().isOpen());
    CHECK(rig.exhibit.visit().selection().event ==
          rig.exhibit.schedule().attract().currentStop().event);
}

TEST_CASE("the notice board keeps the newest three and drops each at its time") {
    session::NoticeBoard board;
    for (int i = 0; i < 4; ++i) board.show("n" + std::to_string(i), false, 0, 1000 + i);
    REQUIRE(board.items().size() == 3);
    CHECK(board.items().front().text == "n1");
    CHECK(board.nextDeadline() == 1001);
    CHECK(board.expire(1001));
    CHECK(board.items().size() == 2);
    CHECK_FALSE(board.expire(1001));
}
