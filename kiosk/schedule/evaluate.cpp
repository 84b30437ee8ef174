#include "kiosk/schedule/evaluate.h"

#include <algorithm>

#include "kiosk/core/iso_time.h"

namespace kiosk::schedule {
namespace {

// What can change: open or closed, and which variant (an index into the schedule's list).
struct State {
    bool open = false;
    int variant = -1;
    bool operator==(const State&) const = default;
};

// A time range of one local day, placed on the UTC line.
struct Window {
    Millis start = 0, end = 0;
    LocalDate day;
    TimeRange range;
    bool contains(Millis t) const { return start <= t && t < end; }
};

// Where the state at an instant came from, for the reason line.
struct Finding {
    State state;
    Window openWindow;  // valid when open
};

std::vector<Window> windowsOf(const std::vector<TimeRange>& ranges, const LocalDate& day,
                              const TimeZone& zone) {
    std::vector<Window> windows;
    for (const TimeRange& range : ranges) {
        Window window{zone.fromLocal(day, range.start), zone.fromLocal(day, range.end), day, range};
        if (window.end > window.start) windows.push_back(window);  // empty inside a DST gap
    }
    return windows;
}

std::optional<Window> variantWindow(const ScheduleVariant& variant, const LocalDate& day,
                                    const TimeZone& zone) {
    if (!variant.days[std::size_t(day.weekday())]) return std::nullopt;
    std::vector<Window> windows = windowsOf({variant.time}, day, zone);
    if (windows.empty()) return std::nullopt;
    return windows.front();
}

int variantAt(const Schedule& schedule, const TimeZone& zone, Millis t, const LocalDate& today) {
    for (std::size_t i = 0; i < schedule.variants.size(); ++i)
        for (const LocalDate& day : {today.plusDays(-1), today})
            if (auto window = variantWindow(schedule.variants[i], day, zone);
                window && window->contains(t))
                return int(i);
    return -1;
}

Finding findingAt(const Schedule& schedule, const TimeZone& zone, Millis t) {
    LocalDate today = zone.toLocal(t).date();
    Finding finding;
    for (const LocalDate& day : {today.plusDays(-1), today}) {  // yesterday's may run past midnight
        for (const Window& window : windowsOf(planFor(schedule, day).hours, day, zone)) {
            if (!window.contains(t)) continue;
            finding.state.open = true;
            finding.openWindow = window;
        }
    }
    if (finding.state.open) finding.state.variant = variantAt(schedule, zone, t, today);
    return finding;
}

// Every instant at which the ranges and variants starting on `day` begin or end.
void addBoundaries(const Schedule& schedule, const TimeZone& zone, const LocalDate& day,
                   std::vector<Millis>& out) {
    for (const Window& window : windowsOf(planFor(schedule, day).hours, day, zone)) {
        out.push_back(window.start);
        out.push_back(window.end);
    }
    for (const ScheduleVariant& variant : schedule.variants) {
        if (auto window = variantWindow(variant, day, zone)) {
            out.push_back(window->start);
            out.push_back(window->end);
        }
    }
}

// Looks a week at a time: a boundary earlier than the next week's first midnight cannot be
// preceded by one from a later day, so it is final.
std::optional<Millis> nextChangeAfter(const Schedule& schedule, const TimeZone& zone, Millis now,
                                      State current) {
    LocalDate today = zone.toLocal(now).date();
    std::vector<Millis> pending;
    for (int first = -1; first < kSearchDays; first += 7) {
        for (int offset = first; offset < first + 7; ++offset)
            addBoundaries(schedule, zone, today.plusDays(offset), pending);
        Millis horizon = zone.fromLocal(today.plusDays(first + 7), 0);
        std::sort(pending.begin(), pending.end());
        pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
        auto settled = std::lower_bound(pending.begin(), pending.end(), horizon);
        for (auto it = std::upper_bound(pending.begin(), settled, now); it != settled; ++it)
            if (findingAt(schedule, zone, *it).state != current) return *it;
        pending.erase(pending.begin(), settled);
    }
    return std::nullopt;
}

std::string inQuotes(const std::string& label) {
    return "'" + label + "'";
}

std::string describeDay(const LocalDate& day, const DayPlan& plan) {
    std::string text(weekdayName(day.weekday()));
    if (plan.exception && !plan.exception->label.empty())
        text += " (" + inQuotes(plan.exception->label) + ")";
    else if (plan.exception)
        text += " (exception for " + plan.exception->dates.describe() + ")";
    return text;
}

std::string describeHours(const std::vector<TimeRange>& hours) {
    std::string text;
    for (const TimeRange& range : hours)
        text += (text.empty() ? "" : ", ") + formatTimeRange(range);
    return text;
}

std::string describeLocal(const TimeZone& zone, Millis utc) {
    LocalTime local = zone.toLocal(utc);
    return std::string(weekdayName(local.weekday)) + " " + local.date().iso() + " " +
           formatMinute(local.minuteOfDay);
}

std::string closedReason(const Schedule& schedule, const TimeZone& zone, Millis now) {
    LocalDate today = zone.toLocal(now).date();
    DayPlan plan = planFor(schedule, today);
    const ScheduleException* exception = plan.exception;
    if (exception && exception->kind == ScheduleException::Kind::Closed)
        return "closed: " + (exception->label.empty() ? "exception" : inQuotes(exception->label)) +
               " (" + exception->dates.describe() + ")";
    if (plan.hours.empty()) return "closed: " + describeDay(today, plan);
    return "closed: " + describeDay(today, plan) + ", open " + describeHours(plan.hours);
}

std::string openReason(const Schedule& schedule, const Finding& finding) {
    const Window& window = finding.openWindow;
    std::string text = "open: " + describeDay(window.day, planFor(schedule, window.day)) + " " +
                       formatTimeRange(window.range);
    if (finding.state.variant < 0) return text;
    const ScheduleVariant& variant = schedule.variants[std::size_t(finding.state.variant)];
    text += "; attract only" + (variant.label.empty() ? "" : " " + inQuotes(variant.label)) + " " +
            formatTimeRange(variant.time) + ", " +
            (variant.tour.empty() ? "all tours" : "tour " + variant.tour);
    return text;
}

ScheduleStatus untrustedStatus(Millis untrustedBeforeUtc) {
    ScheduleStatus status;
    status.clockTrusted = false;
    status.nextChange = untrustedBeforeUtc;
    status.reason = "clock untrustworthy (before the content's version date " +
                    formatIsoDate(untrustedBeforeUtc) + "): staying open";
    return status;
}

}  // namespace

DayPlan planFor(const Schedule& schedule, const LocalDate& day) {
    DayPlan plan;
    for (const ScheduleException& exception : schedule.exceptions) {
        bool shorter = !plan.exception ||
                       exception.dates.lengthInDays() <= plan.exception->dates.lengthInDays();
        if (exception.dates.covers(day) && shorter) plan.exception = &exception;  // ties: later
    }
    std::size_t weekday = std::size_t(day.weekday());
    if (!plan.exception)
        plan.hours = schedule.weekly ? (*schedule.weekly)[weekday]
                                     : std::vector<TimeRange>{{0, kMinutesPerDay}};
    else if (plan.exception->kind == ScheduleException::Kind::Hours)
        plan.hours = plan.exception->hours;
    else if (plan.exception->kind == ScheduleException::Kind::Weekly)
        plan.hours = plan.exception->weekly[weekday];
    return plan;
}

ScheduleStatus evaluate(const Schedule& schedule, const TimeZone& zone, Millis utcNow,
                        Millis untrustedBeforeUtc) {
    if (utcNow < untrustedBeforeUtc) return untrustedStatus(untrustedBeforeUtc);
    ScheduleStatus status;
    status.closedScreen = schedule.closedScreen;
    if (schedule.alwaysOpen()) {
        status.reason = "open: no opening hours set (always open)";
        return status;
    }
    Finding finding = findingAt(schedule, zone, utcNow);
    status.open = finding.state.open;
    if (finding.state.variant >= 0) {
        const ScheduleVariant& variant = schedule.variants[std::size_t(finding.state.variant)];
        status.variant = ActiveVariant{variant.mode, variant.tour, variant.label};
    }
    status.nextChange = nextChangeAfter(schedule, zone, utcNow, finding.state);
    status.reason =
        status.open ? openReason(schedule, finding) : closedReason(schedule, zone, utcNow);
    if (!status.open && status.nextChange)
        status.reason += "; opens " + describeLocal(zone, *status.nextChange);
    return status;
}

ScheduleSetup setUpSchedule(std::string_view scheduleJson,
                            const std::filesystem::path& zoneinfoRoot) {
    ScheduleSetup setup;
    ScheduleParse parse = parseSchedule(scheduleJson);
    for (const ScheduleProblem& problem : parse.problems)
        setup.problems.push_back(problem.path + ": " + problem.message);
    if (parse.errors() > 0 || parse.schedule.alwaysOpen()) return setup;  // always open
    std::string error;
    std::optional<TimeZone> zone = TimeZone::load(parse.schedule.timeZone, error, zoneinfoRoot);
    if (!zone) {
        setup.problems.push_back("/schedule/time_zone: " + error + "; staying open");
        return setup;
    }
    setup.schedule = std::move(parse.schedule);
    setup.zone = std::move(*zone);
    return setup;
}

}  // namespace kiosk::schedule
