#pragma once
// Attract mode's guided tours: the content's tours played in order, in a loop, each stop
// dwelling for its time. Pure timing; the exhibit turns each stop into a camera flight and a
// caption.
#include <optional>
#include <string>

#include "kiosk/content/model.h"
#include "kiosk/core/clock.h"

namespace kiosk::session {

struct TourPosition {
    std::size_t tour = 0, stop = 0;
};

class AttractPlayer {
  public:
    // False when the content has no tour with a stop: there is nothing to play. With a tour
    // id (a timed presentation) only that tour plays, round and round.
    bool start(const content::Library& library, Millis now, const std::string& onlyTour = "");
    // The tour id a timed presentation restricts to; empty: every tour in turn.
    const std::string& onlyTour() const { return onlyTour_; }
    void stop() { playing_ = false; }
    bool playing() const { return playing_; }
    // Advances past every stop whose dwell has ended; true when the stop changed.
    bool update(Millis now);
    std::optional<Millis> nextDeadline() const;

    const TourPosition& position() const { return position_; }
    const content::Tour& tour() const;
    const content::TourStop& currentStop() const;
    // Stops shown since start, for the usage log.
    std::size_t stopsShown() const { return shown_; }

  private:
    void advance();
    const content::Library* library_ = nullptr;
    TourPosition position_;
    Millis stopStart_ = 0;
    bool playing_ = false;
    std::size_t shown_ = 0;
    std::string onlyTour_;
};

}  // namespace kiosk::session
