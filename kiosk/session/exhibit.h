#pragma once
// The exhibit's live state between frames: mode, content, selection, the map and timeline
// cameras, touch routing and the idle reset. Pure model: the SDL layer feeds it input in
// pixels, the ImGui layer draws it, and tests drive it directly.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/model.h"
#include "kiosk/core/clock.h"
#include "kiosk/input/gestures.h"
#include "kiosk/input/idle.h"
#include "kiosk/input/panel.h"
#include "kiosk/input/pointer_latch.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/map/map_view.h"
#include "kiosk/session/attract.h"
#include "kiosk/session/card_state.h"
#include "kiosk/session/layout.h"
#include "kiosk/session/opening_hours.h"
#include "kiosk/session/staff_access.h"
#include "kiosk/session/targets.h"
#include "kiosk/timeline/time_view.h"

namespace kiosk::session {

enum class Mode { Explore, Attract, Closed, Error };
const char* modeName(Mode mode);

enum class Region { None, Header, Map, Timeline, Card, Staff };

// A short message for staff at the foot of the screen: an update's result, say.
struct Notice {
    std::string text;
    bool problem = false;
    Millis until = 0;
};

struct Selection {
    std::string event, actor, place;
    bool empty() const { return event.empty() && actor.empty() && place.empty(); }
};

// A short-lived ring drawn where a finger touched, so every touch is answered at once.
struct TouchMark {
    Vec2f at;
    Millis start;
};

struct FrameCounters {
    std::size_t rendered = 0;
    std::size_t idleWakeups = 0;
    std::size_t lastInputFrame = 0;  // the frame that first showed the latest input
};

class Exhibit {
  public:
    explicit Exhibit(const Clock& clock);

    void setContent(std::shared_ptr<const content::Library> library);
    void setContentError(std::string staffMessage);
    void setScreen(int width, int height, const input::PanelGeometry& panel);
    // The map's countries; optional: without them the map shows places on the sea.
    void setGeography(std::shared_ptr<const map::GeoAsset> geography);
    const map::GeoAsset* geography() const { return geography_.get(); }
    // ISO codes of states in the story, and of states involved in the current selection.
    bool isStoryCountry(const std::string& iso) const;
    bool isSelectedCountry(const std::string& iso) const;

    // Visitor input, in pixels. Fingers are routed to the region they landed in.
    void fingerDown(std::int64_t finger, Vec2f at);
    void fingerMove(std::int64_t finger, Vec2f at);
    void fingerUp(std::int64_t finger, Vec2f at);
    void wheel(Vec2f at, float steps);
    void noteInput();
    // Something outside the exhibit's state changed what is drawn (a picture arrived).
    void noteRedraw() { settleFrames_ = std::max(settleFrames_, 1); }

    // Advances gestures, camera flights and the idle reset to the clock's now.
    void update();
    bool needsFrame() const;
    std::optional<Millis> nextDeadline() const;
    input::PointerFrame nextPointer();

    void goHome();
    // True while a visitor is exploring: new content waits for the idle reset.
    bool visitorPresent() const { return mode_ == Mode::Explore && idle_.visiting(); }
    void showNotice(std::string text, bool problem, Millis durationMs);
    const std::vector<Notice>& notices() const { return notices_; }
    StaffAccess& staff() { return staff_; }
    const StaffAccess& staff() const { return staff_; }
    // Attract mode: the tours play until the first touch, which only wakes the exhibit.
    void startAttract();
    void endAttract();
    const AttractPlayer& attract() const { return attract_; }
    // A timed presentation from the schedule: attract only, touches do not start a visit.
    bool presentation() const { return mode_ == Mode::Attract && hours_.status().variant; }
    // Attract's invitation in every language of the content, or the presentation's notice.
    std::string attractPrompt() const;
    const OpeningHours& openingHours() const { return hours_; }
    // The display power hook's state: the Pi's platform layer switches the panel to match.
    bool displayOn() const { return displayOn_; }
    std::size_t displaySwitches() const { return displaySwitches_; }
    const std::vector<std::string>& scheduleProblems() const { return scheduleProblems_; }
    void selectEvent(const std::string& id);
    void selectPlace(const std::string& id);
    void selectActor(const std::string& id);
    void clearSelection();
    // Next (+1) or previous (-1) event in time order, from the selected event.
    void selectAdjacentEvent(int direction);
    // Shows only one actor's events on the map and the timeline, until cleared or reset.
    void setActorFilter(const std::string& actorId);
    void clearFilter();
    const std::string& actorFilter() const { return actorFilter_; }
    bool passesFilter(const content::Event& event) const;
    // The card's drawn content height and its scrolling area, measured by the UI.
    void setCardExtent(float contentHeight, float viewHeight);

