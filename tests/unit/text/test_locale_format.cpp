// Dates, times and numbers per language. Expected Russian and Arabic forms are CLDR's (ICU 72,
// Debian bookworm): Russian months in the genitive after a day, "г." after a year (with a
// narrow no-break space, U+202F), Arabic-Indic digits by default for "ar".
#include <doctest/doctest.h>

#include "kiosk/text/locale_format.h"

using namespace kiosk;
using content::DatePoint;
using content::DateRange;
using content::Precision;
using content::Season;
using text::LocaleFormat;

namespace {
DatePoint day(int y, int m, int d, bool approx = false) {
    return {y, m, d, Season::None, Precision::Day, approx};
}
DatePoint month(int y, int m, bool approx = false) {
    return {y, m, 0, Season::None, Precision::Month, approx};
}
DatePoint season(int y, Season s) {
    return {y, 0, 0, s, Precision::Season, false};
}
DatePoint year(int y) {
    return {y, 0, 0, Season::None, Precision::Year, false};
}

const text::UiStrings& catalog() {
    static const text::UiStrings strings = [] {
        std::vector<text::CatalogProblem> problems;
        return text::UiStrings::parse(R"({"en": {"date.approximate": "c. {date}",
              "date.season.spring": "spring {year}", "closed.opens": "Opens {weekday} at {time}"},
            "ru": {"date.approximate": "около {date}", "date.season.spring": "весна {year} года",
              "closed.opens": "Открытие: {weekday}, {time}"},
            "ar": {"date.approximate": "حوالي {date}", "date.season.spring": "ربيع {year}",
              "closed.opens": "يفتح يوم {weekday} الساعة {time}"}})",
                                      "test.json", problems);
    }();
    return strings;
}
}  // namespace

TEST_CASE("English keeps the exhibit's own forms, byte for byte") {
    LocaleFormat en("en");
    CHECK(en.datePoint(day(2021, 2, 15)) == "15 February 2021");
    CHECK(en.datePoint(month(2020, 10)) == "October 2020");
    CHECK(en.datePoint(season(2021, Season::Spring)) == "spring 2021");
    CHECK(en.datePoint(year(2021)) == "2021");
    CHECK(en.datePoint(month(2021, 2, true)) == "c. February 2021");
    CHECK(en.dateRange({day(2021, 2, 8), day(2021, 2, 9), {}}) == "8\u20139 February 2021");
    CHECK(en.dateRange({month(2021, 1), month(2021, 3), {}}) == "January \u2013 March 2021");
    CHECK(en.dateRange({day(2020, 12, 30), day(2021, 1, 2), {}}) ==
          "30 December 2020 \u2013 2 January 2021");
    CHECK(en.monthShort(2) == "Feb");
    CHECK(en.monthShortYear(2020, 2) == "Feb 2020");
    CHECK(en.widestMonthShort() == 3);
    CHECK(en.weekday(1) == "Tuesday");
    CHECK(en.timeOfDay(9 * 60 + 5) == "09:05");
    CHECK(en.timeRange(600, 1440) == "10:00-24:00");
    CHECK(en.opens(1, 600) == "Opens Tuesday at 10:00");
    CHECK(en.integer(1234) == "1,234");
    CHECK(en.plainInteger(20261127) == "20261127");
}

TEST_CASE("Russian dates: genitive after a day, stand-alone month, ranges by ICU") {
    LocaleFormat ru("ru", "", &catalog());
    CHECK(ru.datePoint(day(2021, 2, 8)) == "8 февраля 2021\u202Fг.");
    CHECK(ru.datePoint(month(2021, 2)) == "февраль 2021\u202Fг.");
    CHECK(ru.datePoint(month(2021, 2, true)) == "около февраль 2021\u202Fг.");
    CHECK(ru.datePoint(season(2021, Season::Spring)) == "весна 2021 года");
    CHECK(ru.datePoint(year(2021)) == "2021");
    CHECK(ru.dateRange({day(2021, 2, 8), day(2021, 2, 9), {}}) == "8–9 февраля 2021\u202Fг.");
    CHECK(ru.dateRange({day(2021, 1, 30), day(2021, 2, 2), {}}) ==
          "30 января – 2 февраля 2021\u202Fг.");
    CHECK(ru.dateRange({month(2021, 1), month(2021, 3), {}}) == "январь – март 2021\u202Fг.");
    CHECK(ru.dateRange({day(2021, 2, 8), std::nullopt, {}}) == "8 февраля 2021\u202Fг.");
    CHECK(ru.monthShort(9) == "сент.");
    CHECK(ru.widestMonthShort() == 5);
    CHECK(ru.weekday(1) == "вторник");
    CHECK(ru.weekdayTitle(1) == "Вторник");
    CHECK(ru.dayMonth(12, 24) == "24 декабря");
    CHECK(ru.opens(1, 600) == "Открытие: вторник, 10:00");
    CHECK(ru.integer(20261127) == "20\u00A0261\u00A0127");
}

