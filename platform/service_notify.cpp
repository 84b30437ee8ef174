#include "platform/service_notify.h"

#include <systemd/sd-daemon.h>

#include <chrono>
#include <cstdlib>

namespace kiosk::platform {
namespace {

Millis steadyMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

ServiceNotifier::ServiceNotifier() : ServiceNotifier(steadyMs) {}

ServiceNotifier::ServiceNotifier(std::function<Millis()> steadyNow) : now_(std::move(steadyNow)) {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    underSystemd_ = socket && *socket;
    if (!underSystemd_) return;
    // Only when WATCHDOG_PID is ours (or unset): a child started from the service keeps quiet.
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) heartbeatMs_ = Millis(usec / 2000);
}

void ServiceNotifier::send(const std::string& message) {
    if (!underSystemd_) return;
    if (sd_notify(0, message.c_str()) > 0) ++sent_;
}

void ServiceNotifier::ready() {
    send("READY=1");
    if (heartbeatMs_ > 0) heartbeat();
}

// The loop calls this after every update, which may be hundreds of times a second while
// something moves; one ping per quarter watchdog interval is plenty. The loop sleeps at most
// heartbeatIntervalMs() (half the interval), so pings are never more than 3/4 apart.
void ServiceNotifier::heartbeat() {
    if (heartbeatMs_ <= 0) return;
    Millis now = now_();
    if (pinged_ && now - lastPing_ < heartbeatMs_ / 2) return;
    pinged_ = true;
    lastPing_ = now;
    send("WATCHDOG=1");
}

void ServiceNotifier::status(const std::string& line) {
    // One line only: a newline would start another assignment in the datagram.
    std::string clean = line.substr(0, line.find('\n'));
    send("STATUS=" + clean);
}

void ServiceNotifier::stopping() {
    send("STOPPING=1");
}

}  // namespace kiosk::platform
