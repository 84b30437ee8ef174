// Reading exhibit.json's "schedule" object, reporting every problem with its JSON path.
#include "kiosk/schedule/schedule_json.h"
#include "kiosk/schedule/time_zone.h"

namespace kiosk::schedule {
namespace {

using namespace detail;

constexpr std::size_t kMaxExceptions = 1000;  // keeps evaluation over 400 days cheap
constexpr std::size_t kMaxVariants = 100;

struct DateText {
    LocalDate date;
    bool everyYear = false;
};

// "2026-12-25" once, or "12-25" every year.
std::optional<DateText> parseDateText(const Json& value, const std::string& path,
                                      const Report& report) {
    std::string text = value.is_string() ? value.get<std::string>() : "";
    if (std::optional<LocalDate> date = parseLocalDate(text)) return DateText{*date, false};
    // A yearly date is checked in a leap year, so 02-29 is allowed.
    if (std::optional<LocalDate> date = parseLocalDate("2000-" + text); date && text.size() == 5)
        return DateText{*date, true};
    report.error(path, "expected a day like 2026-12-25 (once) or 12-25 (every year); found " +
                           describe(value));
    return std::nullopt;
}

std::optional<DateSpan> parseSpan(const Json& object, const std::string& path,
                                  const Report& report) {
    const Json *date = field(object, "date"), *from = field(object, "from"),
               *to = field(object, "to");
    if (date && !from && !to) {
        std::optional<DateText> day = parseDateText(*date, child(path, "date"), report);
        if (!day) return std::nullopt;
        return DateSpan{day->date, day->date, day->everyYear};
    }
    if (date || !from || !to) {
        report.error(path,
                     "an exception needs either \"date\" (one day) or \"from\" and \"to\" "
                     "(a range of days, both included)");
        return std::nullopt;
    }
    std::optional<DateText> first = parseDateText(*from, child(path, "from"), report);
    std::optional<DateText> last = parseDateText(*to, child(path, "to"), report);
    if (!first || !last) return std::nullopt;
    if (first->everyYear != last->everyYear) {
        report.error(child(path, "to"),
                     "\"from\" and \"to\" must both have a year (once) or "
                     "both leave it out (every year)");
        return std::nullopt;
    }
    if (!first->everyYear && last->date < first->date) {
        report.error(child(path, "to"), "\"to\" (" + last->date.iso() +
                                            ") comes before \"from\" (" + first->date.iso() + ")");
        return std::nullopt;
    }
    return DateSpan{first->date, last->date, first->everyYear};
}

std::string labelOf(const Json& object, const std::string& path, const Report& report) {
    const Json* label = field(object, "label");
    if (!label) return "";
    if (!label->is_string() || label->get<std::string>().empty()) {
        report.error(child(path, "label"),
                     "expected a short name for the staff log, like \"Christmas Day\"; found " +
                         describe(*label));
        return "";
    }
    return label->get<std::string>();
}

// Exactly one of "closed": true, "hours" or "weekly".
bool parseExceptionKind(const Json& object, const std::string& path, ScheduleException& out,
                        const Report& report) {
    const Json *closed = field(object, "closed"), *hours = field(object, "hours"),
               *weekly = field(object, "weekly");
    if ((closed != nullptr) + (hours != nullptr) + (weekly != nullptr) != 1) {
        report.error(path,
                     "an exception needs exactly one of \"closed\": true, \"hours\" (the "
                     "hours of each of its days) or \"weekly\" (weekly hours while it lasts)");
        return false;
    }
    if (closed && *closed != true) {
        report.error(child(path, "closed"),
                     "expected true; to open on these days give "
                     "\"hours\" instead; found " +
                         describe(*closed));
        return false;
    }
    if (hours) out.hours = parseRanges(*hours, child(path, "hours"), report);
    if (weekly) out.weekly = parseWeekly(*weekly, child(path, "weekly"), report);
    out.kind = closed  ? ScheduleException::Kind::Closed
               : hours ? ScheduleException::Kind::Hours
                       : ScheduleException::Kind::Weekly;
    return true;
}

std::optional<ScheduleException> parseException(const Json& value, const std::string& path,
                                                const Report& report) {
    if (!value.is_object()) {
        report.error(path,
                     "expected an exception like {\"date\": \"12-25\", \"label\": "
                     "\"Christmas Day\", \"closed\": true}; found " +
                         describe(value));
        return std::nullopt;
    }
    checkKeys(value, path, "exception",
              {"label", "date", "from", "to", "closed", "hours", "weekly"}, report);
    ScheduleException exception;
    exception.label = labelOf(value, path, report);
    std::optional<DateSpan> dates = parseSpan(value, path, report);
    bool kindOk = parseExceptionKind(value, path, exception, report);
    if (!dates || !kindOk) return std::nullopt;
    exception.dates = *dates;
    return exception;
}

template <typename Item, typename ParseItem>
std::vector<Item> parseList(const Json& root, std::string_view key, std::size_t maxItems,
                            std::string_view example, const Report& report, ParseItem parseItem) {
    std::vector<Item> items;
    const Json* list = field(root, key);
    std::string path = child("/schedule", key);
    if (!list) return items;
    if (!list->is_array() || list->size() > maxItems) {
        report.error(path, "expected a list of at most " + std::to_string(maxItems) + " " +
                               std::string(example) + "; found " + describe(*list));
        return items;
    }
    for (std::size_t i = 0; i < list->size(); ++i)
        if (std::optional<Item> item = parseItem((*list)[i], child(path, i), report))
            items.push_back(std::move(*item));
    return items;
}

std::array<bool, kDaysPerWeek> parseDays(const Json* days, const std::string& path,
                                         const Report& report) {
    std::array<bool, kDaysPerWeek> chosen{};
    if (!days) chosen.fill(true);
    if (!days) return chosen;
    if (!days->is_array() || days->empty()) {
        report.error(path,
                     "expected a list of weekdays like [\"thursday\"] (leave \"days\" "
                     "out for every day); found " +
                         describe(*days));
        return chosen;
    }
    for (std::size_t i = 0; i < days->size(); ++i) {
        const Json& day = (*days)[i];
        std::optional<int> weekday =
            day.is_string() ? weekdayFromKey(day.get<std::string>()) : std::nullopt;
        if (weekday)
            chosen[std::size_t(*weekday)] = true;
        else
            report.error(child(path, i),
                         "expected a weekday: monday, tuesday, ... sunday, in "
                         "lower case; found " +
                             describe(day));
    }
    return chosen;
}

std::optional<TimeRange> parseSlot(const Json& object, const std::string& path,
                                   const Report& report) {
    const Json *from = field(object, "from"), *to = field(object, "to");
    if (!from || !to) {
        report.error(path, "a variant needs \"from\" and \"to\", times like \"14:00\"");
        return std::nullopt;
    }
    std::optional<int> start =
        from->is_string() ? parseMinute(from->get<std::string>(), false) : std::nullopt;
    std::optional<int> end =
        to->is_string() ? parseMinute(to->get<std::string>(), true) : std::nullopt;
    if (!start)
        report.error(child(path, "from"), "expected a time like 14:00; found " + describe(*from));
    if (!end) report.error(child(path, "to"), "expected a time like 15:00; found " + describe(*to));
    if (!start || !end) return std::nullopt;
    std::optional<TimeRange> slot = makeRange(*start, *end);
    if (!slot) report.error(child(path, "to"), "\"from\" and \"to\" are the same time");
    return slot;
}

bool parseMode(const Json& object, const std::string& path, VariantMode& mode,
               const Report& report) {
    const Json* value = field(object, "mode");
    if (value && *value == "attract") {
        mode = VariantMode::Attract;
        return true;
    }
    report.error(value ? child(path, "mode") : path,
                 "expected \"mode\": \"attract\" (the tour loop only, no visits)" +
                     (value ? "; found " + describe(*value) : std::string()));
    return false;
}

std::optional<std::string> parseTour(const Json& object, const std::string& path,
                                     const Report& report) {
    const Json* tour = field(object, "tour");
    if (!tour) return std::string();
    if (tour->is_string() && !tour->get<std::string>().empty()) return tour->get<std::string>();
    report.error(child(path, "tour"), "expected a tour id like \"main\"; found " + describe(*tour));
    return std::nullopt;
}

std::optional<ScheduleVariant> parseVariant(const Json& value, const std::string& path,
                                            const Report& report) {
    if (!value.is_object()) {
        report.error(path,
                     "expected a variant like {\"days\": [\"thursday\"], \"from\": "
                     "\"14:00\", \"to\": \"15:00\", \"mode\": \"attract\"}; found " +
                         describe(value));
        return std::nullopt;
    }
    checkKeys(value, path, "variant", {"label", "days", "from", "to", "mode", "tour"}, report);
    ScheduleVariant variant;
    variant.label = labelOf(value, path, report);
    variant.days = parseDays(field(value, "days"), child(path, "days"), report);
    std::optional<TimeRange> slot = parseSlot(value, path, report);
    bool modeOk = parseMode(value, path, variant.mode, report);
    std::optional<std::string> tour = parseTour(value, path, report);
    if (!slot || !modeOk || !tour) return std::nullopt;
    variant.time = *slot;
    variant.tour = *tour;
    return variant;
}

ClosedScreen parseClosedScreen(const Json& root, const Report& report) {
    const Json* value = field(root, "closed_screen");
    if (!value || *value == "hours") return ClosedScreen::Hours;
    if (*value == "black") return ClosedScreen::Black;
    report.error(
        "/schedule/closed_screen",
        "expected \"hours\" (show the opening hours) or \"black\"; found " + describe(*value));
    return ClosedScreen::Hours;
}

std::string parseTimeZoneName(const Json& root, bool needed, const Report& report) {
    const Json* value = field(root, "time_zone");
    if (!value) {
        if (needed)
            report.error("/schedule",
                         "the schedule needs a \"time_zone\", the museum's zone "
                         "as the tz database names it, like \"Europe/Berlin\"");
        return "";
    }
    std::string name = value->is_string() ? value->get<std::string>() : "";
    if (TimeZone::isValidName(name)) return name;
    report.error("/schedule/time_zone",
                 "expected a time zone name like \"Europe/Berlin\" or \"America/New_York\"; "
                 "found " +
                     describe(*value));
    return "";
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ScheduleParse parseSchedule(std::string_view text) {
    ScheduleParse result;
    Report report(result.problems);
    if (isBlank(text)) return result;
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        report.error("/schedule", "expected the opening hours as an object {...}");
        return result;
    }
    checkKeys(root, "/schedule", "schedule",
              {"time_zone", "closed_screen", "weekly", "exceptions", "variants"}, report);
    Schedule schedule;
    schedule.closedScreen = parseClosedScreen(root, report);
    if (const Json* weekly = field(root, "weekly"))
        schedule.weekly = parseWeekly(*weekly, "/schedule/weekly", report);
    schedule.exceptions = parseList<ScheduleException>(root, "exceptions", kMaxExceptions,
                                                       "exceptions", report, parseException);
    schedule.variants = parseList<ScheduleVariant>(root, "variants", kMaxVariants, "variants",
                                                   report, parseVariant);
    schedule.timeZone = parseTimeZoneName(root, !schedule.alwaysOpen(), report);
    result.asWritten = schedule;
    if (result.errors() == 0) result.schedule = std::move(schedule);
    return result;
}

}  // namespace kiosk::schedule
