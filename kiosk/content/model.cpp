#include "kiosk/content/model.h"

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace kiosk::content {
namespace {

using namespace std::chrono;

std::int64_t daysSinceEpoch(int y, int m, int d) {
    return sys_days{year{y} / month{unsigned(m)} / day{unsigned(d)}}.time_since_epoch().count();
}

std::int64_t lastDayOfMonth(int y, int m) {
    return sys_days{year{y} / month{unsigned(m)} / last}.time_since_epoch().count();
}

// First and last month of a season; winter starts in December of the year before.
struct SeasonMonths {
    int firstYear, firstMonth, lastMonth;
};

SeasonMonths seasonMonths(Season season, int y) {
    switch (season) {
        case Season::Spring:
            return {y, 3, 5};
        case Season::Summer:
            return {y, 6, 8};
        case Season::Autumn:
            return {y, 9, 11};
        case Season::Winter:
            return {y - 1, 12, 2};
        case Season::None:
            break;
    }
    return {y, 1, 12};
}

}  // namespace

const std::string& Text::get(std::string_view language) const {
    static const std::string kEmpty;
    if (auto it = byLanguage.find(language); it != byLanguage.end() && !it->second.empty())
        return it->second;
    if (auto it = byLanguage.find("en"); it != byLanguage.end()) return it->second;
    return kEmpty;
}

std::string_view Text::languageOf(std::string_view language) const {
    if (auto it = byLanguage.find(language); it != byLanguage.end() && !it->second.empty())
        return it->first;
    return "en";
}

std::int64_t DatePoint::firstDay() const {
    switch (precision) {
        case Precision::Day:
            return daysSinceEpoch(year, month, day);
        case Precision::Month:
            return daysSinceEpoch(year, month, 1);
        case Precision::Season: {
            SeasonMonths s = seasonMonths(season, year);
            return daysSinceEpoch(s.firstYear, s.firstMonth, 1);
        }
        case Precision::Year:
            break;
    }
    return daysSinceEpoch(year, 1, 1);
}

std::int64_t DatePoint::lastDay() const {
    switch (precision) {
        case Precision::Day:
            return daysSinceEpoch(year, month, day);
        case Precision::Month:
            return lastDayOfMonth(year, month);
        case Precision::Season:
            return lastDayOfMonth(year, seasonMonths(season, year).lastMonth);
        case Precision::Year:
            break;
    }
    return daysSinceEpoch(year, 12, 31);
}

namespace {

template <class T>
const T* lookup(const std::unordered_map<std::string, std::size_t>& index, std::string_view id,
                const std::vector<T>& items) {
    auto it = index.find(std::string(id));
    return it == index.end() ? nullptr : &items[it->second];
}

std::span<const std::size_t> postings(
    const std::unordered_map<std::string, std::vector<std::size_t>>& index, std::string_view id) {
    auto it = index.find(std::string(id));
    if (it == index.end()) return {};
    return it->second;
}

}  // namespace

const Event* Library::event(std::string_view id) const {
    return lookup(eventById_, id, events_);
}
const Actor* Library::actor(std::string_view id) const {
    return lookup(actorById_, id, actors_);
}
const Place* Library::place(std::string_view id) const {
    return lookup(placeById_, id, places_);
}
const Track* Library::track(std::string_view id) const {
    return lookup(trackById_, id, tracks_);
}
const Source* Library::source(std::string_view id) const {
    return lookup(sourceById_, id, sources_);
}
const Media* Library::mediaItem(std::string_view id) const {
    return lookup(mediaById_, id, media_);
}

std::optional<std::size_t> Library::eventIndex(std::string_view id) const {
    auto it = eventById_.find(std::string(id));
    if (it == eventById_.end()) return std::nullopt;
    return it->second;
}

std::span<const std::size_t> Library::eventsByActor(std::string_view actorId) const {
    return postings(byActor_, actorId);
}

std::span<const std::size_t> Library::eventsByPlace(std::string_view placeId) const {
    return postings(byPlace_, placeId);
}

std::vector<std::size_t> Library::eventsOverlapping(std::int64_t fromDay,
                                                    std::int64_t toDay) const {
    // No event lasts longer than longestEventDays_, so any overlapping event starts no earlier
    // than fromDay - longestEventDays_: two binary searches bound the candidates.
    if (fromDay > toDay) return {};
    auto startsBefore = [](const Event& e, std::int64_t day) { return e.when.firstDay() < day; };
    auto startsAfter = [](std::int64_t day, const Event& e) { return day < e.when.firstDay(); };
    std::int64_t earliest =
        fromDay < INT64_MIN + longestEventDays_ ? INT64_MIN : fromDay - longestEventDays_;
    auto first = std::lower_bound(events_.begin(), events_.end(), earliest, startsBefore);
    auto last = std::upper_bound(first, events_.end(), toDay, startsAfter);
    std::vector<std::size_t> found;
    for (auto it = first; it != last; ++it)
        if (it->when.lastDay() >= fromDay) found.push_back(std::size_t(it - events_.begin()));
    return found;
}

}  // namespace kiosk::content
