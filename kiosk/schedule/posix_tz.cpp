#include "kiosk/schedule/posix_tz.h"

#include <algorithm>
#include <array>

#include "kiosk/schedule/local_date.h"

namespace kiosk::schedule {
namespace {

// A cursor over the TZ string; every reader returns false and leaves the result alone on
// malformed input.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;
    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool take(char c) {
        if (peek() != c) return false;
        ++pos;
        return true;
    }
};

bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool readName(Cursor& in) {
    std::size_t start = in.pos;
    if (in.take('<')) {
        while (!in.atEnd() && in.peek() != '>') ++in.pos;
        return in.take('>') && in.pos - start >= 5;  // "<" + at least three + ">"
    }
    while (isLetter(in.peek())) ++in.pos;
    return in.pos - start >= 3;
}

bool readNumber(Cursor& in, int maxValue, int& out) {
    if (!isDigit(in.peek())) return false;
    int value = 0;
    while (isDigit(in.peek())) {
        value = value * 10 + (in.text[in.pos++] - '0');
        if (value > maxValue) return false;
    }
    out = value;
    return true;
}

// [+-]hh[:mm[:ss]] in seconds; hours up to maxHours.
bool readDuration(Cursor& in, int maxHours, int& seconds) {
    int sign = in.take('-') ? -1 : 1;
    if (sign > 0) in.take('+');
    int hours = 0, minutes = 0, secs = 0;
    if (!readNumber(in, maxHours, hours)) return false;
    if (in.take(':')) {
        if (!readNumber(in, 59, minutes)) return false;
        if (in.take(':') && !readNumber(in, 59, secs)) return false;
    }
    seconds = sign * (hours * 3600 + minutes * 60 + secs);
    return true;
}

bool readMonthWeekDay(Cursor& in, PosixRule& rule) {
    rule.kind = PosixRule::Kind::MonthWeekDay;
    return readNumber(in, 12, rule.month) && rule.month >= 1 && in.take('.') &&
           readNumber(in, 5, rule.week) && rule.week >= 1 && in.take('.') &&
           readNumber(in, 6, rule.day);
}

bool readRule(Cursor& in, PosixRule& rule) {
    bool dayOk = false;
    if (in.take('M')) {
        dayOk = readMonthWeekDay(in, rule);
    } else if (in.take('J')) {
        rule.kind = PosixRule::Kind::JulianNoLeap;
        dayOk = readNumber(in, 365, rule.day) && rule.day >= 1;
    } else {
        rule.kind = PosixRule::Kind::ZeroBased;
        dayOk = readNumber(in, 365, rule.day);
    }
    if (!dayOk) return false;
    rule.time = 7200;
    return !in.take('/') || readDuration(in, 167, rule.time);
}

// When no rules are written, POSIX leaves them to the system; glibc and tzcode use the US ones.
PosixTz::Daylight defaultRules(int offset) {
    PosixTz::Daylight daylight{offset, {}, {}};
    daylight.start = {PosixRule::Kind::MonthWeekDay, 0, 3, 2, 7200};
    daylight.end = {PosixRule::Kind::MonthWeekDay, 0, 11, 1, 7200};
    return daylight;
}

bool readDaylight(Cursor& in, int standardOffset, PosixTz::Daylight& daylight) {
    int westOffset = -standardOffset - 3600;  // one hour ahead of standard time by default
    if (!in.atEnd() && in.peek() != ',' && !readDuration(in, 24, westOffset)) return false;
    daylight = defaultRules(-westOffset);
    if (in.atEnd()) return true;
    return in.take(',') && readRule(in, daylight.start) && in.take(',') &&
           readRule(in, daylight.end);
}

struct Change {
    std::int64_t utc;
    bool toDaylight;
};

}  // namespace

std::int64_t PosixRule::dayNumberIn(int year) const {
    std::int64_t jan1 = LocalDate{year, 1, 1}.dayNumber();
    switch (kind) {
        case Kind::JulianNoLeap:  // February 29 is never counted
            return jan1 + day - 1 + (isLeapYear(year) && day >= 60 ? 1 : 0);
        case Kind::ZeroBased:
            return jan1 + day;
        case Kind::MonthWeekDay:
            break;
    }
    LocalDate first{year, month, 1};
    int firstSunday0 = (first.weekday() + 1) % 7;  // POSIX counts weekdays from Sunday
    int dayOfMonth = 1 + (day - firstSunday0 + 7) % 7 + 7 * (week - 1);
    while (dayOfMonth > daysInMonth(year, month)) dayOfMonth -= 7;
    return LocalDate{year, month, dayOfMonth}.dayNumber();
}

std::optional<PosixTz> PosixTz::parse(std::string_view text) {
    Cursor in{text};
    PosixTz tz;
    int westOffset = 0;
    if (!readName(in) || !readDuration(in, 24, westOffset)) return std::nullopt;
    tz.standardOffset = -westOffset;
    if (!in.atEnd()) {
        Daylight daylight;
        if (!readName(in) || !readDaylight(in, tz.standardOffset, daylight)) return std::nullopt;
        tz.daylight = daylight;
    }
    if (!in.atEnd()) return std::nullopt;
    return tz;
}

PosixOffset PosixTz::at(std::int64_t utcSeconds) const {
    if (!daylight) return {standardOffset, false};
    // The changes of the neighbouring years too, so that rules near New Year work.
    int year = LocalDate::fromDayNumber(floorDiv(utcSeconds + standardOffset, kSecondsPerDay)).year;
    std::array<Change, 6> changes{};
    for (int i = 0; i < 3; ++i) {
        int y = year - 1 + i;
        std::int64_t start = daylight->start.dayNumberIn(y) * kSecondsPerDay + daylight->start.time;
        std::int64_t end = daylight->end.dayNumberIn(y) * kSecondsPerDay + daylight->end.time;
        changes[std::size_t(2 * i)] = {start - standardOffset, true};
        changes[std::size_t(2 * i + 1)] = {end - daylight->offset, false};
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.utc < b.utc; });
    bool inDaylight = !changes.front().toDaylight;  // the state before the earliest change
    for (const Change& change : changes)
        if (change.utc <= utcSeconds) inDaylight = change.toDaylight;
    return inDaylight ? PosixOffset{daylight->offset, true} : PosixOffset{standardOffset, false};
}

}  // namespace kiosk::schedule
