#pragma once
// SDL events in, exhibit input out. Touch arrives as SDL_FINGER* with window id 0 under
// KMSDRM and never as mouse events; on X11/Wayland SDL adds mouse copies, which are dropped.
#include <SDL.h>

#include <deque>
#include <functional>
#include <optional>

#include "kiosk/input/touch_transform.h"
#include "kiosk/scenario/script.h"
#include "kiosk/session/exhibit.h"

namespace kiosk::app {

struct InputResult {
    bool quit = false;
    bool input = false;  // visitor input arrived
    bool resized = false;
    bool redraw = false;  // something other than input changed what is on screen
};

// A real mouse drives the exhibit as one more finger, for the desktop preview.
constexpr std::int64_t kMouseFinger = -100;

struct InputContext {
    int width = 0, height = 0;
    bool allowEscape = false;  // only a desktop preview may be left with Escape
    input::TouchTransform touch;
    // An input event's own time on the exhibit's clock (ms), from its SDL timestamp; empty:
    // the exhibit's now.
    std::function<Millis(const SDL_Event&)> eventTime;
};

// SDL's timestamp (SDL_GetTicks ms, when SDL queued the event) on a clock whose now is
// clockNow while SDL_GetTicks() is ticksNow: how long ago the event happened, counted back
// from now. Never later than now. Wrapping Uint32 ticks are handled.
Millis eventTimeOnClock(Uint32 timestamp, Uint32 ticksNow, Millis clockNow);

// Replayed steps carry their script time: SDL_PushEvent stamps its own time, so the times of
// pushed input events wait here, in push order, for the events as they are polled.
class ScriptTimes {
  public:
    void pushed(Millis t) { times_.push_back(t); }
    // The time of the next polled input event from the script, if one is waiting.
    std::optional<Millis> take();
    void clear() { times_.clear(); }

  private:
    std::deque<Millis> times_;
};

void handleSdlEvent(const SDL_Event& event, session::Exhibit& exhibit, const InputContext& ctx,
                    InputResult& result);

// Turns a replay step into the SDL event the platform would deliver: fingers with window id
// 0 and normalised coordinates, exactly as KMSDRM sends them. Returns false for steps that
// are not input (wait, screenshot, state).
bool pushScriptStep(const scenario::Step& step, Uint32 windowId);

}  // namespace kiosk::app
