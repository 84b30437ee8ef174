#include <doctest/doctest.h>

#include "kiosk/timeline/ticks.h"

using namespace kiosk::timeline;

namespace {
constexpr double kJan2020 = 18262;  // 2020-01-01
constexpr float kCharPx = 12;

// Labels, estimated at charPx per character, never overlap on the axis.
void checkNoOverlap(const TickSet& set, double start, double end, float width) {
    double pxPerDay = width / (end - start);
    for (size_t i = 1; i < set.ticks.size(); ++i) {
        double gap = (set.ticks[i].day - set.ticks[i - 1].day) * pxPerDay;
        CHECK(gap >= set.ticks[i - 1].label.size() * kCharPx);
    }
}
}  // namespace

TEST_CASE("the whole story shows years or decades") {
    auto set = makeTicks(kJan2020 - 27 * 365.25, kJan2020 + 600, 800, kCharPx);
    CHECK((set.unit == TickUnit::Year || set.unit == TickUnit::Decade));
    REQUIRE_FALSE(set.ticks.empty());
    checkNoOverlap(set, kJan2020 - 27 * 365.25, kJan2020 + 600, 800);
}

TEST_CASE("a year and a half on a wide axis shows months, with the years in a second row") {
    auto set = makeTicks(kJan2020, kJan2020 + 500, 1600, kCharPx);
    CHECK(set.unit == TickUnit::Month);
    CHECK(set.ticks.front().label == "Jan");
    CHECK(set.ticks.front().major);
    CHECK(set.ticks[1].label == "Feb");
    REQUIRE(set.context.size() == 2);
    CHECK(set.context[0].label == "2020");
    CHECK(set.context[1].label == "2021");
    checkNoOverlap(set, kJan2020, kJan2020 + 500, 1600);
}

TEST_CASE("a week shows days") {
    double start = kJan2020 + 40;  // 2020-02-10
    auto set = makeTicks(start, start + 7, 1000, kCharPx);
    CHECK(set.unit == TickUnit::Day);
    CHECK(set.ticks.size() >= 7);
    CHECK(set.ticks.front().label == "10");
    REQUIRE(set.context.size() == 1);
    CHECK(set.context[0].label == "Feb 2020");
    checkNoOverlap(set, start, start + 7, 1000);
}

TEST_CASE("every zoom between a week and decades keeps labels apart") {
    for (double span = 7; span < 12000; span *= 1.7) {
        for (float width : {300.f, 800.f, 2400.f}) {
            auto set = makeTicks(kJan2020, kJan2020 + span, width, kCharPx);
            checkNoOverlap(set, kJan2020, kJan2020 + span, width);
        }
    }
}

TEST_CASE("degenerate spans give no ticks rather than a crash") {
    CHECK(makeTicks(100, 100, 800, kCharPx).ticks.empty());
    CHECK(makeTicks(100, 200, 0, kCharPx).ticks.empty());
}

namespace {
// Code points, as the tick spacing counts them in every language.
std::size_t codePoints(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
}  // namespace

TEST_CASE("Russian and Arabic ticks are in the language, and still keep apart") {
    kiosk::text::LocaleFormat ru("ru"), ar("ar");
    auto months = makeTicks(kJan2020, kJan2020 + 500, 2400, kCharPx, ru);
    REQUIRE(months.unit == TickUnit::Month);
    CHECK(months.ticks[1].label == "февр.");
    CHECK(months.context[0].label == "2020");
    auto arMonths = makeTicks(kJan2020, kJan2020 + 500, 2400, kCharPx, ar);
    CHECK(arMonths.ticks[1].label == "فبراير");
    CHECK(arMonths.context[1].label == "٢٠٢١");
    double start = kJan2020 + 40;  // 2020-02-10
    auto days = makeTicks(start, start + 7, 1000, kCharPx, ar);
    CHECK(days.ticks.front().label == "١٠");
    CHECK(makeTicks(start, start + 7, 1000, kCharPx, ru).context[0].label == "февр. 2020\u202Fг.");
    for (const auto* format : {&ru, &ar})
        for (double span = 7; span < 12000; span *= 1.7)
            for (float width : {300.f, 800.f, 2400.f}) {
                auto set = makeTicks(kJan2020, kJan2020 + span, width, kCharPx, *format);
                double pxPerDay = width / span;
                for (size_t i = 1; i < set.ticks.size(); ++i)
                    CHECK((set.ticks[i].day - set.ticks[i - 1].day) * pxPerDay >=
                          codePoints(set.ticks[i - 1].label) * kCharPx);
            }
}

TEST_CASE("where English months just fit, Arabic's longer month names step up to quarters") {
    float width = float(500 * 62 / 30.44);  // 62 px a month: English needs (3 + 2) * 12
    CHECK(makeTicks(kJan2020, kJan2020 + 500, width, kCharPx).unit == TickUnit::Month);
    CHECK(
        makeTicks(kJan2020, kJan2020 + 500, width, kCharPx, kiosk::text::LocaleFormat("ar")).unit ==
        TickUnit::Quarter);
}
