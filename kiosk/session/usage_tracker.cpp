#include "kiosk/session/usage_tracker.h"

namespace kiosk::session {

// The card a visitor has open: attract's captions are tours, not cards.
std::optional<UsageTracker::OpenCard> UsageTracker::cardOf(const Exhibit& exhibit) {
    if (exhibit.mode() != Mode::Explore || !exhibit.visit().card().isOpen()) return std::nullopt;
    const auto& s = exhibit.visit().selection();
    if (!s.event.empty()) return OpenCard{"event", s.event, 0};
    if (!s.actor.empty()) return OpenCard{"actor", s.actor, 0};
    if (!s.place.empty()) return OpenCard{"place", s.place, 0};
    return std::nullopt;
}

void UsageTracker::observe(Exhibit& exhibit) {
    // A visit's start comes before its first card, a visit's end after its last one.
    for (const auto& v : exhibit.visit().takeVisitEvents()) {
        if (v.kind == input::VisitEventKind::VisitStart) {
            visitStart_ = v.at;
            log_.visitStart();
            language_ = exhibit.visit().language();
            log_.language(language_);
        } else {
            followCard(exhibit);
            closeCard(exhibit.now());
            if (visitStart_) log_.visitEnd(v.at - *visitStart_);
            visitStart_.reset();
        }
    }
    followCard(exhibit);
    if (visitStart_ && exhibit.visit().language() != language_) {
        language_ = exhibit.visit().language();
        log_.language(language_);
    }
    followTour(exhibit);
}

void UsageTracker::followCard(const Exhibit& exhibit) {
    auto now = cardOf(exhibit);
    if (now == card_) return;
    closeCard(exhibit.now());
    if (!now) return;
    card_ = now;
    card_->since = exhibit.now();
    log_.cardOpen(card_->kind, card_->id);
}

void UsageTracker::closeCard(Millis at) {
    if (!card_) return;
    log_.cardClose(card_->kind, card_->id, at - card_->since);
    card_.reset();
}

void UsageTracker::followTour(const Exhibit& exhibit) {
    const auto& player = exhibit.schedule().attract();
    bool playing = exhibit.mode() == Mode::Attract && player.playing();
    std::size_t shown = player.stopsShown();
    const auto& at = player.position();
    bool again = tour_ && (at.tour != tour_->index || at.stop < tour_->lastStop ||
                           shown <= tour_->firstShown);
    if (tour_ && (!playing || again)) endTour(exhibit, playing ? shown - 1 : shown);
    if (playing && !tour_) tour_ = PlayingTour{at.tour, shown - 1, at.stop};
    if (tour_) tour_->lastStop = at.stop;
}

// A tour view: one pass through (part of) a tour, with the stops shown.
void UsageTracker::endTour(const Exhibit& exhibit, std::size_t shownNow) {
    const auto* library = exhibit.library();
    if (library && tour_->index < library->tours().size() && shownNow > tour_->firstShown)
        log_.tourView(library->tours()[tour_->index].id, int(shownNow - tour_->firstShown));
    tour_.reset();
}

void UsageTracker::finish(const Exhibit& exhibit) {
    closeCard(exhibit.now());
    if (tour_) endTour(exhibit, exhibit.schedule().attract().stopsShown());
    log_.sync();
}

}  // namespace kiosk::session
