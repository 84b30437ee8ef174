#include <doctest/doctest.h>

#include "kiosk/timeline/time_view.h"

using namespace kiosk::timeline;

TEST_CASE("days map to pixels and back") {
    TimeView v;
    v.setViewport({10, 0, 1000, 100});
    v.setBounds(0, 10000);
    v.setRange(100, 200);
    CHECK(v.dayToX(100) == doctest::Approx(10));
    CHECK(v.dayToX(150) == doctest::Approx(510));
    CHECK(v.xToDay(510) == doctest::Approx(150));
}

TEST_CASE("zooming keeps the day under the fingers and respects a week and the bounds") {
    TimeView v;
    v.setViewport({0, 0, 1000, 100});
    v.setBounds(0, 10000);
    v.setRange(1000, 2000);
    double under = v.xToDay(250);
    v.zoomAbout(250, 4);
    CHECK(v.end() - v.start() == doctest::Approx(250));
    CHECK(v.xToDay(250) == doctest::Approx(under));
    v.zoomAbout(250, 1000);
    CHECK(v.end() - v.start() == doctest::Approx(TimeView::kMinSpanDays));
    v.zoomAbout(250, 1e-6);
    CHECK(v.start() == doctest::Approx(0));
    CHECK(v.end() == doctest::Approx(10000));
}

TEST_CASE("panning stops at the bounds") {
    TimeView v;
    v.setViewport({0, 0, 1000, 100});
    v.setBounds(0, 1000);
    v.setRange(400, 500);
    v.panBy(-1e6f);
    CHECK(v.end() == doctest::Approx(1000));
    CHECK(v.end() - v.start() == doctest::Approx(100));
}

TEST_CASE("flyToShow brings a far event into view") {
    TimeView v;
    v.setViewport({0, 0, 1000, 100});
    v.setBounds(0, 10000);
    v.setRange(100, 200);
    v.flyToShow(5000, 5001, 0);
    CHECK(v.update(500));
    CHECK_FALSE(v.update(2000));
    CHECK(v.start() < 5000);
    CHECK(v.end() > 5001);
    CHECK(v.end() - v.start() == doctest::Approx(100));
}
