#pragma once
// Real time zones from the system's tz database, read by the exhibit itself: g++ 12 has no
// std::chrono::tzdb, and TZ/localtime() are process-global. Each TimeZone is an immutable
// value, safe to copy and to share between threads.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/clock.h"
#include "kiosk/schedule/local_date.h"
#include "kiosk/schedule/posix_tz.h"
#include "kiosk/schedule/tzif.h"

namespace kiosk::schedule {

inline constexpr std::string_view kSystemZoneinfo = "/usr/share/zoneinfo";
// $TZDIR when set (as glibc reads it), else kSystemZoneinfo.
std::filesystem::path systemZoneinfo();

// A moment as the exhibit's wall clock shows it.
struct LocalTime {
    int year = 1970, month = 1, day = 1;
    int weekday = 3;           // 0 Monday .. 6 Sunday
    int minuteOfDay = 0;       // minutes since local midnight, 0..1439
    int utcOffsetSeconds = 0;  // local = UTC + offset
    bool dst = false;
    LocalDate date() const { return {year, month, day}; }
};

class TimeZone {
  public:
    // Reads <zoneinfoRoot>/<ianaName>, e.g. "Europe/Berlin". Names with "..", a leading "/" or
    // characters outside [A-Za-z0-9/_+-.] are refused. On failure `error` says why, in words
    // for the staff ("there is no time zone \"Europe/Berln\" in /usr/share/zoneinfo").
    static std::optional<TimeZone> load(
        std::string_view ianaName, std::string& error,
        const std::filesystem::path& zoneinfoRoot = systemZoneinfo());
    // The same from the bytes of a TZif file.
    static std::optional<TimeZone> fromTzif(std::string_view ianaName, std::string_view bytes,
                                            std::string& error);
    static TimeZone utc();
    static bool isValidName(std::string_view ianaName);

    const std::string& name() const { return name_; }
    PosixOffset offsetAt(std::int64_t utcSeconds) const;
    LocalTime toLocal(Millis utc) const;

    // The instant at which the wall clock shows `minuteOfDay` (0..1439; larger values run
    // into the following days) on `date`. Where that minute does not exist (the hour skipped
    // when clocks go forward) the answer is the first instant after the gap: 02:30 on
    // 29 March 2026 in Berlin gives 03:00 CEST. Where it exists twice (the hour repeated when
    // clocks go back) the answer is the earlier one: 02:30 on 25 October 2026 gives 02:30 CEST.
    Millis fromLocal(const LocalDate& date, int minuteOfDay) const;

  private:
    TimeZone() = default;
    std::int64_t gapEnd(std::int64_t from, std::int64_t to, int offsetBefore) const;

    std::string name_;
    detail::TzifData data_;
    std::optional<PosixTz> rule_;  // from the footer: times after the last transition
};

}  // namespace kiosk::schedule
