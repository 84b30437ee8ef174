#include <doctest/doctest.h>

#include "kiosk/timeline/date_label.h"

using namespace kiosk;
using content::DatePoint;
using content::DateRange;
using content::Precision;
using content::Season;

namespace {
DatePoint day(int y, int m, int d) {
    return {y, m, d, Season::None, Precision::Day, false};
}
DatePoint month(int y, int m, bool approx = false) {
    return {y, m, 0, Season::None, Precision::Month, approx};
}
}  // namespace

TEST_CASE("each precision reads as precisely as it was stored, and no more") {
    CHECK(timeline::formatDatePoint(day(2021, 2, 15)) == "15 February 2021");
    CHECK(timeline::formatDatePoint(month(2020, 10)) == "October 2020");
    CHECK(timeline::formatDatePoint({2021, 0, 0, Season::Spring, Precision::Season, false}) ==
          "spring 2021");
    CHECK(timeline::formatDatePoint({2021, 0, 0, Season::None, Precision::Year, false}) == "2021");
    CHECK(timeline::formatDatePoint(month(2021, 2, true)) == "c. February 2021");
}

TEST_CASE("ranges are written compactly") {
    DateRange cairo{day(2021, 2, 8), day(2021, 2, 9), {}};
    CHECK(timeline::formatDateRange(cairo, "en") == "8\u20139 February 2021");
    DateRange months{month(2021, 1), month(2021, 3), {}};
    CHECK(timeline::formatDateRange(months, "en") == "January \u2013 March 2021");
    DateRange across{day(2020, 12, 30), day(2021, 1, 2), {}};
    CHECK(timeline::formatDateRange(across, "en") == "30 December 2020 \u2013 2 January 2021");
    DateRange single{day(2021, 1, 15), std::nullopt, {}};
    CHECK(timeline::formatDateRange(single, "en") == "15 January 2021");
}

TEST_CASE("a display override wins, and an approximate date keeps its c.") {
    DateRange r{month(2021, 1, true), std::nullopt, {}};
    r.display.byLanguage["en"] = "early 2021";
    CHECK(timeline::formatDateRange(r, "en") == "c. early 2021");
    r.start.approximate = false;
    CHECK(timeline::formatDateRange(r, "en") == "early 2021");
}

TEST_CASE("the language picks the shared formatter") {
    DateRange cairo{day(2021, 2, 8), day(2021, 2, 9), {}};
    CHECK(timeline::formatDateRange(cairo, "ru") == "8–9 февраля 2021\u202Fг.");
    CHECK(timeline::formatDateRange(cairo, "ar") == "٨–٩ فبراير، ٢٠٢١");
    kiosk::text::LocaleFormat latn("ar", "latn");
    CHECK(timeline::formatDateRange(cairo, latn) == "8–9 فبراير، 2021");
    CHECK(timeline::formatDatePoint(month(2021, 2), latn) == "فبراير 2021");
}
