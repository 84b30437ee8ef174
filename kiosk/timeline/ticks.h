#pragma once
// Tick marks for the time axis. The step (decades, years, months, days) follows the zoom so
// that labels never crowd: each label gets at least minLabelPx of axis.
#include <string>
#include <vector>

#include "kiosk/text/locale_format.h"

namespace kiosk::timeline {

enum class TickUnit { Decade, Year, Quarter, Month, Week, Day };

struct Tick {
    double day;         // days since 1970-01-01, at the start of the unit
    std::string label;  // "2021", "Feb", "15"; in the formatter's language and digits
    bool major;         // starts a larger unit (a new year among months)
};

struct TickSet {
    TickUnit unit = TickUnit::Year;
    std::vector<Tick> ticks;
    // A second row naming the larger unit: years under months, "Feb 2021" under days.
    std::vector<Tick> context;
};

// labelPx estimates a label's width from its character (code point) count, per language (the
// UI measures precisely and passes a generous charPx so estimates never undercount).
TickSet makeTicks(double startDay, double endDay, float widthPx, float charPx,
                  const text::LocaleFormat& format);
// English (text::localeFormatFor("en")).
TickSet makeTicks(double startDay, double endDay, float widthPx, float charPx);

}  // namespace kiosk::timeline
