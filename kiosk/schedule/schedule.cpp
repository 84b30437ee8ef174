#include "kiosk/schedule/schedule.h"

#include <algorithm>
#include <cstdio>

namespace kiosk::schedule {
namespace {

int monthDay(const LocalDate& date) {
    return date.month * 100 + date.day;
}

std::string formatMonthDay(const LocalDate& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%02d-%02d", date.month, date.day);
    return text;
}

}  // namespace

std::string formatMinute(int minuteOfDay) {
    char text[16];
    int minute = ((minuteOfDay % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
    return text;
}

std::string formatTimeRange(const TimeRange& range) {
    // An end at exactly midnight is written 24:00, so "00:00-24:00" reads back the same.
    std::string end = range.end == kMinutesPerDay ? "24:00" : formatMinute(range.end);
    return formatMinute(range.start) + "-" + end;
}

bool DateSpan::covers(const LocalDate& date) const {
    if (!everyYear) return first <= date && date <= last;
    int day = monthDay(date), from = monthDay(first), to = monthDay(last);
    return from <= to ? (from <= day && day <= to) : (day >= from || day <= to);
}

int DateSpan::lengthInDays() const {
    if (!everyYear) return int(last.dayNumber() - first.dayNumber() + 1);
    // Counted in a leap year so that 02-29 has a place; a wrapping span adds a year.
    std::int64_t from = LocalDate{2000, first.month, first.day}.dayNumber();
    std::int64_t to = LocalDate{2000, last.month, last.day}.dayNumber();
    return int(to - from + 1 + (to < from ? 366 : 0));
}

std::string DateSpan::describe() const {
    std::string from = everyYear ? formatMonthDay(first) : first.iso();
    std::string to = everyYear ? formatMonthDay(last) : last.iso();
    std::string days = first == last ? from : from + " to " + to;
    return everyYear ? days + " every year" : days;
}

int ScheduleParse::errors() const {
    return int(std::count_if(problems.begin(), problems.end(), [](const ScheduleProblem& p) {
        return p.severity == ScheduleProblem::Severity::Error;
    }));
}

int ScheduleParse::warnings() const {
    return int(problems.size()) - errors();
}

std::vector<ScheduleProblem> checkTours(const Schedule& schedule,
                                        std::span<const std::string> tourIds) {
    std::vector<ScheduleProblem> problems;
    for (std::size_t i = 0; i < schedule.variants.size(); ++i) {
        const std::string& tour = schedule.variants[i].tour;
        if (tour.empty() || std::find(tourIds.begin(), tourIds.end(), tour) != tourIds.end())
            continue;
        problems.push_back({ScheduleProblem::Severity::Error,
                            "/schedule/variants/" + std::to_string(i) + "/tour",
                            "there is no tour \"" + tour + "\" in tours.json"});
    }
    return problems;
}

}  // namespace kiosk::schedule