    Mode mode() const { return mode_; }
    const std::string& errorMessage() const { return error_; }
    const content::Library* library() const { return library_.get(); }
    const Layout& layout() const { return layout_; }
    const map::MapView& mapView() const { return map_; }
    const timeline::TimeView& timeView() const { return time_; }
    const CardState& card() const { return card_; }
    const Selection& selection() const { return selection_; }
    const std::string& language() const { return language_; }
    const std::vector<TouchMark>& touchMarks() const { return marks_; }
    Targets& targets() { return targets_; }
    const Targets& targets() const { return targets_; }
    FrameCounters& frames() { return frames_; }
    const FrameCounters& frames() const { return frames_; }
    std::vector<input::VisitEvent> takeVisitEvents() { return idle_.take(); }
    Millis now() const { return clock_.steadyMs(); }
    const Clock& clock() const { return clock_; }

    static constexpr Millis kTouchMarkMs = 350;

  private:
    static constexpr int kSettleFrames = 2;  // ImGui needs a frame or two to settle after input
    Region regionAt(Vec2f p) const;
    input::GestureRecognizer* recognizerFor(Region r);
    void applyMapGestures();
    void applyTimelineGestures();
    void resetViews();
    void relayout();
    void afterSelect();
    void flyToSelection(bool withCard = true);
    void showAttractStop();
    void applySchedule();
    void setDisplay(bool on);
    std::optional<Millis> idleDeadline() const;
    void collectSelectedCountries();
    bool tapCountry(Vec2f at);
    void zoomToCluster(const std::string& id);

    const Clock& clock_;
    Mode mode_ = Mode::Error;
    std::string error_ = "no content loaded yet";
    std::shared_ptr<const content::Library> library_;
    std::shared_ptr<const map::GeoAsset> geography_;
    std::vector<std::string> selectedCountries_;
    std::string actorFilter_;
    Layout layout_;
    input::PanelGeometry panel_ = input::PanelGeometry::fromDpi(140);
    map::MapView map_;
    timeline::TimeView time_;
    input::GestureRecognizer mapGestures_, timelineGestures_;
    CardState card_;
    StaffAccess staff_;
    std::vector<Notice> notices_;
    AttractPlayer attract_;
    OpeningHours hours_;
    std::vector<std::string> scheduleProblems_;
    bool displayOn_ = true;
    std::size_t displaySwitches_ = 0;
    Millis quietSince_ = 0;  // when explore began with nobody touching (start, reset)
    int width_ = 800, height_ = 480;
    input::PointerLatch pointer_;
    input::IdleTracker idle_;
    std::vector<std::pair<std::int64_t, Region>> fingerRegions_;
    std::vector<TouchMark> marks_;
    Selection selection_;
    std::string language_ = "en";
    Targets targets_;
    FrameCounters frames_;
    int settleFrames_ = 0;
    bool atHome_ = true;  // nothing touched since the last reset: no idle deadline  // ImGui needs
                          // a frame or two after input to settle hover/press
};

}  // namespace kiosk::session
