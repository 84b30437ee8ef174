#pragma once
// Telling systemd how the exhibit is doing (sd_notify): ready after the first frame, a
// watchdog heartbeat from the main loop, a one-line status. Outside systemd every call is a
// no-op, so the same binary runs from a terminal or the scenario runner.
#include <functional>
#include <string>

#include "kiosk/core/clock.h"

namespace kiosk::platform {

class ServiceNotifier {
  public:
    ServiceNotifier();
    // For tests: a monotonic clock in milliseconds instead of std::chrono::steady_clock.
    explicit ServiceNotifier(std::function<Millis()> steadyNow);
    bool underSystemd() const { return underSystemd_; }
    // The longest the main loop may sleep between heartbeats; 0 when there is no watchdog.
    Millis heartbeatIntervalMs() const { return heartbeatMs_; }
    void ready();
    void heartbeat();
    void status(const std::string& line);
    void stopping();
    // How many datagrams were sent; tests check the rate limit with it.
    int sent() const { return sent_; }

  private:
    void send(const std::string& message);

    bool underSystemd_ = false;
    Millis heartbeatMs_ = 0;
    std::function<Millis()> now_;
    Millis lastPing_ = 0;
    bool pinged_ = false;
    int sent_ = 0;
};

}  // namespace kiosk::platform
