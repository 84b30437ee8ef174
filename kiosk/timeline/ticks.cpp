#include "kiosk/timeline/ticks.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

namespace kiosk::timeline {
namespace {

using namespace std::chrono;

double dayOf(int y, unsigned m, unsigned d) {
    return double(sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count());
}

year_month_day ymdOf(double dayNumber) {
    return year_month_day{sys_days{days{long(std::floor(dayNumber))}}};
}

struct Candidate {
    TickUnit unit;
    double approxDays;
    int widestLabelChars;
};

// From coarse to fine; the finest whose labels fit wins. Month labels are as wide as the
// language's longest abbreviation (English 3, Russian "сент." 5, Arabic full names 6).
std::array<Candidate, 6> candidates(const text::LocaleFormat& format) {
    int month = std::max(3, format.widestMonthShort());
    return {{{TickUnit::Decade, 3652.5, 4},
             {TickUnit::Year, 365.25, 4},
             {TickUnit::Quarter, 91.3, month},
             {TickUnit::Month, 30.44, month},
             {TickUnit::Week, 7, 2},
             {TickUnit::Day, 1, 2}}};
}

void addTick(TickSet& set, double d, std::string label, bool major) {
    set.ticks.push_back({d, std::move(label), major});
}

void yearTicks(TickSet& set, int from, int to, int step, const text::LocaleFormat& format) {
    for (int y = from - from % step; y <= to; y += step)
        addTick(set, dayOf(y, 1, 1), format.year(y), step == 10 || y % 10 == 0);
}

void monthTicks(TickSet& set, year_month_day a, year_month_day b, unsigned step,
                const text::LocaleFormat& format) {
    int y = int(a.year());
    unsigned m = unsigned(a.month());
    m = ((m - 1) / step) * step + 1;
    while (y < int(b.year()) || (y == int(b.year()) && m <= unsigned(b.month()))) {
        bool major = m == 1;
        addTick(set, dayOf(y, m, 1), format.monthShort(int(m)), major);
        if (major || set.context.empty())
            set.context.push_back({dayOf(y, m, 1), format.year(y), true});
        m += step;
        if (m > 12) {
            m -= 12;
            ++y;
        }
    }
}

void dayTicks(TickSet& set, double start, double end, int step, const text::LocaleFormat& format) {
    for (double d = std::floor(start); d <= end; d += 1) {
        auto ymd = ymdOf(d);
        unsigned dd = unsigned(ymd.day());
        bool major = dd == 1;
        if (major || set.context.empty())
            set.context.push_back(
                {d, format.monthShortYear(int(ymd.year()), int(unsigned(ymd.month()))), true});
        if (step == 7 && ((dd - 1) % 7 != 0 || dd > 28)) continue;
        addTick(set, d, format.dayOfMonth(int(dd)), major);
    }
}

}  // namespace

TickSet makeTicks(double startDay, double endDay, float widthPx, float charPx) {
    return makeTicks(startDay, endDay, widthPx, charPx, text::localeFormatFor("en"));
}

TickSet makeTicks(double startDay, double endDay, float widthPx, float charPx,
                  const text::LocaleFormat& format) {
    TickSet set;
    if (!(endDay > startDay) || widthPx <= 0) return set;
    double pxPerDay = widthPx / (endDay - startDay);
    auto all = candidates(format);
    Candidate chosen = all[0];
    for (const auto& c : all)
        if (c.approxDays * pxPerDay >= (c.widestLabelChars + 2) * charPx) chosen = c;
    set.unit = chosen.unit;
    auto a = ymdOf(startDay), b = ymdOf(endDay);
    switch (chosen.unit) {
        case TickUnit::Decade:
            yearTicks(set, int(a.year()), int(b.year()), 10, format);
            break;
        case TickUnit::Year:
            yearTicks(set, int(a.year()), int(b.year()), 1, format);
            break;
        case TickUnit::Quarter:
            monthTicks(set, a, b, 3, format);
            break;
        case TickUnit::Month:
            monthTicks(set, a, b, 1, format);
            break;
        case TickUnit::Week:
            dayTicks(set, startDay, endDay, 7, format);
            break;
        case TickUnit::Day:
            dayTicks(set, startDay, endDay, 1, format);
            break;
    }
    auto outside = [&](const Tick& t) { return t.day < startDay - 31 || t.day > endDay; };
    std::erase_if(set.ticks, outside);
    std::erase_if(set.context, [&](const Tick& t) { return t.day > endDay; });
    return set;
}

}  // namespace kiosk::timeline
