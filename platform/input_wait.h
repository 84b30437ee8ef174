#pragma once
// Sleeping until input or a deadline without burning the CPU. SDL 2.26's SDL_WaitEventTimeout
// busy-polls every millisecond on KMSDRM and offscreen, so the exhibit waits here instead.
#include <string>
#include <vector>

namespace kiosk::platform {

class InputWaiter {
  public:
    // driver: SDL's current video driver name ("kmsdrm", "x11", "offscreen", ...).
    explicit InputWaiter(std::string driver);
    ~InputWaiter();
    InputWaiter(const InputWaiter&) = delete;
    InputWaiter& operator=(const InputWaiter&) = delete;

    // Returns when an SDL event is queued or timeoutMs has passed (timeoutMs < 0: 1 s cap).
    void wait(int timeoutMs);
    std::size_t wakeups() const { return wakeups_; }
    const char* strategy() const;

  private:
    void openEvdevDevices();
    bool pollEvdev(int timeoutMs);
    bool sdlHasEvent();

    std::string driver_;
    std::vector<int> evdevFds_;
    std::size_t wakeups_ = 0;
};

}  // namespace kiosk::platform
