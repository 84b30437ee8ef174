// Visits and the idle reset.
#include <doctest/doctest.h>

#include <cmath>

#include "kiosk/input/idle.h"

using namespace kiosk::input;
using Kind = VisitEventKind;

TEST_CASE("the first touch starts a visit and the timeout ends it") {
    IdleTracker idle(60);
    CHECK(idle.idleExpired(0));
    CHECK_FALSE(idle.deadline().has_value());
    CHECK_FALSE(idle.lastInput().has_value());

    idle.input(1000);
    auto events = idle.take();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == Kind::VisitStart);
    CHECK(events[0].at == 1000);
    CHECK(idle.visiting());
    CHECK(idle.deadline() == 61000);

    idle.input(5000);
    CHECK(idle.take().empty());  // same visit
    CHECK(idle.deadline() == 65000);
    CHECK(idle.lastInput() == 5000);

    idle.update(64999);
    CHECK(idle.take().empty());
    CHECK_FALSE(idle.idleExpired(64999));
    CHECK(idle.idleExpired(65000));
    idle.update(65000);
    events = idle.take();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == Kind::VisitEnd);
    CHECK(events[0].at == 65000);
    CHECK_FALSE(idle.visiting());
    CHECK_FALSE(idle.deadline().has_value());
    CHECK(idle.lastInput() == 5000);
}

TEST_CASE("a late update stamps the end at the timeout, not at the late call") {
    IdleTracker idle(10);
    idle.input(0);
    idle.update(25000);
    const auto events = idle.take();
    REQUIRE(events.size() == 2);
    CHECK(events[1].kind == Kind::VisitEnd);
    CHECK(events[1].at == 10000);
}

TEST_CASE("a touch after a missed timeout closes the old visit before opening a new one") {
    IdleTracker idle(10);
    idle.input(0);
    idle.take();
    idle.input(30000);
    const auto events = idle.take();
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == Kind::VisitEnd);
    CHECK(events[0].at == 10000);
    CHECK(events[1].kind == Kind::VisitStart);
    CHECK(events[1].at == 30000);
    CHECK(idle.deadline() == 40000);
}

TEST_CASE("input stamped in the past does not shorten the visit") {
    IdleTracker idle(10);
    idle.input(5000);
    idle.input(1000);
    CHECK(idle.deadline() == 15000);
    CHECK(idle.lastInput() == 5000);
}

TEST_CASE("the timeout is configurable in seconds and clamped to sane values") {
    IdleTracker idle;
    CHECK(idle.timeoutMs() == 90000);
    idle.setTimeoutSeconds(2.5);
    CHECK(idle.timeoutMs() == 2500);
    idle.setTimeoutSeconds(0);
    CHECK(idle.timeoutMs() == 1000);
    idle.setTimeoutSeconds(-30);
    CHECK(idle.timeoutMs() == 1000);
    idle.setTimeoutSeconds(1e12);
    CHECK(idle.timeoutMs() == 24 * 3600 * 1000);
    idle.setTimeoutSeconds(NAN);
    CHECK(idle.timeoutMs() == 90000);
}
