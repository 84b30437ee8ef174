#include "kiosk/text/locale_format.h"

#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <unordered_map>

namespace kiosk::text {
namespace {

// The patterns the formatter needs when no catalog is given, and the English fallback of one.
constexpr const char* kBuiltInCatalog = R"({"en": {
  "date.approximate": "c. {date}",
  "date.season.spring": "spring {year}", "date.season.summer": "summer {year}",
  "date.season.autumn": "autumn {year}", "date.season.winter": "winter {year}",
  "closed.opens": "Opens {weekday} at {time}", "hours.closed_day": "closed"}})";

const UiStrings& builtInCatalog() {
    static const UiStrings strings = [] {
        std::vector<CatalogProblem> problems;
        return UiStrings::parse(kBuiltInCatalog, "built-in", problems);
    }();
    return strings;
}

constexpr const char* kMonthNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
constexpr const char* kMonthsShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
constexpr const char* kDash = " \u2013 ";

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

bool validMonth(int m) {
    return m >= 1 && m <= 12;
}

// Noon UTC of a civil date, as ICU's milliseconds; the formatters run in UTC too.
UDate noonOf(int y, int m, int d) {
    using namespace std::chrono;
    auto days = sys_days{year{y} / month{unsigned(m)} / day{unsigned(d)}}.time_since_epoch();
    return (double(days.count()) * 86400.0 + 43200.0) * 1000.0;
}

std::string trimmed(std::string_view s) {
    auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return "";
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// The content's display override in `language`, else English (content::Text::get's rule,
// repeated here so that the text layer needs no content library).
const std::string& displayIn(const content::Text& text, std::string_view language) {
    static const std::string kEmpty;
    if (auto it = text.byLanguage.find(language);
        it != text.byLanguage.end() && !it->second.empty())
        return it->second;
    if (auto it = text.byLanguage.find("en"); it != text.byLanguage.end()) return it->second;
    return kEmpty;
}

}  // namespace

std::string icuLocaleId(std::string_view language, std::string_view digits) {
    std::string id(language.empty() ? "en" : language);
    if (digits == "latn" || digits == "arab") id += "@numbers=" + std::string(digits);
    return id;
}

struct LocaleFormat::Impl {
    std::string language, digits;
    bool english = false;
    const UiStrings* strings = nullptr;
    icu::Locale locale;
    std::unique_ptr<icu::DateFormat> day, month, year, monthShort, monthShortYear, dayOfMonth,
        dayMonth, weekday, time;
    std::unique_ptr<icu::DateIntervalFormat> dayRange, monthRange, yearRange;
    std::unique_ptr<icu::NumberFormat> number, plainNumber;
    int widestMonth = 3;

    std::unique_ptr<icu::DateFormat> dateFormat(icu::DateTimePatternGenerator* generator,
                                                const char* skeleton) const {
        if (!generator) return nullptr;
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString pattern = generator->getBestPattern(skeleton, status);
        auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
        if (U_FAILURE(status)) return nullptr;
        format->setTimeZone(*icu::TimeZone::getGMT());
        return format;
    }

    std::unique_ptr<icu::DateIntervalFormat> intervalFormat(const char* skeleton) const {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateIntervalFormat> format(
            icu::DateIntervalFormat::createInstance(skeleton, locale, status));
        if (U_FAILURE(status) || !format) return nullptr;
        format->setTimeZone(*icu::TimeZone::getGMT());
        return format;
    }

    // Results by formatter and instant: the timeline asks for the same tick labels and card
    // dates every frame, and an ICU format call costs thousands of instructions. Bounded.
    struct MemoKey {
        const void* format;
        UDate from, to;
        bool operator==(const MemoKey&) const = default;
    };
    struct MemoHash {
        std::size_t operator()(const MemoKey& k) const {
            return std::hash<const void*>()(k.format) ^ (std::hash<double>()(k.from) * 31) ^
                   (std::hash<double>()(k.to) * 131);
        }
    };
    std::unordered_map<MemoKey, std::string, MemoHash> memo;
    static constexpr std::size_t kMemoLimit = 4096;

    const std::string* recall(const void* format, UDate from, UDate to) const {
        auto it = memo.find({format, from, to});
        return it == memo.end() ? nullptr : &it->second;
    }
    std::string remember(const void* format, UDate from, UDate to, std::string text) {
        if (memo.size() >= kMemoLimit) memo.clear();
        return memo[{format, from, to}] = std::move(text);
    }

