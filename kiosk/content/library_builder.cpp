#include "kiosk/content/library_builder.h"

#include <algorithm>
#include <numeric>

namespace kiosk::content {
namespace {

template <class T>
std::unordered_map<std::string, std::size_t> indexById(const std::vector<T>& items) {
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);
    return index;
}

// Adds event i to the posting list of every id, once even if an event names an id twice.
void post(std::unordered_map<std::string, std::vector<std::size_t>>& index,
          const std::vector<std::string>& ids, std::size_t i) {
    for (const std::string& id : ids) {
        std::vector<std::size_t>& list = index[id];
        if (list.empty() || list.back() != i) list.push_back(i);
    }
}

}  // namespace

LibraryBuilder::LibraryBuilder() : library_(std::make_shared<Library>()) {}

Settings& LibraryBuilder::settings() {
    return library_->settings_;
}
void LibraryBuilder::reserveEvents(std::size_t count) {
    library_->events_.reserve(library_->events_.size() + count);
}
void LibraryBuilder::add(Event event) {
    library_->events_.push_back(std::move(event));
}
void LibraryBuilder::add(Actor actor) {
    library_->actors_.push_back(std::move(actor));
}
void LibraryBuilder::add(Place place) {
    library_->places_.push_back(std::move(place));
}
void LibraryBuilder::add(Track track) {
    library_->tracks_.push_back(std::move(track));
}
void LibraryBuilder::add(Era era) {
    library_->eras_.push_back(std::move(era));
}
void LibraryBuilder::add(Source source) {
    library_->sources_.push_back(std::move(source));
}
void LibraryBuilder::add(Media media) {
    library_->media_.push_back(std::move(media));
}
void LibraryBuilder::add(Tour tour) {
    library_->tours_.push_back(std::move(tour));
}

void LibraryBuilder::sortEvents() {
    std::vector<Event>& events = library_->events_;
    std::vector<std::int64_t> firstDays(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) firstDays[i] = events[i].when.firstDay();
    std::vector<std::size_t> order(events.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (firstDays[a] != firstDays[b]) return firstDays[a] < firstDays[b];
        return events[a].id < events[b].id;
    });
    std::vector<Event> sorted;
    sorted.reserve(events.size());
    for (std::size_t i : order) sorted.push_back(std::move(events[i]));
    events = std::move(sorted);
}

void LibraryBuilder::buildIndexes() {
    Library& lib = *library_;
    lib.eventById_ = indexById(lib.events_);
    lib.actorById_ = indexById(lib.actors_);
    lib.placeById_ = indexById(lib.places_);
    lib.trackById_ = indexById(lib.tracks_);
    lib.sourceById_ = indexById(lib.sources_);
    lib.mediaById_ = indexById(lib.media_);
    lib.byActor_.clear();
    lib.byPlace_.clear();
    lib.longestEventDays_ = 0;
    for (std::size_t i = 0; i < lib.events_.size(); ++i) {
        const Event& e = lib.events_[i];
        post(lib.byActor_, e.actors, i);
        post(lib.byPlace_, e.places, i);
        lib.longestEventDays_ =
            std::max(lib.longestEventDays_, e.when.lastDay() - e.when.firstDay());
    }
}

std::shared_ptr<const Library> LibraryBuilder::finish() {
    sortEvents();
    buildIndexes();
    std::shared_ptr<const Library> done = std::move(library_);
    library_ = std::make_shared<Library>();
    return done;
}

}  // namespace kiosk::content
