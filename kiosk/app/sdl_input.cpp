#include "kiosk/app/sdl_input.h"

#include "kiosk/input/input_source.h"

namespace kiosk::app {
namespace {

constexpr SDL_TouchID kScriptTouchDevice = 1;

std::optional<Millis> timeOf(const SDL_Event& e, const InputContext& c) {
    if (!c.eventTime) return std::nullopt;
    return c.eventTime(e);
}

void handleFinger(const SDL_Event& e, session::Exhibit& x, const InputContext& c) {
    const SDL_TouchFingerEvent& f = e.tfinger;
    if (!input::isRealTouch(f.touchId)) return;
    input::Vec2 n = c.touch.apply({f.x, f.y});
    Vec2f at{n.x * float(c.width), n.y * float(c.height)};
    auto id = std::int64_t(f.fingerId);
    auto t = timeOf(e, c);
    if (f.type == SDL_FINGERDOWN)
        x.fingerDown(id, at, t);
    else if (f.type == SDL_FINGERMOTION)
        x.fingerMove(id, at, t);
    else
        x.fingerUp(id, at, t);
}

void handleMouse(const SDL_Event& e, session::Exhibit& x, const InputContext& c) {
    auto t = timeOf(e, c);
    if (e.type == SDL_MOUSEBUTTONDOWN && e.button.button == SDL_BUTTON_LEFT)
        x.fingerDown(kMouseFinger, {float(e.button.x), float(e.button.y)}, t);
    else if (e.type == SDL_MOUSEBUTTONUP && e.button.button == SDL_BUTTON_LEFT)
        x.fingerUp(kMouseFinger, {float(e.button.x), float(e.button.y)}, t);
    else if (e.type == SDL_MOUSEMOTION && (e.motion.state & SDL_BUTTON_LMASK))
        x.fingerMove(kMouseFinger, {float(e.motion.x), float(e.motion.y)}, t);
}

}  // namespace

Millis eventTimeOnClock(Uint32 timestamp, Uint32 ticksNow, Millis clockNow) {
    Uint32 ago = ticksNow - timestamp;  // unsigned: right across the 49-day wrap
    if (ago > 0x7fffffffu) ago = 0;     // stamped after ticksNow was read
    return clockNow - Millis(ago);
}

std::optional<Millis> ScriptTimes::take() {
    if (times_.empty()) return std::nullopt;
    Millis t = times_.front();
    times_.pop_front();
    return t;
}

void handleSdlEvent(const SDL_Event& e, session::Exhibit& x, const InputContext& c,
                    InputResult& r) {
    switch (e.type) {
        case SDL_QUIT:
            r.quit = true;
            break;
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
        case SDL_FINGERUP:
            handleFinger(e, x, c);
            r.input = true;
            break;
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
        case SDL_MOUSEMOTION:
            if (!input::isRealMouse(e.type == SDL_MOUSEMOTION ? e.motion.which : e.button.which))
                break;
            handleMouse(e, x, c);
            r.input = true;
            break;
        case SDL_MOUSEWHEEL: {
            int mx, my;
            SDL_GetMouseState(&mx, &my);
            x.wheel({float(mx), float(my)}, e.wheel.preciseY);
            r.input = true;
            break;
        }
        case SDL_KEYDOWN:
            // Only the desktop preview may be left with a key; the kiosk has no way out.
            if (c.allowEscape && e.key.keysym.sym == SDLK_ESCAPE) r.quit = true;
            if (e.key.keysym.sym == SDLK_HOME) x.goHome();
            x.visit().noteInput();
            r.input = true;
            break;
        case SDL_USEREVENT:  // a picture finished decoding
            r.redraw = true;
            break;
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) r.resized = true;
            if (e.window.event == SDL_WINDOWEVENT_EXPOSED) r.input = true;
            break;
        default:
            break;
    }
}

bool pushScriptStep(const scenario::Step& s, Uint32 windowId) {
    SDL_Event e{};
    using scenario::StepType;
    switch (s.type) {
        case StepType::FingerDown:
        case StepType::FingerMove:
        case StepType::FingerUp:
            e.type = s.type == StepType::FingerDown   ? SDL_FINGERDOWN
                     : s.type == StepType::FingerMove ? SDL_FINGERMOTION
                                                      : SDL_FINGERUP;
            e.tfinger.touchId = kScriptTouchDevice;
            e.tfinger.fingerId = s.finger;
            e.tfinger.x = s.x;
            e.tfinger.y = s.y;
            e.tfinger.pressure = s.type == StepType::FingerUp ? 0.f : 1.f;
            e.tfinger.windowID = 0;  // as KMSDRM delivers them (libsdl-org/SDL#6650)
            break;
        case StepType::MouseDown:
        case StepType::MouseUp:
            e.type = s.type == StepType::MouseDown ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
            e.button.windowID = windowId;
            e.button.which = 0;
            e.button.button = Uint8(s.button);
            e.button.state = s.type == StepType::MouseDown ? SDL_PRESSED : SDL_RELEASED;
            e.button.x = int(s.x);
            e.button.y = int(s.y);
            break;
        case StepType::MouseMove:
            e.type = SDL_MOUSEMOTION;
            e.motion.windowID = windowId;
            e.motion.which = 0;
            e.motion.x = int(s.x);
            e.motion.y = int(s.y);
            e.motion.state = s.button ? SDL_BUTTON(s.button) : 0;
            break;
        case StepType::Key:
            e.type = SDL_KEYDOWN;
            e.key.windowID = windowId;
            e.key.keysym.sym = SDL_GetKeyFromName(s.key.c_str());
            break;
        default:
            return false;
    }
    return SDL_PushEvent(&e) == 1;
}

}  // namespace kiosk::app