TEST_CASE("Arabic dates in Arabic-Indic digits by default, and in 0-9 when asked") {
    LocaleFormat ar("ar", "", &catalog());
    CHECK(ar.datePoint(day(2021, 2, 8)) == "٨ فبراير ٢٠٢١");
    CHECK(ar.dateRange({day(2021, 2, 8), day(2021, 2, 9), {}}) == "٨–٩ فبراير، ٢٠٢١");
    CHECK(ar.datePoint(month(2021, 2, true)) == "حوالي فبراير ٢٠٢١");
    CHECK(ar.year(2021) == "٢٠٢١");
    CHECK(ar.opens(1, 600) == "يفتح يوم الثلاثاء الساعة ١٠:٠٠");
    CHECK(ar.timeRange(600, 1440) == "١٠:٠٠-٢٤:٠٠");
    CHECK(ar.integer(14) == "١٤");
    CHECK(ar.plainInteger(20261127) == "٢٠٢٦١١٢٧");

    LocaleFormat latn("ar", "latn", &catalog());
    CHECK(latn.digits() == "latn");
    CHECK(latn.datePoint(day(2021, 2, 8)) == "8 فبراير 2021");
    CHECK(latn.year(2021) == "2021");
    CHECK(latn.timeOfDay(600) == "10:00");
    CHECK(latn.integer(14) == "14");
    CHECK(LocaleFormat("ar", "arab").datePoint(day(2021, 2, 8)) == "٨ فبراير ٢٠٢١");
}

TEST_CASE("the display override wins, per language, and gets the marker once") {
    DateRange r{month(2021, 1, true), std::nullopt, {}};
    r.display.byLanguage["en"] = "early 2021";
    LocaleFormat en("en", "", &catalog()), ru("ru", "", &catalog());
    CHECK(en.dateRange(r) == "c. early 2021");
    CHECK(ru.dateRange(r) == "около early 2021");  // no Russian override: English text
    r.display.byLanguage["ru"] = "начало 2021 года";
    CHECK(ru.dateRange(r) == "около начало 2021 года");
    r.display.byLanguage["ru"] = "около начала 2021 года";
    CHECK(ru.dateRange(r) == "около начала 2021 года");
    r.display.byLanguage["en"] = "c. early 2021";
    CHECK(en.dateRange(r) == "c. early 2021");
    r.start.approximate = false;
    CHECK(ru.dateRange(r) == "около начала 2021 года");
}

TEST_CASE("without a catalog, the approximate and season forms fall back to English") {
    LocaleFormat ru("ru");
    CHECK(ru.datePoint(month(2021, 2, true)) == "c. февраль 2021\u202Fг.");
    CHECK(ru.datePoint(season(2021, Season::Spring)) == "spring 2021");
    CHECK(ru.message("no.such.key") == "no.such.key");
}

TEST_CASE("the shared formatters are built once per language") {
    const LocaleFormat& a = text::localeFormatFor("ru");
    CHECK(&a == &text::localeFormatFor("ru"));
    CHECK(a.datePoint(day(2021, 2, 8)) == "8 февраля 2021\u202Fг.");
    text::configureLocaleFormats(&catalog(), {{"ar", "latn"}});
    CHECK(text::localeFormatFor("ar").year(2021) == "2021");
    CHECK(text::localeFormatFor("ru").datePoint(month(2021, 2, true)) ==
          "около февраль 2021\u202Fг.");
    CHECK(a.language() == "ru");  // the earlier object is still there
    text::configureLocaleFormats(nullptr);
    CHECK(text::localeFormatFor("ar").year(2021) == "٢٠٢١");
}
