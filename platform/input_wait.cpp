#include "platform/input_wait.h"

#include <SDL.h>
#include <fcntl.h>
#include <linux/input.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace kiosk::platform {
namespace {

constexpr int kMaxWaitMs = 1000;
// Without a device to poll, check SDL this often: coarse enough to cost nothing while idle.
constexpr int kFallbackSliceMs = 20;

}  // namespace

InputWaiter::InputWaiter(std::string driver) : driver_(std::move(driver)) {
    if (driver_ == "kmsdrm") openEvdevDevices();
}

InputWaiter::~InputWaiter() {
    for (int fd : evdevFds_) close(fd);
}

const char* InputWaiter::strategy() const {
    if (driver_ == "x11" || driver_ == "wayland") return "sdl-wait";
    return evdevFds_.empty() ? "sliced-sleep" : "evdev-poll";
}

// Our own read-only handles on the input devices: evdev gives every reader its own copy of
// the events, so polling ours wakes us exactly when SDL has something to read on its own.
void InputWaiter::openEvdevDevices() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/input", ec)) {
        if (entry.path().filename().string().rfind("event", 0) != 0) continue;
        int fd = open(entry.path().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) evdevFds_.push_back(fd);
    }
}

bool InputWaiter::sdlHasEvent() {
    SDL_PumpEvents();
    return SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) > 0;
}

bool InputWaiter::pollEvdev(int timeoutMs) {
    std::vector<pollfd> fds;
    for (int fd : evdevFds_) fds.push_back({fd, POLLIN, 0});
    int ready = poll(fds.data(), fds.size(), timeoutMs);
    if (ready <= 0) return false;
    input_event discard[64];
    for (const auto& p : fds)
        if (p.revents & POLLIN)
            while (read(p.fd, discard, sizeof discard) > 0) {
            }
    return true;
}

void InputWaiter::wait(int timeoutMs) {
    if (timeoutMs < 0 || timeoutMs > kMaxWaitMs) timeoutMs = kMaxWaitMs;
    ++wakeups_;
    if (driver_ == "x11" || driver_ == "wayland") {
        // These drivers block properly inside SDL; a null event leaves it queued for us.
        SDL_WaitEventTimeout(nullptr, timeoutMs);
        return;
    }
    if (sdlHasEvent()) return;
    if (!evdevFds_.empty()) {
        pollEvdev(timeoutMs);
        return;
    }
    Uint32 start = SDL_GetTicks();
    for (;;) {
        int left = timeoutMs - int(SDL_GetTicks() - start);
        if (left <= 0) return;
        SDL_Delay(std::min(left, kFallbackSliceMs));
        if (sdlHasEvent()) return;
    }
}

}  // namespace kiosk::platform
