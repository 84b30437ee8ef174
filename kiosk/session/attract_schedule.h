#pragma once
// The exhibit's time-driven side: opening hours, presentation slots and attract mode. It
// decides when the exhibit is closed, when the tours play, and what the prompt says.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/session/attract.h"
#include "kiosk/session/opening_hours.h"
#include "kiosk/session/session_context.h"
#include "kiosk/session/visit.h"

namespace kiosk::session {

class AttractSchedule {
  public:
    // goHome: the whole exhibit back to its home state (selection, cameras, fingers).
    AttractSchedule(SessionContext& ctx, Visit& visit, std::function<void()> goHome)
        : ctx_(ctx), visit_(visit), goHome_(std::move(goHome)) {}

    // A preview for editors (kiosk --watch, --windowed) is never dark: outside opening hours
    // it stays open, and closedStrip() says when the kiosk would open.
    void setPreview(bool on) { preview_ = on; }
    // "Closed now; opens Tuesday at 10:00" while a preview is outside opening hours, else "".
    std::string closedStrip() const;
    // New content's schedule; problems leave the exhibit always open and are kept for staff.
    void configure(const content::Settings& settings);
    // Re-reads the wall clock; when the status changed, switches mode (closed, open, slot).
    void refresh();
    // Attract mode: the tours play until the first touch, which only wakes the exhibit.
    void startAttract();
    void endAttract();
    // Advances the tour; a new stop flies the cameras there.
    void update(Millis now);
    std::optional<Millis> nextDeadline() const;

    // A timed presentation from the schedule: attract only, touches do not start a visit.
    bool presentation() const;
    // Attract's invitation in every language of the content, or the presentation's notice.
    std::string attractPrompt() const;
    // The same, one entry per language: {language code, text}, in the content's order.
    std::vector<std::pair<std::string, std::string>> attractPrompts() const;
    const AttractPlayer& attract() const { return attract_; }
    const OpeningHours& openingHours() const { return hours_; }
    const std::vector<std::string>& problems() const { return problems_; }
    // The display power hook's state: the Pi's platform layer switches the panel to match.
    bool displayOn() const { return displayOn_; }
    std::size_t displaySwitches() const { return displaySwitches_; }

  private:
    void apply();
    void showStop();
    void setDisplay(bool on);

    SessionContext& ctx_;
    Visit& visit_;
    std::function<void()> goHome_;
    AttractPlayer attract_;
    OpeningHours hours_;
    std::vector<std::string> problems_;
    bool displayOn_ = true;
    bool preview_ = false;
    std::size_t displaySwitches_ = 0;
};

}  // namespace kiosk::session
