#pragma once
// Notices USB sticks coming and going under the mount root, with inotify. The board's mount
// helper (platform/package/libexec/usb-mount) drops a ".mounted-<name>" marker there once a
// stick is mounted and readable, since a mount itself makes no inotify event in the parent.
#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace kiosk::platform {

class MountWatch {
  public:
    MountWatch() = default;
    ~MountWatch();
    MountWatch(const MountWatch&) = delete;
    MountWatch& operator=(const MountWatch&) = delete;

    // Calls onChange (from its own thread) after each burst of changes in `root`.
    bool start(const std::string& root, std::function<void()> onChange);
    void stop();
    const std::string& error() const { return error_; }

  private:
    void run();
    int waitForEvents(int timeoutMs);
    int inotifyFd_ = -1;
    int stopPipe_[2] = {-1, -1};
    std::function<void()> onChange_;
    std::thread thread_;
    std::string error_;
};

}  // namespace kiosk::platform