    // An empty result tells the caller to use the English form.
    std::string run(const icu::DateFormat* format, UDate when) {
        if (!format) return "";
        if (const std::string* known = recall(format, when, 0)) return *known;
        icu::UnicodeString out;
        format->format(when, out);
        return remember(format, when, 0, utf8(out));
    }

    std::string run(const icu::DateIntervalFormat* format, UDate from, UDate to) {
        if (!format) return "";
        if (const std::string* known = recall(format, from, to)) return *known;
        UErrorCode status = U_ZERO_ERROR;
        icu::DateInterval interval(from, to);
        icu::UnicodeString out;
        icu::FieldPosition position;
        format->format(&interval, out, position, status);
        return remember(format, from, to, U_SUCCESS(status) ? utf8(out) : "");
    }
};

LocaleFormat::LocaleFormat(std::string_view language, std::string_view digits,
                           const UiStrings* strings)
    : impl_(std::make_unique<Impl>()) {
    auto& m = *impl_;
    m.language = std::string(language.empty() ? "en" : language);
    m.digits = digits == "latn" || digits == "arab" ? std::string(digits) : "";
    m.english = m.language == "en";
    m.strings = strings;
    m.locale = icu::Locale(icuLocaleId(m.language, m.digits).c_str());
    UErrorCode status = U_ZERO_ERROR;
    m.number.reset(icu::NumberFormat::createInstance(m.locale, status));
    if (U_FAILURE(status)) m.number.reset();
    status = U_ZERO_ERROR;
    m.plainNumber.reset(icu::NumberFormat::createInstance(m.locale, status));
    if (U_FAILURE(status)) m.plainNumber.reset();
    if (m.plainNumber) m.plainNumber->setGroupingUsed(false);
    if (m.english) return;  // English dates are the exhibit's own (see the header)

    // One pattern generator for all skeletons: building it is the expensive part.
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(m.locale, status));
    if (U_FAILURE(status)) generator.reset();
    m.day = m.dateFormat(generator.get(), "dMMMMy");
    m.month = m.dateFormat(generator.get(), "MMMMy");  // CLDR picks the stand-alone form
    m.year = m.dateFormat(generator.get(), "y");
    m.monthShort = m.dateFormat(generator.get(), "MMM");
    m.monthShortYear = m.dateFormat(generator.get(), "MMMy");
    m.dayOfMonth = m.dateFormat(generator.get(), "d");
    m.dayMonth = m.dateFormat(generator.get(), "dMMMM");
    m.weekday = m.dateFormat(generator.get(), "EEEE");
    m.time = m.dateFormat(generator.get(), "Hm");
    m.dayRange = m.intervalFormat("dMMMMy");
    m.monthRange = m.intervalFormat("MMMMy");
    m.yearRange = m.intervalFormat("y");
    m.widestMonth = 0;
    for (int i = 1; i <= 12; ++i)
        m.widestMonth =
            std::max(m.widestMonth, icu::UnicodeString::fromUTF8(monthShort(i)).countChar32());
}

LocaleFormat::~LocaleFormat() = default;
LocaleFormat::LocaleFormat(LocaleFormat&&) noexcept = default;
LocaleFormat& LocaleFormat::operator=(LocaleFormat&&) noexcept = default;

const std::string& LocaleFormat::language() const {
    return impl_->language;
}
const std::string& LocaleFormat::digits() const {
    return impl_->digits;
}

std::string LocaleFormat::message(std::string_view key, const MessageArgs& args) const {
    const UiStrings& strings = impl_->strings ? *impl_->strings : builtInCatalog();
    std::string out = strings.format(key, impl_->language, args);
    // A catalog without the key (an old file) still gets the built-in English pattern.
    if (out == key && impl_->strings) return builtInCatalog().format(key, impl_->language, args);
    return out;
}

