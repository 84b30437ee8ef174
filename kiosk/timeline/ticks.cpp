#include "kiosk/timeline/ticks.h"

#include <chrono>
#include <cmath>

namespace kiosk::timeline {
namespace {

using namespace std::chrono;

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

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

// From coarse to fine; the finest whose labels fit wins.
constexpr Candidate kCandidates[] = {
    {TickUnit::Decade, 3652.5, 4}, {TickUnit::Year, 365.25, 4}, {TickUnit::Quarter, 91.3, 3},
    {TickUnit::Month, 30.44, 3},   {TickUnit::Week, 7, 2},      {TickUnit::Day, 1, 2},
};

void addTick(TickSet& set, double d, std::string label, bool major) {
    set.ticks.push_back({d, std::move(label), major});
}

void yearTicks(TickSet& set, int from, int to, int step) {
    for (int y = from - from % step; y <= to; y += step)
        addTick(set, dayOf(y, 1, 1), std::to_string(y), step == 10 || y % 10 == 0);
}

void monthTicks(TickSet& set, year_month_day a, year_month_day b, unsigned step) {
    int y = int(a.year());
    unsigned m = unsigned(a.month());
    m = ((m - 1) / step) * step + 1;
    while (y < int(b.year()) || (y == int(b.year()) && m <= unsigned(b.month()))) {
        bool major = m == 1;
        addTick(set, dayOf(y, m, 1), kMonths[m - 1], major);
        if (major || set.context.empty())
            set.context.push_back({dayOf(y, m, 1), std::to_string(y), true});
        m += step;
        if (m > 12) {
            m -= 12;
            ++y;
        }
    }
}

void dayTicks(TickSet& set, double start, double end, int step) {
    for (double d = std::floor(start); d <= end; d += 1) {
        auto ymd = ymdOf(d);
        unsigned dd = unsigned(ymd.day());
        bool major = dd == 1;
        if (major || set.context.empty())
            set.context.push_back({d,
                                   std::string(kMonths[unsigned(ymd.month()) - 1]) + " " +
                                       std::to_string(int(ymd.year())),
                                   true});
        if (step == 7 && ((dd - 1) % 7 != 0 || dd > 28)) continue;
        addTick(set, d, std::to_string(dd), major);
    }
}

}  // namespace

TickSet makeTicks(double startDay, double endDay, float widthPx, float charPx) {
    TickSet set;
    if (!(endDay > startDay) || widthPx <= 0) return set;
    double pxPerDay = widthPx / (endDay - startDay);
    Candidate chosen = kCandidates[0];
    for (const auto& c : kCandidates)
        if (c.approxDays * pxPerDay >= (c.widestLabelChars + 2) * charPx) chosen = c;
    set.unit = chosen.unit;
    auto a = ymdOf(startDay), b = ymdOf(endDay);
    switch (chosen.unit) {
        case TickUnit::Decade:
            yearTicks(set, int(a.year()), int(b.year()), 10);
            break;
        case TickUnit::Year:
            yearTicks(set, int(a.year()), int(b.year()), 1);
            break;
        case TickUnit::Quarter:
            monthTicks(set, a, b, 3);
            break;
        case TickUnit::Month:
            monthTicks(set, a, b, 1);
            break;
        case TickUnit::Week:
            dayTicks(set, startDay, endDay, 7);
            break;
        case TickUnit::Day:
            dayTicks(set, startDay, endDay, 1);
            break;
    }
    auto outside = [&](const Tick& t) { return t.day < startDay - 31 || t.day > endDay; };
    std::erase_if(set.ticks, outside);
    std::erase_if(set.context, [&](const Tick& t) { return t.day > endDay; });
    return set;
}

}  // namespace kiosk::timeline
