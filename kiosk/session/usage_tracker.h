#pragma once
// Turns what the exhibit did into usage records: visits and their length, every card opened
// with its dwell, the language used, and the tours attract mode played. Only what was looked
// at and for how long; nothing about who.
#include <optional>
#include <string>

#include "kiosk/session/exhibit.h"
#include "kiosk/usage/usage_log.h"

namespace kiosk::session {

class UsageTracker {
  public:
    explicit UsageTracker(usage::UsageLog& log) : log_(log) {}
    // After every Exhibit::update(): compares with what it saw last time.
    void observe(Exhibit& exhibit);
    // Before shutting down: the open card and the tour being played are recorded.
    void finish(const Exhibit& exhibit);

  private:
    struct OpenCard {
        std::string kind, id;
        Millis since = 0;
        bool operator==(const OpenCard& o) const { return kind == o.kind && id == o.id; }
    };
    struct PlayingTour {
        std::size_t index = 0;
        std::size_t firstShown = 0;  // AttractPlayer::stopsShown() when this tour began
        std::size_t lastStop = 0;    // a lower stop next time: the tour began again
    };
    static std::optional<OpenCard> cardOf(const Exhibit& exhibit);
    void followCard(const Exhibit& exhibit);
    void followTour(const Exhibit& exhibit);
    void closeCard(Millis at);
    void endTour(const Exhibit& exhibit, std::size_t shownNow);

    usage::UsageLog& log_;
    std::optional<OpenCard> card_;
    std::optional<PlayingTour> tour_;
    std::optional<Millis> visitStart_;
    std::string language_;
};

}  // namespace kiosk::session