std::string LocaleFormat::datePoint(const content::DatePoint& p) const {
    using content::Precision;
    std::string text;
    bool monthKnown = validMonth(p.month);
    switch (p.precision) {
        case Precision::Day:
            if (!monthKnown) break;
            if (!impl_->english)
                text = impl_->run(impl_->day.get(), noonOf(p.year, p.month, p.day));
            if (text.empty())
                text = std::to_string(p.day) + " " + kMonthNames[p.month - 1] + " " + year(p.year);
            break;
        case Precision::Month:
            if (!monthKnown) break;
            if (!impl_->english) text = impl_->run(impl_->month.get(), noonOf(p.year, p.month, 1));
            if (text.empty()) text = std::string(kMonthNames[p.month - 1]) + " " + year(p.year);
            break;
        case Precision::Season: {
            static constexpr const char* kKeys[] = {"", "date.season.spring", "date.season.summer",
                                                    "date.season.autumn", "date.season.winter"};
            int s = int(p.season);
            if (s >= 1 && s <= 4) text = message(kKeys[s], {{"year", year(p.year)}});
            break;
        }
        case Precision::Year:
            break;
    }
    if (text.empty()) text = year(p.year);
    return p.approximate ? message("date.approximate", {{"date", text}}) : text;
}

std::string LocaleFormat::dateRange(const content::DateRange& r) const {
    using content::Precision;
    if (!r.display.empty()) {
        const std::string& shown = displayIn(r.display, impl_->language);
        if (!r.approximate()) return shown;
        // Mark it unless the override already carries the marker, before or after.
        constexpr const char* kSentinel = "\x1F";
        std::string marked = message("date.approximate", {{"date", kSentinel}});
        auto at = marked.find(kSentinel);
        if (at != std::string::npos) {
            std::string before = trimmed(std::string_view(marked).substr(0, at));
            std::string after = trimmed(std::string_view(marked).substr(at + 1));
            if (!before.empty() && shown.rfind(before, 0) == 0) return shown;
            if (!after.empty() && shown.size() >= after.size() &&
                shown.compare(shown.size() - after.size(), after.size(), after) == 0)
                return shown;
        }
        return message("date.approximate", {{"date", shown}});
    }
    if (!r.end) return datePoint(r.start);
    const auto& a = r.start;
    const auto& b = *r.end;
    bool exact = !a.approximate && !b.approximate;
    bool days = exact && a.precision == Precision::Day && b.precision == Precision::Day &&
                validMonth(a.month) && validMonth(b.month);
    bool months = exact && a.precision == Precision::Month && b.precision == Precision::Month &&
                  validMonth(a.month) && validMonth(b.month);
    bool sameMonth = a.year == b.year && a.month == b.month;
    if (impl_->english) {
        if (days && sameMonth)
            return a.day == b.day ? datePoint(a) : std::to_string(a.day) + "\u2013" + datePoint(b);
        if (months && a.year == b.year)
            return std::string(kMonthNames[a.month - 1]) + kDash + datePoint(b);
        return datePoint(a) + kDash + datePoint(b);
    }
    std::string text;
    if (days)
        text = a.day == b.day && sameMonth
                   ? datePoint(a)
                   : impl_->run(impl_->dayRange.get(), noonOf(a.year, a.month, a.day),
                                noonOf(b.year, b.month, b.day));
    else if (months)
        text = sameMonth ? datePoint(a)
                         : impl_->run(impl_->monthRange.get(), noonOf(a.year, a.month, 1),
                                      noonOf(b.year, b.month, 1));
    else if (exact && a.precision == Precision::Year && b.precision == Precision::Year)
        text = a.year == b.year
                   ? year(a.year)
                   : impl_->run(impl_->yearRange.get(), noonOf(a.year, 7, 1), noonOf(b.year, 7, 1));
    return text.empty() ? datePoint(a) + kDash + datePoint(b) : text;
}

std::string LocaleFormat::year(int y) const {
    std::string text;
    if (!impl_->english) text = impl_->run(impl_->year.get(), noonOf(y, 7, 1));
    return text.empty() ? std::to_string(y) : text;
}

std::string LocaleFormat::monthShort(int m) const {
    if (!validMonth(m)) return "";
    std::string text;
    if (!impl_->english) text = impl_->run(impl_->monthShort.get(), noonOf(2021, m, 1));
    return text.empty() ? kMonthsShort[m - 1] : text;
}

std::string LocaleFormat::monthShortYear(int y, int m) const {
    if (!validMonth(m)) return year(y);
    std::string text;
    if (!impl_->english) text = impl_->run(impl_->monthShortYear.get(), noonOf(y, m, 1));
    return text.empty() ? std::string(kMonthsShort[m - 1]) + " " + std::to_string(y) : text;
}

