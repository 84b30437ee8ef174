// The two ways time passes: real time for the exhibit, simulated time for scenario runs.
#include <SDL.h>
#include <malloc.h>

#include <algorithm>

#include "kiosk/app/runner.h"
#include "kiosk/app/sdl_input.h"

namespace kiosk::app {
namespace {

constexpr Millis kFrameMs = 1000 / 60;
// With no vsync to pace it (offscreen), animation frames are spaced by sleeping.
constexpr Millis kMinFrameSpacingMs = 15;
// Still this long after the last frame drawn, the heap's free pages go back to the system.
constexpr Millis kTrimAfterStillMs = 500;

// Simulated frames at exactly `fps` per second: frame k starts at k * 1000 / fps ms.
Millis nextFrameTime(Millis now, int fps) {
    Millis k = now * fps / 1000 + 1;
    return (k * 1000 + fps - 1) / fps;
}

// Finger and mouse steps: their events ask for their time (ScriptTimes), keys do not.
bool isPointer(const scenario::Step& s) {
    using scenario::StepType;
    switch (s.type) {
        case StepType::FingerDown:
        case StepType::FingerMove:
        case StepType::FingerUp:
        case StepType::MouseDown:
        case StepType::MouseUp:
        case StepType::MouseMove:
            return true;
        default:
            return false;
    }
}

bool isCapture(const scenario::Step& s) {
    return s.type == scenario::StepType::Screenshot || s.type == scenario::StepType::State;
}

}  // namespace

int Runner::trimWhenStill(Millis now) {
    if (!trimPending_) return -1;
    Millis still = now - lastDrawnMs_;
    if (still < kTrimAfterStillMs) return int(kTrimAfterStillMs - still);
    // What the driver kept to draw the last frame goes first (GlWindow::settle: about 13 MB
    // with llvmpipe at home).
    window_.settle();
    // Freed memory stays resident in glibc's heaps until trimmed: after a frame drawn with
    // llvmpipe, about 8 MB (its vertex and bin buffers, ImGui's buffer storage, start-up's
    // parsing). Measured at 0.2 ms at home.
    malloc_trim(0);
    ++heapTrims_;
    trimPending_ = false;
    return -1;
}

// Replay's open and language steps: the exhibit's own calls for a tap on the row, chip or
// button, so a tool can reach any card without finding it on screen first.
void Runner::runCommand(const scenario::Step& step) {
    bool open = step.type == scenario::StepType::Open;
    bool done = open ? exhibit_->openCard(step.target) : exhibit_->chooseLanguage(step.target);
    if (!done)
        log("replay: line " + std::to_string(step.line) + ": could not " +
            (open ? "open the card " : "switch to the language ") + step.target +
            (exhibit_->mode() == session::Mode::Explore ? " (not in the content)"
                                                        : " (the exhibit is not open)"));
}

void Runner::realtimeLoop() {
    Millis started = clock_->steadyMs();
    bool offscreen = renderer_.videoDriver == "offscreen";
    bool dirty = true;  // the first frame
    while (!quit_) {
        dirty = pumpEvents() || dirty;
        exhibit_->update();
        afterUpdate();
        if (dirty || exhibit_->needsFrame()) {
            Millis frameStart = clock_->steadyMs();
            renderFrame();
            present();
            Millis spent = clock_->steadyMs() - frameStart;
            if (offscreen && spent < kMinFrameSpacingMs)
                SDL_Delay(Uint32(kMinFrameSpacingMs - spent));
            dirty = false;
        } else {
            Millis now = clock_->steadyMs();
            auto deadline = exhibit_->nextDeadline();
            int timeout = deadline ? int(std::max<Millis>(0, *deadline - now)) : -1;
            // The evdev wait cannot see a decode finishing; look again soon while one runs.
            if (pictures_->pending()) timeout = timeout < 0 ? 20 : std::min(timeout, 20);
            if (int trim = trimWhenStill(now); trim >= 0)
                timeout = timeout < 0 ? trim : std::min(timeout, trim);
            if (params_.quitAfterS > 0) {
                int left = int(started + Millis(params_.quitAfterS * 1000) - now);
                timeout = timeout < 0 ? left : std::min(timeout, left);
            }
            waiter_->wait(capWait(timeout));
            ++exhibit_->frames().idleWakeups;
        }
        if (params_.quitAfterS > 0 &&
            clock_->steadyMs() - started >= Millis(params_.quitAfterS * 1000))
            break;
    }
}

void Runner::replayLoop(const scenario::Script& script) {
    const auto& steps = script.steps;
    size_t next = 0;
    replaying_ = true;
    Millis cap = Millis(params_.maxSimS * 1000);
    bool dirty = true;
    while (!quit_) {
        Millis now = simClock_->steadyMs();
        // Input first, so a touch that arrives before a frame is reflected in that frame;
        // captures show that same frame, with everything before them applied.
        std::vector<const scenario::Step*> captures;
        for (; next < steps.size() && steps[next].t <= now; ++next) {
            if (isCapture(steps[next]))
                captures.push_back(&steps[next]);
            else if (steps[next].type == scenario::StepType::UsbScan)
                sticksChanged_ = true;
            else if (steps[next].type == scenario::StepType::WriteFile)
                writeWatchedFile(steps[next].path, steps[next].text);
            else if (steps[next].type == scenario::StepType::Open ||
                     steps[next].type == scenario::StepType::Language)
                runCommand(steps[next]);
            else if (pushScriptStep(steps[next], SDL_GetWindowID(window_.sdl())) &&
                     isPointer(steps[next]))
                scriptTimes_.pushed(steps[next].t);
        }
        // Simulated time does not wait for real decoding: finish it, so runs repeat exactly.
        while (pictures_->pending()) SDL_Delay(1);
        dirty = pumpEvents() || dirty;
        exhibit_->update();
        afterUpdate();
        if (dirty || exhibit_->needsFrame() || !captures.empty()) {
            // Every frame runs ImGui (targets, state), but only the frames a screenshot
            // reads, the first (start-up figure) and a visible window's are rasterized:
            // each frame clears and redraws everything, so skipping the others is exact.
            bool rasterize = params_.rasterizeAll || !params_.headless || firstFrameMs_ < 0 ||
                             std::any_of(captures.begin(), captures.end(), [](auto* c) {
                                 return c->type == scenario::StepType::Screenshot;
                             });
            renderFrame(rasterize);
            for (const auto* c : captures)
                writeOutputs(c->type == scenario::StepType::Screenshot ? c->path : "",
                             c->type == scenario::StepType::State ? c->path : "");
            if (rasterize) present();
            dirty = false;
        } else {
            ++exhibit_->frames().idleWakeups;
            trimWhenStill(now);
        }
        bool moving = exhibit_->needsFrame();
        if (next >= steps.size() && !moving) break;  // script done and everything settled
        Millis target = nextFrameTime(now, params_.simFps);
        if (!moving) {
            std::optional<Millis> wake;
            if (next < steps.size()) wake = steps[next].t;
            if (auto d = exhibit_->nextDeadline(); d && (!wake || *d < *wake)) wake = d;
            // As the realtime loop does: wake once the screen has been still long enough to
            // let go of the last frame's memory (trimWhenStill).
            if (Millis trim = lastDrawnMs_ + kTrimAfterStillMs;
                trimPending_ && trim > now && (!wake || trim < *wake))
                wake = trim;
            target = std::max(now + 1, wake.value_or(now + 1));
        } else if (next < steps.size()) {
            target = std::min(target, std::max(now + 1, steps[next].t));
        }
        if (target > cap) break;
        simClock_->setSteady(target);
    }
}

}  // namespace kiosk::app
