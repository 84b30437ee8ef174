#pragma once
// The live exhibit: it composes the session's controllers and routes input and time to them.
//   Visit            selection, card, actor filter, language, idle tracking
//   Cameras          the map's and the timeline's views and flights
//   TouchRouter      fingers to recognizers, ImGui's pointer, touch rings
//   AttractSchedule  opening hours, presentation slots, attract tours
//   StaffAccess      the hidden staff panel; NoticeBoard, the staff banners
// Pure model: the SDL layer feeds it input in pixels, the ImGui layer draws it, and tests
// drive it directly.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/session/attract_schedule.h"
#include "kiosk/session/cameras.h"
#include "kiosk/session/notices.h"
#include "kiosk/session/session_context.h"
#include "kiosk/session/staff_access.h"
#include "kiosk/session/touch_router.h"
#include "kiosk/session/visit.h"
#include "kiosk/timeline/lane_layout.h"

namespace kiosk::session {

class Exhibit {
  public:
    explicit Exhibit(const Clock& clock);
    Exhibit(const Exhibit&) = delete;  // the controllers hold references to each other
    Exhibit& operator=(const Exhibit&) = delete;

    void setContent(std::shared_ptr<const content::Library> library);
    // The content could not be loaded: the calm unavailable screen, the message for staff.
    void setContentError(std::string staffMessage);
    // The screen in pixels and the panel's density.
    void setScreen(int width, int height, const input::PanelGeometry& panel);
    // The map's countries; optional: without them the map shows places on the sea.
    void setGeography(std::shared_ptr<const map::GeoAsset> geography);

    // Visitor input, in pixels. Fingers are routed to the region they landed in. `when` is
    // the event's own time on this exhibit's clock (ms; SDL's timestamp, converted), so a
    // slow frame does not change how long a press was; later than now counts as now, and
    // none means now.
    void fingerDown(std::int64_t finger, Vec2f at, std::optional<Millis> when = {});
    void fingerMove(std::int64_t finger, Vec2f at, std::optional<Millis> when = {});
    void fingerUp(std::int64_t finger, Vec2f at, std::optional<Millis> when = {});
    // Acts on a tapped button by its target id ("button:home", "language:ru", "button:next",
    // "chip:place:x", "row:event:x", "button:filter", ...), as the drawn button would.
    // Returns false for an id it does not know.
    bool pressButton(const std::string& targetId);
    // A replayed command (replay's open and language steps, for tools such as kiosk-content
    // shots): a tap on a target that need not be on screen. Like a touch it ends attract and
    // counts as visitor input, then acts as pressButton. `card` is "event:<id>", "actor:<id>"
    // or "place:<id>" and opens that card as its row or chip would. Returns false, doing
    // nothing, while closed, in a presentation slot, or for an id the content lacks.
    bool openCard(const std::string& card);
    bool chooseLanguage(const std::string& code);
    // A mouse wheel: `steps` notches about `at`; positive zooms in.
    void wheel(Vec2f at, float steps);
    // Something outside the exhibit's state changed what is drawn (a picture arrived).
    void noteRedraw() { ctx_.settle(1); }

    // Advances gestures, camera flights, the schedule and the idle reset to the clock's now.
    void update();
    bool needsFrame() const;
    std::optional<Millis> nextDeadline() const;
    input::PointerFrame nextPointer() { return touch_.nextPointer(); }
    // Everything back to the content's home view, as after the idle reset.
    void goHome();
    // True while a visitor is exploring: new content waits for the idle reset.
    bool visitorPresent() const { return ctx_.mode == Mode::Explore && visit_.visiting(); }
    void showNotice(std::string text, bool problem, Millis durationMs);
    void withdrawNotices(std::string_view prefix);  // see NoticeBoard::withdraw

    Mode mode() const { return ctx_.mode; }
    const std::string& errorMessage() const { return ctx_.error; }
    const content::Library* library() const { return ctx_.library.get(); }
    const map::GeoAsset* geography() const { return ctx_.geography.get(); }
    const Layout& layout() const { return ctx_.layout; }
    Visit& visit() { return visit_; }
    const Visit& visit() const { return visit_; }
    Cameras& cameras() { return cameras_; }
    const Cameras& cameras() const { return cameras_; }
    const TouchRouter& touch() const { return touch_; }
    AttractSchedule& schedule() { return schedule_; }
    const AttractSchedule& schedule() const { return schedule_; }
    StaffAccess& staff() { return staff_; }
    const StaffAccess& staff() const { return staff_; }
    const NoticeBoard& notices() const { return notices_; }
    Targets& targets() { return ctx_.targets; }
    const Targets& targets() const { return ctx_.targets; }
    FrameCounters& frames() { return ctx_.frames; }
    const FrameCounters& frames() const { return ctx_.frames; }
    Millis now() const { return ctx_.now(); }
    const Clock& clock() const { return ctx_.clock; }
    // The timeline's events by lane, for the frame; emptied when the content changes.
    timeline::LaneIndex& laneIndex() { return laneIndex_; }

  private:
    void noteInput() { visit_.noteInput(); }
    bool wakeForCommand();
    void afterTouch(std::optional<Region> region);
    Millis eventTime(std::optional<Millis> when) const;

    SessionContext ctx_;
    Cameras cameras_{ctx_};
    Visit visit_{ctx_, cameras_};
    TouchRouter touch_{ctx_, cameras_, visit_};
    AttractSchedule schedule_{ctx_, visit_, [this] { goHome(); }};
    StaffAccess staff_;
    NoticeBoard notices_;
    timeline::LaneIndex laneIndex_;
};

}  // namespace kiosk::session
