#pragma once
// One visitor's visit: what they selected, the card that shows it, the actor filter, the
// language, and the idle tracking that ends the visit. Selecting flies the cameras.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/input/idle.h"
#include "kiosk/session/cameras.h"
#include "kiosk/session/card_state.h"
#include "kiosk/session/session_context.h"

namespace kiosk::session {

class Visit {
  public:
    Visit(SessionContext& ctx, Cameras& cameras) : ctx_(ctx), cameras_(cameras) {}

    // Each select* opens the card and flies to the selection; an unknown id does nothing.
    void selectEvent(const std::string& id);
    void selectPlace(const std::string& id);
    void selectActor(const std::string& id);
    void clearSelection();
    // Next (+1) or previous (-1) event in time order, from the selected event.
    void selectAdjacentEvent(int direction);
    // An attract tour's stop: the event selected without a card, framed for attract.
    void showStop(const std::string& eventId);
    // A tap at `at` (pixels) on a country whose state is an actor opens that actor.
    bool tapCountry(Vec2f at);

    // Shows only one actor's events on the map and the timeline, until cleared or reset.
    void setActorFilter(const std::string& actorId);
    void clearFilter();
    const std::string& actorFilter() const { return actorFilter_; }
    bool passesFilter(const content::Event& event) const;

    // ISO codes of states in the story, and of states involved in the current selection.
    bool isStoryCountry(const std::string& iso) const;
    bool isSelectedCountry(const std::string& iso) const;
    // The same per country of the geography (index of GeoAsset::countries), recomputed when
    // the selection, the content or the geography change, not per frame.
    enum CountryFlag : std::uint8_t { kStory = 1, kSelected = 2 };
    const std::vector<std::uint8_t>& countryFlags();
    // The content or the geography changed: the flags are recomputed on the next read.
    void contentChanged() { flagsValid_ = false; }

    // The visitor touched: the idle clock restarts.
    void noteInput();
    // Back to nobody here: no selection, no filter, the default language, the card closed.
    void reset();
    // When the idle reset is due; none at home with no tours to play.
    std::optional<Millis> idleDeadline() const;
    void setIdleTimeoutSeconds(double seconds) { idle_.setTimeoutSeconds(seconds); }
    void updateIdle(Millis now) { idle_.update(now); }
    bool visiting() const { return idle_.visiting(); }
    std::vector<input::VisitEvent> takeVisitEvents() { return idle_.take(); }

    // The card's drawn content height and its scrolling area (pixels), measured by the UI.
    void setCardExtent(float contentHeight, float viewHeight);
    CardState& card() { return card_; }
    const CardState& card() const { return card_; }
    const Selection& selection() const { return selection_; }
    const std::string& language() const { return language_; }
    // Switches the visitor's language to one the content lists (an unknown code does
    // nothing and returns false). A right-to-left language mirrors the layout and the
    // timeline at once; the selection, the card and the cameras' places are kept.
    bool setLanguage(const std::string& code);
    // Languages the fonts cannot draw: no button, and setLanguage refuses them.
    void setHiddenLanguages(std::vector<std::string> codes) { hiddenLanguages_ = std::move(codes); }
    bool languageShown(const std::string& code) const;
    bool rightToLeft() const { return ctx_.rtl; }

  private:
    void afterSelect();
    void applyDirection();
    void collectSelectedCountries();

    SessionContext& ctx_;
    Cameras& cameras_;
    Selection selection_;
    std::string actorFilter_;
    std::vector<std::string> selectedCountries_;
    std::vector<std::uint8_t> countryFlags_;
    bool flagsValid_ = false;
    std::string language_ = "en";
    std::vector<std::string> hiddenLanguages_;
    CardState card_;
    input::IdleTracker idle_;
    Millis quietSince_ = 0;  // when explore began with nobody touching (start, reset)
    bool atHome_ = true;     // nothing touched since the last reset: no idle deadline
};

}  // namespace kiosk::session
