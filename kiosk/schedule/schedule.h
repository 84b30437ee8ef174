#pragma once
// The exhibit's opening hours, as content editors write them in exhibit.json's "schedule"
// (docs/content-format.md, "Schedule"). Parsing is pure; evaluation is in evaluate.h.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/schedule/local_date.h"

namespace kiosk::schedule {

// Wall-clock minutes of one day. An end past 1440 runs into the next day ("20:00-02:00" is
// 1200..1560); the range still belongs to the day it starts on.
struct TimeRange {
    int start = 0;  // 0..1439
    int end = 0;    // start < end <= start + 1440
    bool operator==(const TimeRange&) const = default;
};
std::string formatTimeRange(const TimeRange& range);  // "20:00-02:00"
std::string formatMinute(int minuteOfDay);            // "09:05"

// Opening hours for each weekday, Monday first; an empty list is a closed day.
using WeeklyHours = std::array<std::vector<TimeRange>, kDaysPerWeek>;

// The days an exception covers: one day or an inclusive range, either once (a full date) or
// every year (written MM-DD; a yearly range may wrap over New Year, 12-24 to 01-01).
struct DateSpan {
    LocalDate first, last;  // for yearly spans the year is ignored
    bool everyYear = false;
    bool covers(const LocalDate& date) const;
    int lengthInDays() const;      // the shorter of two overlapping exceptions wins
    std::string describe() const;  // "2026-12-24 to 2026-12-26", "12-25 every year"
};

struct ScheduleException {
    enum class Kind { Closed, Hours, Weekly };
    std::string label;  // for the staff log: "Christmas Day"
    DateSpan dates;
    Kind kind = Kind::Closed;
    std::vector<TimeRange> hours;  // Kind::Hours: the hours of each covered day
    WeeklyHours weekly;            // Kind::Weekly: weekly hours while the span lasts
};

// A different presentation for a time slot while the exhibit is open.
enum class VariantMode {
    Attract,  // attract mode only (the tour loop), touches do not start a visit
};

struct ScheduleVariant {
    std::string label;
    std::array<bool, kDaysPerWeek> days{};  // Monday first; all true when "days" is left out
    TimeRange time;
    VariantMode mode = VariantMode::Attract;
    std::string tour;  // a tour id; empty: every tour in order, as attract mode always plays
};

// What the screen shows while the exhibit is closed.
enum class ClosedScreen {
    Hours,  // the opening hours
    Black,  // nothing: a black screen (the backlight may be switched off)
};

struct Schedule {
    std::string timeZone;  // IANA name such as "Europe/Berlin"; empty only when always open
    ClosedScreen closedScreen = ClosedScreen::Hours;
    std::optional<WeeklyHours> weekly;  // absent: open around the clock except on exceptions
    std::vector<ScheduleException> exceptions;
    std::vector<ScheduleVariant> variants;
    bool alwaysOpen() const { return !weekly && exceptions.empty() && variants.empty(); }
};

struct ScheduleProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string path;  // JSON pointer from exhibit.json's root: "/schedule/weekly/tuesday/1"
    std::string message;
};

struct ScheduleParse {
    Schedule schedule;   // always open when there are errors: a broken schedule never blacks out
    Schedule asWritten;  // as far as it could be read, for further checks (zone, tours)
    std::vector<ScheduleProblem> problems;
    int errors() const;
    int warnings() const;
};

// `json` is the text of exhibit.json's "schedule" object (content::Settings::scheduleJson).
// An empty object, or empty text, is a schedule that is always open.
ScheduleParse parseSchedule(std::string_view json);

// Variants that name a tour the content does not have, as errors.
std::vector<ScheduleProblem> checkTours(const Schedule& schedule,
                                        std::span<const std::string> tourIds);

}  // namespace kiosk::schedule
