#pragma once
// Telling systemd how the exhibit is doing (sd_notify): ready after the first frame, a
// watchdog heartbeat from the main loop, a one-line status. Outside systemd every call is a
// no-op, so the same binary runs from a terminal or the scenario runner.
#include <string>

#include "kiosk/core/clock.h"

namespace kiosk::platform {

class ServiceNotifier {
  public:
    ServiceNotifier();
    bool underSystemd() const { return underSystemd_; }
    // The longest the main loop may sleep between heartbeats; 0 when there is no watchdog.
    Millis heartbeatIntervalMs() const { return heartbeatMs_; }
    void ready();
    void heartbeat();
    void status(const std::string& line);
    void stopping();

  private:
    bool underSystemd_ = false;
    Millis heartbeatMs_ = 0;
};

}  // namespace kiosk::platform
