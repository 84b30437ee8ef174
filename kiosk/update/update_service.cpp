#include "kiosk/update/update_service.h"

#include <sstream>

#include "kiosk/core/iso_time.h"
#include "kiosk/usage/usage_report.h"
#include "platform/safe_folder.h"

namespace kiosk::update {
namespace fs = std::filesystem;

UpdateService::UpdateService(UpdaterConfig config, fs::path usageDataDir)
    : updater_(config), clock_(config.clock), usageDataDir_(std::move(usageDataDir)) {
    takeSnapshot();
    worker_ = std::thread([this] { run(); });
}

UpdateService::~UpdateService() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    worker_.join();
}

RecoveryReport UpdateService::recover() {
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !working_ && jobs_.empty(); });
        working_ = true;  // the worker keeps out while the store is repaired
    }
    RecoveryReport report = updater_.recover();
    takeSnapshot();
    {
        std::lock_guard lock(mutex_);
        working_ = false;
    }
    changed_.notify_all();
    return report;
}

int UpdateService::scanMountRoot(const fs::path& mountRoot) {
    std::set<fs::path> present;
    std::error_code ec;
    for (fs::directory_iterator it(mountRoot, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // the mount helper's markers
        if (it->is_directory(ec) && !it->is_symlink(ec)) present.insert(it->path());
    }
    int queued = 0;
    for (const auto& stick : present) {
        if (sticksSeen_.count(stick)) continue;
        enqueue([stick](Updater& updater) {
            return ServiceResult{updater.applyStick(stick), stick, {}};
        });
        ++queued;
    }
    sticksSeen_ = std::move(present);  // a stick pulled out is looked at again next time
    return queued;
}

void UpdateService::rollBack() {
    enqueue([](Updater& updater) { return ServiceResult{updater.rollBack(), {}, {}}; });
}

void UpdateService::exportTo(fs::path stick, std::string folder) {
    enqueue([stick, folder](Updater&) {
        ServiceResult done;
        done.result.outcome = UpdateResult::Outcome::ExportRequested;
        done.result.exportDir = stick / folder;
        done.stick = stick;
        return done;
    });
}

void UpdateService::enqueue(Job job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    changed_.notify_all();
}

void UpdateService::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [&] { return stopping_ || (!jobs_.empty() && !working_); });
        if (stopping_) return;
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        working_ = true;
        lock.unlock();
        ServiceResult done = job(updater_);
        if (done.result.outcome == UpdateResult::Outcome::ExportRequested)
            done = exportUsage(std::move(done));
        takeSnapshot();
        lock.lock();
        results_.push_back(std::move(done));
        working_ = false;
        changed_.notify_all();
        if (onFinished_) onFinished_();
    }
}

// The usage report as CSV into the folder the signed request (or the staff panel) names on
// the stick. The folder is reached from the stick's own folder one component at a time and
// the file put in place under that descriptor, so a link on the stick (into the content or
// the data folder) is refused, never written through.
ServiceResult UpdateService::exportUsage(ServiceResult done) const {
    const fs::path& stick = done.stick;
    fs::path relative = done.result.exportDir.lexically_relative(stick);
    if (stick.empty() || relative.empty() || *relative.begin() == "..") {
        done.exportNote = "the report was not written: " + done.result.exportDir.string() +
                          " is not on the stick";
        return done;
    }
    std::string error;
    auto files = usage::findUsageFiles(usageDataDir_);
    auto report = usage::summarize(files, {}, error);
    if (!report) {
        done.exportNote = "the usage log could not be read: " + error;
        return done;
    }
    Millis now = clock_ ? clock_->wallMs() : SystemClock().wallMs();
    std::string name = "usage-report-" + formatIsoDate(now) + ".csv";
    platform::SafeFolder folder = platform::SafeFolder::open(stick, false, error);
    if (folder.isOpen()) folder = folder.openBelow(relative.generic_string(), true, error);
    std::ostringstream csv;
    usage::writeCsv(*report, csv);
    if (!folder.isOpen() || !folder.replaceFile(name, csv.str(), error)) {
        done.exportNote = "the report was not written: " + error;
        return done;
    }
    done.exportNote = "usage report written to " + (done.result.exportDir / name).string();
    return done;
}

void UpdateService::takeSnapshot() {
    UpdateSnapshot snap{updater_.shown(), updater_.previousVersion(),
                        updater_.history().lastLines(8)};
    std::lock_guard lock(mutex_);
    snapshot_ = std::move(snap);
}

bool UpdateService::busy() const {
    std::lock_guard lock(mutex_);
    return working_ || !jobs_.empty();
}

void UpdateService::waitIdle() const {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !working_ && jobs_.empty(); });
}

std::vector<ServiceResult> UpdateService::takeResults() {
    std::lock_guard lock(mutex_);
    std::vector<ServiceResult> out;
    out.swap(results_);
    return out;
}

UpdateSnapshot UpdateService::snapshot() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
}

std::string describe(const ServiceResult& done) {
    const UpdateResult& r = done.result;
    switch (r.outcome) {
        case UpdateResult::Outcome::Installed:
            return "Content updated to version " + std::to_string(r.toVersion) + " (was " +
                   std::to_string(r.fromVersion) + ")";
        case UpdateResult::Outcome::RolledBack:
            return "Content rolled back to version " + std::to_string(r.toVersion) + " (was " +
                   std::to_string(r.fromVersion) + ")";
        case UpdateResult::Outcome::ExportRequested:
            return "Usage export: " + toValidUtf8(done.exportNote);  // names the stick
        case UpdateResult::Outcome::Refused:
            break;
    }
    std::string text =
        "Update refused (" + std::string(refusalName(r.refusal.code)) + "): " + r.refusal.reason;
    if (!r.contentProblems.empty()) text += ": " + r.contentProblems.front();
    return toValidUtf8(text) + ". The content shown is unchanged.";
}

}  // namespace kiosk::update