std::string LocaleFormat::dayOfMonth(int d) const {
    std::string text;
    if (!impl_->english && d >= 1 && d <= 31)
        text = impl_->run(impl_->dayOfMonth.get(), noonOf(2021, 1, d));
    return text.empty() ? std::to_string(d) : text;
}

int LocaleFormat::widestMonthShort() const {
    return impl_->widestMonth;
}

std::string LocaleFormat::weekday(int wd) const {
    wd = ((wd % 7) + 7) % 7;
    std::string text;
    // 8 February 2021 was a Monday.
    if (!impl_->english) text = impl_->run(impl_->weekday.get(), noonOf(2021, 2, 8 + wd));
    return text.empty() ? kWeekdays[wd] : text;
}

std::string LocaleFormat::dayMonth(int m, int d) const {
    if (!validMonth(m)) return dayOfMonth(d);
    std::string text;
    if (!impl_->english) text = impl_->run(impl_->dayMonth.get(), noonOf(2021, m, d));
    return text.empty() ? std::to_string(d) + " " + kMonthNames[m - 1] : text;
}

std::string LocaleFormat::timeOfDay(int minuteOfDay) const {
    int minute = ((minuteOfDay % 1440) + 1440) % 1440;
    std::string text;
    if (!impl_->english) text = impl_->run(impl_->time.get(), minute * 60000.0);
    if (!text.empty()) return text;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60, minute % 60);
    return buf;
}

std::string LocaleFormat::weekdayTitle(int wd) const {
    icu::UnicodeString name = icu::UnicodeString::fromUTF8(weekday(wd));
    if (name.isEmpty()) return "";
    UChar32 first = name.char32At(0);
    icu::UnicodeString title;
    title.append(u_totitle(first));
    title.append(name, U16_LENGTH(first), name.length() - U16_LENGTH(first));
    return utf8(title);
}

std::string LocaleFormat::timeRange(int startMinute, int endMinute) const {
    std::string end = timeOfDay(endMinute);
    if (endMinute == 1440) {
        // Midnight as the end of the day; ICU's "HH" has no 24, so swap the hour's digits.
        std::string zeros = integer(0) + integer(0);
        if (end.rfind(zeros, 0) == 0) end = integer(24) + end.substr(zeros.size());
    }
    return timeOfDay(startMinute) + "-" + end;
}

std::string LocaleFormat::opens(int wd, int minuteOfDay) const {
    return message("closed.opens", {{"weekday", weekday(wd)}, {"time", timeOfDay(minuteOfDay)}});
}

std::string LocaleFormat::integer(std::int64_t value) const {
    if (!impl_->number) return std::to_string(value);
    icu::UnicodeString out;
    impl_->number->format(static_cast<int64_t>(value), out);
    return utf8(out);
}

std::string LocaleFormat::plainInteger(std::int64_t value) const {
    if (!impl_->plainNumber) return std::to_string(value);
    icu::UnicodeString out;
    impl_->plainNumber->format(static_cast<int64_t>(value), out);
    return utf8(out);
}

namespace {

struct Registry {
    std::mutex mutex;
    const UiStrings* strings = nullptr;
    std::vector<std::pair<std::string, std::string>> digits;
    std::map<std::string, std::unique_ptr<LocaleFormat>, std::less<>> current;
    std::vector<std::unique_ptr<LocaleFormat>> retired;  // still referenced by callers
};

Registry& registry() {
    static Registry r;
    return r;
}

}  // namespace

const LocaleFormat& localeFormatFor(std::string_view language) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.current.find(language);
    if (it != r.current.end()) return *it->second;
    std::string digits;
    for (const auto& [lang, d] : r.digits)
        if (lang == language) digits = d;
    auto made = std::make_unique<LocaleFormat>(language, digits, r.strings);
    return *r.current.emplace(std::string(language), std::move(made)).first->second;
}

void configureLocaleFormats(const UiStrings* strings,
                            std::vector<std::pair<std::string, std::string>> digitsByLanguage) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.strings = strings;
    r.digits = std::move(digitsByLanguage);
    for (auto& [lang, format] : r.current) r.retired.push_back(std::move(format));
    r.current.clear();
}

}  // namespace kiosk::text
