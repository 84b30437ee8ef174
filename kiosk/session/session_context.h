#pragma once
// What the session's controllers share: the clock, the content, the screen and the frame
// bookkeeping. Plain data; each controller owns its own state and reads this one.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

#include "kiosk/content/model.h"
#include "kiosk/core/clock.h"
#include "kiosk/input/panel.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/session/layout.h"
#include "kiosk/session/targets.h"

namespace kiosk::session {

enum class Mode { Explore, Attract, Closed, Error };
const char* modeName(Mode mode);

enum class Region { None, Header, Map, Timeline, Card, Staff };

struct Selection {
    std::string event, actor, place;
    bool empty() const { return event.empty() && actor.empty() && place.empty(); }
};

struct FrameCounters {
    std::size_t rendered = 0;
    std::size_t idleWakeups = 0;
    std::size_t lastInputFrame = 0;  // the frame that first showed the latest input
};

struct SessionContext {
    explicit SessionContext(const Clock& c) : clock(c) {}
    // ImGui needs a frame or two after input to settle hover and press.
    static constexpr int kSettleFrames = 2;

    const Clock& clock;
    Mode mode = Mode::Error;
    bool rtl = false;  // the visitor's language reads right to left: layout and time mirror
    std::string error = "no content loaded yet";
    std::shared_ptr<const content::Library> library;
    std::shared_ptr<const map::GeoAsset> geography;
    Layout layout;
    input::PanelGeometry panel = input::PanelGeometry::fromDpi(140);
    int width = 800, height = 480;
    Targets targets;  // what the last drawn frame showed, for hit tests
    FrameCounters frames;
    int settleFrames = 0;

    Millis now() const { return clock.steadyMs(); }
    // Asks for a few more frames, so ImGui settles after a change.
    void settle(int frames = kSettleFrames) { settleFrames = std::max(settleFrames, frames); }
};

}  // namespace kiosk::session
