#pragma once
// The one way to make a Library: add items, then finish() sorts events and builds the indexes.
// The loader uses it after validation; tests and tools may use it to build content in code.
#include <memory>

#include "kiosk/content/model.h"

namespace kiosk::content {

class LibraryBuilder {
  public:
    LibraryBuilder();

    Settings& settings();
    void add(Event event);
    void reserveEvents(std::size_t count);  // room for count events in all (no moves)
    void add(Actor actor);
    void add(Place place);
    void add(Track track);
    void add(Era era);
    void add(Source source);
    void add(Media media);
    void add(Tour tour);

    // What has been added so far, in the order added (events are not sorted yet).
    const Library& draft() const { return *library_; }

    // Sorts events by (first day, id) and builds the lookups. Ids are assumed unique (the
    // loader checks); with duplicates the first one wins. The builder is empty afterwards.
    std::shared_ptr<const Library> finish();

  private:
    void sortEvents();
    void buildIndexes();

    std::shared_ptr<Library> library_;
};

}  // namespace kiosk::content
