#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <optional>
#include <string>

#include "platform/service_notify.h"
#include "tests/unit/support/temp_files.h"

namespace kiosk::platform {
namespace {

// A fake systemd: a datagram socket in a temp folder, named by NOTIFY_SOCKET for the
// notifier. Restores the environment afterwards.
class FakeSystemd {
  public:
    explicit FakeSystemd(const char* watchdogUsec, std::string watchdogPid = "") {
        path_ = (dir_.path() / "notify").string();
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        REQUIRE(path_.size() < sizeof(addr.sun_path));
        std::strcpy(addr.sun_path, path_.c_str());
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
        ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
        if (watchdogUsec) {
            ::setenv("WATCHDOG_USEC", watchdogUsec, 1);
            if (watchdogPid.empty()) watchdogPid = std::to_string(::getpid());
            ::setenv("WATCHDOG_PID", watchdogPid.c_str(), 1);
        }
    }
    ~FakeSystemd() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
        ::close(fd_);
    }
    // The next datagram, or nothing when none is waiting.
    std::optional<std::string> next() {
        char buf[4096];
        ssize_t n = ::recv(fd_, buf, sizeof(buf), 0);
        if (n < 0) return std::nullopt;
        return std::string(buf, std::size_t(n));
    }

  private:
    test_support::TempDataDir dir_;
    std::string path_;
    int fd_ = -1;
};

struct SteadyClock {
    Millis now = 1000;
};

}  // namespace

TEST_CASE("outside systemd every call is a no-op") {
    ::unsetenv("NOTIFY_SOCKET");
    ::setenv("WATCHDOG_USEC", "10000000", 1);  // stray, without a socket: still no-op
    ServiceNotifier notifier;
    CHECK_FALSE(notifier.underSystemd());
    CHECK(notifier.heartbeatIntervalMs() == 0);
    notifier.ready();
    notifier.heartbeat();
    notifier.status("open");
    notifier.stopping();
    CHECK(notifier.sent() == 0);
    ::unsetenv("WATCHDOG_USEC");
}

TEST_CASE("under systemd: ready, status, stopping reach the notify socket") {
    FakeSystemd systemd(nullptr);
    ServiceNotifier notifier;
    CHECK(notifier.underSystemd());
    CHECK(notifier.heartbeatIntervalMs() == 0);
    notifier.ready();
    CHECK(systemd.next() == "READY=1");
    notifier.heartbeat();  // no watchdog configured: nothing
    CHECK(systemd.next() == std::nullopt);
    notifier.status("open until 18:00\nsecond line");
    CHECK(systemd.next() == "STATUS=open until 18:00");
    notifier.stopping();
    CHECK(systemd.next() == "STOPPING=1");
    CHECK(systemd.next() == std::nullopt);
    CHECK(notifier.sent() == 3);
}

TEST_CASE("the watchdog: half the interval to sleep, pings rate-limited") {
    FakeSystemd systemd("10000000");  // WatchdogSec=10
    SteadyClock clock;
    ServiceNotifier notifier([&clock] { return clock.now; });
    CHECK(notifier.heartbeatIntervalMs() == 5000);
    notifier.ready();
    CHECK(systemd.next() == "READY=1");
    CHECK(systemd.next() == "WATCHDOG=1");  // the first ping comes with readiness

    // A busy loop calls heartbeat() every frame; at most one ping per 2.5 s goes out.
    for (int frame = 0; frame < 100; ++frame) {
        clock.now += 16;
        notifier.heartbeat();
    }
    CHECK(systemd.next() == std::nullopt);
    clock.now = 1000 + 2500;
    notifier.heartbeat();
    CHECK(systemd.next() == "WATCHDOG=1");
    notifier.heartbeat();
    CHECK(systemd.next() == std::nullopt);

    // An idle loop wakes after heartbeatIntervalMs(): every wake pings.
    for (int wake = 0; wake < 3; ++wake) {
        clock.now += notifier.heartbeatIntervalMs();
        notifier.heartbeat();
        CHECK(systemd.next() == "WATCHDOG=1");
    }
}

TEST_CASE("a watchdog meant for another process is ignored") {
    FakeSystemd systemd("10000000", std::to_string(::getpid() + 1));
    ServiceNotifier notifier;
    CHECK(notifier.underSystemd());
    CHECK(notifier.heartbeatIntervalMs() == 0);
    notifier.heartbeat();
    CHECK(systemd.next() == std::nullopt);
}

}  // namespace kiosk::platform
