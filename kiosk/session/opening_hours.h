#pragma once
// The content's opening hours, watched against the wall clock. Re-evaluated only when the
// schedule said something would change, or when the wall clock jumps (NTP after boot).
#include <optional>
#include <string>

#include "kiosk/content/model.h"
#include "kiosk/core/clock.h"
#include "kiosk/schedule/evaluate.h"
#include "kiosk/text/locale_format.h"

namespace kiosk::session {

class OpeningHours {
  public:
    // Problems in the schedule leave the exhibit always open; they are returned for the log.
    std::vector<std::string> configure(const content::Settings& settings);
    // True when the status changed (open/closed, variant, trust).
    bool refresh(const Clock& clock);
    const schedule::ScheduleStatus& status() const { return status_; }
    // The wall-clock instant of the next change, as a steady-clock deadline.
    std::optional<Millis> steadyDeadline(const Clock& clock) const;
    const schedule::TimeZone& zone() const { return setup_.zone; }
    // "Opens Tuesday at 10:00" (closed.opens), in the exhibit's time zone; empty if unknown.
    // `language` picks the shared formatter (text::localeFormatFor).
    std::string nextOpening(std::string_view language = "en") const;
    std::string nextOpening(const text::LocaleFormat& format) const;
    // The hours board of the closed screen: today and the next six days, one line each,
    // "Tuesday: 10:00-18:00", "Thursday 24 December: closed (Christmas closure)". Weekdays,
    // dates and times in the language; "closed" is hours.closed_day; the exception's label
    // is the schedule's own text.
    std::vector<std::string> weekAhead(Millis wallNow, std::string_view language = "en") const;
    std::vector<std::string> weekAhead(Millis wallNow, const text::LocaleFormat& format) const;
    // The local time of the next change, "15:00"; empty if none is known.
    std::string nextChangeTime(std::string_view language = "en") const;
    std::string nextChangeTime(const text::LocaleFormat& format) const;

  private:
    schedule::ScheduleSetup setup_;
    schedule::ScheduleStatus status_;
    Millis untrustedBefore_ = 0;
    std::optional<Millis> lastWall_, lastSteady_;
    bool evaluated_ = false;
};

}  // namespace kiosk::session
