#include "kiosk/session/attract.h"

#include <cmath>

namespace kiosk::session {
namespace {

Millis dwellMs(const content::TourStop& stop) {
    return Millis(std::llround(stop.dwellS * 1000));
}

}  // namespace

bool AttractPlayer::start(const content::Library& library, Millis now,
                          const std::string& onlyTour) {
    library_ = &library;
    playing_ = false;
    onlyTour_ = onlyTour;
    for (std::size_t t = 0; t < library.tours().size(); ++t) {
        if (library.tours()[t].stops.empty()) continue;
        if (!onlyTour.empty() && library.tours()[t].id != onlyTour) continue;
        position_ = {t, 0};
        stopStart_ = now;
        playing_ = true;
        shown_ = 1;
        return true;
    }
    return false;
}

// The next stop: the rest of this tour, then the next tour with stops, round and round.
void AttractPlayer::advance() {
    const auto tours = library_->tours();
    if (position_.stop + 1 < tours[position_.tour].stops.size()) {
        ++position_.stop;
        return;
    }
    for (std::size_t step = 1; step <= tours.size(); ++step) {
        std::size_t t = (position_.tour + step) % tours.size();
        if (!onlyTour_.empty() && tours[t].id != onlyTour_) continue;
        if (!tours[t].stops.empty()) {
            position_ = {t, 0};
            return;
        }
    }
}

bool AttractPlayer::update(Millis now) {
    if (!playing_) return false;
    bool changed = false;
    // A clock jump forward passes several stops at once; a bounded loop keeps it cheap.
    for (int guard = 0; guard < 10000 && now - stopStart_ >= dwellMs(currentStop()); ++guard) {
        stopStart_ += dwellMs(currentStop());
        advance();
        ++shown_;
        changed = true;
    }
    if (now - stopStart_ >= dwellMs(currentStop())) stopStart_ = now;  // after a huge jump
    return changed;
}

std::optional<Millis> AttractPlayer::nextDeadline() const {
    if (!playing_) return std::nullopt;
    return stopStart_ + dwellMs(currentStop());
}

const content::Tour& AttractPlayer::tour() const {
    return library_->tours()[position_.tour];
}

const content::TourStop& AttractPlayer::currentStop() const {
    return tour().stops[position_.stop];
}

}  // namespace kiosk::session
