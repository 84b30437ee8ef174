#pragma once
// The POSIX TZ string at the end of a TZif file ("CET-1CEST,M3.5.0,M10.5.0/3"): the rule for
// every time after the file's last transition. Supports the whole POSIX form plus the RFC 8536
// extensions: quoted names ("<+0330>"), rule times from -167 to 167 hours ("M3.4.4/26"), and
// all three day forms (Jn, n, Mm.w.d).
#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::schedule {

struct PosixRule {
    enum class Kind { JulianNoLeap, ZeroBased, MonthWeekDay };
    Kind kind = Kind::MonthWeekDay;
    int day = 0;      // Jn: 1..365; n: 0..365; Mm.w.d: the weekday d, 0 Sunday .. 6 Saturday
    int month = 0;    // Mm.w.d only: 1..12
    int week = 0;     // Mm.w.d only: 1..5, 5 meaning the last one in the month
    int time = 7200;  // seconds after local midnight, in the time in effect before the change

    // The local day the rule names in `year`, as days since 1970-01-01.
    std::int64_t dayNumberIn(int year) const;
};

struct PosixOffset {
    int utcOffset = 0;  // seconds east of UTC (POSIX writes them west, with the sign flipped)
    bool dst = false;
};

struct PosixTz {
    int standardOffset = 0;  // seconds east of UTC
    struct Daylight {
        int offset = 0;  // seconds east of UTC
        PosixRule start, end;
    };
    std::optional<Daylight> daylight;

    static std::optional<PosixTz> parse(std::string_view text);
    PosixOffset at(std::int64_t utcSeconds) const;
};

}  // namespace kiosk::schedule
