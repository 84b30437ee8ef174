#pragma once
// Dates, weekdays, times and numbers in the visitor's language, from ICU and its CLDR data:
// "8 February 2021", "8 февраля 2021 г." (genitive, as CLDR writes it), "٨ فبراير ٢٠٢١".
// English keeps the exhibit's own forms, which the tests and the content were written against
// (ICU's English differs: "February 8, 2021", thin spaces around the dash in ranges).
// The approximate and season forms come from the UI catalog (date.approximate,
// date.season.*). Formatters are built once per object; callers cache what they draw.
// Not for concurrent use: one thread at a time per object.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/content/model.h"
#include "kiosk/text/ui_strings.h"

namespace kiosk::text {

// The ICU locale for a language code ("en", "ru", "ar") and a digits setting ("latn" for
// 0-9, "arab" for Arabic-Indic ٠-٩, "" for CLDR's default): "ar@numbers=arab".
std::string icuLocaleId(std::string_view language, std::string_view digits);

class LocaleFormat {
  public:
    // `strings` supplies date.approximate, date.season.*, closed.opens and
    // hours.closed_day (built-in English when it lacks them); it must outlive this object
    // and stay where it is (a pointer is kept). Null: the built-in English patterns.
    // Unknown digits count as "".
    explicit LocaleFormat(std::string_view language, std::string_view digits = {},
                          const UiStrings* strings = nullptr);
    ~LocaleFormat();
    LocaleFormat(const LocaleFormat&) = delete;
    LocaleFormat& operator=(const LocaleFormat&) = delete;
    LocaleFormat(LocaleFormat&&) noexcept;
    LocaleFormat& operator=(LocaleFormat&&) noexcept;

    const std::string& language() const;
    const std::string& digits() const;  // as given, or "" when unknown

    // A date at the precision it was stored with, never more: "8 February 2021",
    // "February 2021", "spring 2021", "2021", each "c. ..." when approximate.
    std::string datePoint(const content::DatePoint& point) const;
    // A range, compactly: English "8–9 February 2021", "January – March 2021"; other
    // languages by ICU's DateIntervalFormat ("8–9 февраля 2021 г."). The content's display
    // override wins (this language, else English), with the approximate marker added when
    // the range is approximate and the override does not already carry it.
    std::string dateRange(const content::DateRange& range) const;

    // Timeline ticks and their second row.
    std::string year(int year) const;         // "2021", "٢٠٢١"
    std::string monthShort(int month) const;  // 1..12: "Feb", "февр.", "فبراير"
    std::string monthShortYear(int year, int month) const;  // "Feb 2020", "февр. 2020 г."
    std::string dayOfMonth(int day) const;                  // "15", "١٥"
    // The most code points any monthShort() has (English 3, Russian 5): tick spacing.
    int widestMonthShort() const;

    // The closed screen.
    std::string weekday(int weekday) const;  // 0 Monday .. 6 Sunday: "Tuesday"
    // The same with a capital, to start a line: "Вторник" (CLDR's Russian is "вторник").
    std::string weekdayTitle(int weekday) const;
    std::string dayMonth(int month, int day) const;  // "24 December", "24 декабря"
    std::string timeOfDay(int minuteOfDay) const;    // 0..1439 (wraps): "10:00", "١٠:٠٠"
    // Opening hours, "10:00-18:00"; an end of 1440 is "24:00", later ends wrap ("02:00").
    std::string timeRange(int startMinute, int endMinute) const;
    // closed.opens: "Opens Tuesday at 10:00".
    std::string opens(int weekday, int minuteOfDay) const;

    // A whole number in the language's digits, grouped as CLDR says ("20 261 127" in ru).
    std::string integer(std::int64_t value) const;
    // The same without grouping, for identifiers such as content versions: "20261127", "٢٠٢٦١١٢٧".
    // Pass it to a message as a text, so that the message does not group it again.
    std::string plainInteger(std::int64_t value) const;
    // A UI catalog message in this language (see UiStrings::format).
    std::string message(std::string_view key, const MessageArgs& args = {}) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Shared formatters for code that has only a language code (timeline::formatDateRange(range,
// language), OpeningHours). Built on first use and kept for the process; thread-safe to get.
const LocaleFormat& localeFormatFor(std::string_view language);
// Sets the catalog and per-language digits that later localeFormatFor() results use. Call at
// start-up (or when the catalog reloads); objects returned earlier stay valid but unchanged.
void configureLocaleFormats(const UiStrings* strings,
                            std::vector<std::pair<std::string, std::string>> digitsByLanguage = {});

}  // namespace kiosk::text
