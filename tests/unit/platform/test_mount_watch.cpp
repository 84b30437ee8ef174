// The USB mount root watch: a stick's folder and the mount helper's marker wake the exhibit.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>

#include "platform/mount_watch.h"
#include "tests/unit/support/emulator.h"
#include "tests/unit/support/temp_files.h"

using kiosk::platform::MountWatch;
using ::test_support::kUnderEmulator;

namespace {

struct Counter {
    std::mutex mutex;
    std::condition_variable changed;
    int calls = 0;
    void bump() {
        std::lock_guard lock(mutex);
        ++calls;
        changed.notify_all();
    }
    bool waitFor(int n, std::chrono::milliseconds limit = std::chrono::seconds(5)) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, limit, [&] { return calls >= n; });
    }
};

}  // namespace

TEST_CASE("a stick appearing under the mount root is reported, once per burst" *
          doctest::skip(kUnderEmulator)) {
    test_support::TempDataDir root;
    Counter counter;
    MountWatch watch;
    REQUIRE_MESSAGE(watch.start(root.path().string(), [&] { counter.bump(); }), watch.error());
    std::filesystem::create_directory(root.path() / "STICK");
    std::ofstream(root.path() / ".mounted-STICK") << "";
    REQUIRE(counter.waitFor(1));
    std::filesystem::remove_all(root.path() / "STICK");
    REQUIRE(counter.waitFor(2));
    watch.stop();
    int before = counter.calls;
    std::filesystem::create_directory(root.path() / "AFTER");
    CHECK_FALSE(counter.waitFor(before + 1, std::chrono::milliseconds(800)));  // stopped
}

TEST_CASE("a mount root that does not exist is an error, not a crash") {
    MountWatch watch;
    CHECK_FALSE(watch.start("/nonexistent/mediation-map", [] {}));
    CHECK(watch.error().find("/nonexistent/mediation-map") != std::string::npos);
}
