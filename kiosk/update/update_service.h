#pragma once
// The updater for a running exhibit: jobs (a stick to look at, a rollback) run one at a time
// on a worker thread so the screen never freezes during a copy, and their results come back
// to the main loop. Sticks are the folders directly under the mount root (one per stick, as
// the board's USB mounting makes them); each is looked at once while it stays plugged in.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/update/updater.h"

namespace kiosk::update {

// What the staff panel shows, copied after each job so reading it never waits for one.
struct UpdateSnapshot {
    ShownContent shown;
    std::optional<std::int64_t> previousVersion;
    std::vector<std::string> history;  // the last history lines, oldest first
};

struct ServiceResult {
    UpdateResult result;
    std::filesystem::path stick;  // the stick it came from; empty for a staff rollback
    std::string exportNote;       // export requests: where the report went, or why not
};

class UpdateService {
  public:
    // usageDataDir: where the usage log lives, for export requests.
    UpdateService(UpdaterConfig config, std::filesystem::path usageDataDir);
    ~UpdateService();
    UpdateService(const UpdateService&) = delete;
    UpdateService& operator=(const UpdateService&) = delete;

    // At start, before the worker has anything to do: see Updater::recover().
    RecoveryReport recover();

    // Looks for sticks that appeared under mountRoot since the last call (and forgets those
    // that left); each new one is queued. Returns how many were queued.
    int scanMountRoot(const std::filesystem::path& mountRoot);
    void rollBack();
    // The staff panel's export: the usage report as CSV into the folder `folder` (one name)
    // on the stick `stick`, never through a link (see exportUsage).
    void exportTo(std::filesystem::path stick, std::string folder);
    // The sticks under the mount root at the last scan.
    const std::set<std::filesystem::path>& sticks() const { return sticksSeen_; }
    void setOnFinished(std::function<void()> wake) { onFinished_ = std::move(wake); }

    bool busy() const;
    void waitIdle() const;  // simulated time: finish before the next frame
    std::vector<ServiceResult> takeResults();
    UpdateSnapshot snapshot() const;

  private:
    using Job = std::function<ServiceResult(Updater&)>;
    void enqueue(Job job);
    void run();
    ServiceResult exportUsage(ServiceResult done) const;
    void takeSnapshot();

    Updater updater_;
    const Clock* clock_;  // dates the report's file name; the system clock when null
    std::filesystem::path usageDataDir_;
    std::function<void()> onFinished_;
    std::set<std::filesystem::path> sticksSeen_;

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::deque<Job> jobs_;
    bool working_ = false;
    bool stopping_ = false;
    std::vector<ServiceResult> results_;
    UpdateSnapshot snapshot_;
    std::thread worker_;
};

// A one-line message for the staff banner and the log.
std::string describe(const ServiceResult& done);

}  // namespace kiosk::update
