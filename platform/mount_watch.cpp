#include "platform/mount_watch.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk::platform {

MountWatch::~MountWatch() {
    stop();
}

bool MountWatch::start(const std::string& root, std::function<void()> onChange) {
    stop();
    inotifyFd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (inotifyFd_ < 0) {
        error_ = std::string("inotify: ") + std::strerror(errno);
        return false;
    }
    constexpr uint32_t kEvents = IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM |
                                 IN_CLOSE_WRITE | IN_ATTRIB | IN_ONLYDIR;
    if (inotify_add_watch(inotifyFd_, root.c_str(), kEvents) < 0 ||
        pipe2(stopPipe_, O_CLOEXEC) != 0) {
        error_ = root + ": " + std::strerror(errno);
        stop();
        return false;
    }
    onChange_ = std::move(onChange);
    thread_ = std::thread([this] { run(); });
    return true;
}

// Waits for inotify events: 1 when some are there, 0 on timeout, -1 when asked to stop.
int MountWatch::waitForEvents(int timeoutMs) {
    for (;;) {
        pollfd fds[2] = {{inotifyFd_, POLLIN, 0}, {stopPipe_[0], POLLIN, 0}};
        int n = poll(fds, 2, timeoutMs);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 || fds[1].revents) return -1;
        return n == 0 ? 0 : 1;
    }
}

void MountWatch::run() {
    char buffer[4096];
    // One read per readable poll: it never blocks, whatever the fd's flags (qemu-user, say).
    while (waitForEvents(-1) == 1) {
        if (read(inotifyFd_, buffer, sizeof buffer) < 0 && errno != EAGAIN) return;
        // A stick arrives as a burst (folder, marker); let it settle into one look.
        int more;
        while ((more = waitForEvents(300)) == 1)
            if (read(inotifyFd_, buffer, sizeof buffer) < 0 && errno != EAGAIN) return;
        if (more < 0) return;
        onChange_();
    }
}

void MountWatch::stop() {
    if (thread_.joinable()) {
        char c = 1;
        if (write(stopPipe_[1], &c, 1) < 0) {
        }
        thread_.join();
    }
    for (int* fd : {&inotifyFd_, &stopPipe_[0], &stopPipe_[1]}) {
        if (*fd >= 0) close(*fd);
        *fd = -1;
    }
}

}  // namespace kiosk::platform
