#include <doctest/doctest.h>

#include "kiosk/content/dates.h"

using namespace kiosk::content;

namespace {

std::int64_t day(int y, int m, int d) {
    DatePoint p;
    p.year = y;
    p.month = m;
    p.day = d;
    p.precision = Precision::Day;
    return p.firstDay();
}

DatePoint parsed(std::string_view text) {
    DateParse result = parseDatePoint(text);
    REQUIRE_MESSAGE(result.point, text << " should parse; hint: " << result.hint);
    return *result.point;
}

std::string hintFor(std::string_view text) {
    DateParse result = parseDatePoint(text);
    REQUIRE_MESSAGE(!result.point, text << " should be refused");
    return result.hint;
}

}  // namespace

TEST_CASE("days are counted from 1970-01-01") {
    CHECK(day(1970, 1, 1) == 0);
    CHECK(day(1969, 12, 31) == -1);
    CHECK(day(2021, 2, 8) == 18666);
}

TEST_CASE("each precision covers the days it names") {
    DatePoint d = parsed("2021-02-15");
    CHECK(d.precision == Precision::Day);
    CHECK(d.firstDay() == day(2021, 2, 15));
    CHECK(d.lastDay() == day(2021, 2, 15));

    DatePoint m = parsed("2021-02");
    CHECK(m.precision == Precision::Month);
    CHECK(m.firstDay() == day(2021, 2, 1));
    CHECK(m.lastDay() == day(2021, 2, 28));
    CHECK(parsed("2020-02").lastDay() == day(2020, 2, 29));

    DatePoint y = parsed("2021");
    CHECK(y.precision == Precision::Year);
    CHECK(y.firstDay() == day(2021, 1, 1));
    CHECK(y.lastDay() == day(2021, 12, 31));
}

TEST_CASE("seasons are meteorological; winter is the one that ends in its year") {
    CHECK(parsed("2021-spring").firstDay() == day(2021, 3, 1));
    CHECK(parsed("2021-spring").lastDay() == day(2021, 5, 31));
    CHECK(parsed("2021-summer").firstDay() == day(2021, 6, 1));
    CHECK(parsed("2021-summer").lastDay() == day(2021, 8, 31));
    CHECK(parsed("2021-autumn").firstDay() == day(2021, 9, 1));
    CHECK(parsed("2021-autumn").lastDay() == day(2021, 11, 30));
    DatePoint winter = parsed("2021-winter");
    CHECK(winter.precision == Precision::Season);
    CHECK(winter.season == Season::Winter);
    CHECK(winter.firstDay() == day(2020, 12, 1));
    CHECK(winter.lastDay() == day(2021, 2, 28));
    CHECK(parsed("2020-winter").lastDay() == day(2020, 2, 29));
}

TEST_CASE("a leading ~ marks a point approximate without changing what it covers") {
    DatePoint approx = parsed("~2021-01");
    CHECK(approx.approximate);
    CHECK_FALSE(parsed("2021-01").approximate);
    CHECK(approx.firstDay() == parsed("2021-01").firstDay());
}

TEST_CASE("impossible and malformed dates are refused with a hint an editor can act on") {
    CHECK(hintFor("2021-02-31") == "February 2021 has 28 days");
    CHECK(hintFor("2021-04-31") == "April 2021 has 30 days");
    CHECK(hintFor("2021-13") == "there is no month 13");
    CHECK(hintFor("2021-00") == "there is no month 0");
    CHECK(hintFor("2021-02-00") == "days start at 1");
    CHECK(hintFor("2021-2-5") == "write months and days with two digits, as in 2021-02-05");
    CHECK(hintFor("2021-fall") == "write autumn rather than fall");
    CHECK(hintFor("2021-Spring") == "write the season in lower case: spring");
    CHECK(hintFor("2021-monsoon") == "the seasons are spring, summer, autumn and winter");
    CHECK(hintFor("15/02/2021") ==
          "write the year first and separate the parts with -, as in 2021-02-15");
    CHECK(hintFor("21-02") == "write the year with four digits");
    CHECK(hintFor("2021-02-15T10:00") == "a date has no time of day");
    CHECK(hintFor("") == "it is empty");
    CHECK(hintFor(" 2021") == "remove the spaces");
    CHECK_FALSE(parseDatePoint("2021-02-15x").point);
    CHECK_FALSE(parseDatePoint("~").point);
    CHECK_FALSE(parseDatePoint("2021-").point);
}

TEST_CASE("leap days are accepted only in leap years") {
    CHECK(parsed("2020-02-29").day == 29);
    CHECK(parsed("2000-02-29").day == 29);
    CHECK(hintFor("1900-02-29") == "February 1900 has 28 days");
}

TEST_CASE("points are written back the way the content format writes them") {
    for (std::string_view text : {"2021-02-15", "~2021-02", "2021-winter", "~2021", "2021-autumn"})
        CHECK(formatDatePoint(parsed(text)) == text);
}

TEST_CASE("a range covers from its start's first day to its end's last day") {
    DateRange range;
    range.start = parsed("2021-02");
    CHECK(range.lastDay() == day(2021, 2, 28));
    range.end = parsed("~2021-spring");
    CHECK(range.firstDay() == day(2021, 2, 1));
    CHECK(range.lastDay() == day(2021, 5, 31));
    CHECK(range.approximate());
}
