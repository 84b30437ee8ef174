#include "kiosk/usage/usage_log.h"

#include <algorithm>
#include <system_error>

namespace kiosk::usage {
namespace {

constexpr std::uint64_t kMinFileBytes = 4096;  // far more than one record

UsageLogOptions clamped(UsageLogOptions options) {
    options.maxFileBytes = std::max(options.maxFileBytes, kMinFileBytes);
    options.keepFiles = std::max(options.keepFiles, 2);
    options.syncIntervalMs = std::max<Millis>(options.syncIntervalMs, 0);
    return options;
}

}  // namespace

std::filesystem::path usageFolder(const std::filesystem::path& dataDir) {
    return dataDir / "usage";
}

std::filesystem::path usageFile(const std::filesystem::path& folder, int generation) {
    if (generation == 0) return folder / "usage.jsonl";
    return folder / ("usage." + std::to_string(generation) + ".jsonl");
}

UsageLog::UsageLog(platform::SafeFolder dir, const Clock& clock, UsageLogOptions options)
    : folder_(dir.path()),
      dir_(std::move(dir)),
      clock_(clock),
      options_(clamped(options)),
      lastSyncSteady_(clock.steadyMs()) {}

std::unique_ptr<UsageLog> UsageLog::open(const std::filesystem::path& dataDir, const Clock& clock,
                                         std::string& error, UsageLogOptions options) {
    platform::SafeFolder data = platform::SafeFolder::openConfigured(dataDir, error);
    platform::SafeFolder folder;
    if (data.isOpen()) folder = data.openBelow(usageFolder({}).string(), true, error);
    if (!folder.isOpen()) return nullptr;
    std::unique_ptr<UsageLog> log(new UsageLog(std::move(folder), clock, options));
    if (!log->openCurrent()) {
        error = log->lastError_;
        return nullptr;
    }
    return log;
}

UsageLog::~UsageLog() {
    sync();
}

bool UsageLog::openCurrent() {
    if (!file_.open(dir_, usageFile({}, 0).string(), lastError_)) return false;
    // A power cut may have cut the last line short; the next record starts on its own line.
    tornTail_ = !file_.endsWithNewline();
    return true;
}

void UsageLog::visitStart() {
    write({.type = RecordType::VisitStart});
}

void UsageLog::visitEnd(Millis durationMs) {
    write({.type = RecordType::VisitEnd, .durationMs = durationMs});
}

void UsageLog::cardOpen(std::string_view kind, std::string_view id) {
    write({.type = RecordType::CardOpen, .kind = std::string(kind), .id = std::string(id)});
}

void UsageLog::cardClose(std::string_view kind, std::string_view id, Millis dwellMs) {
    write({.type = RecordType::CardClose,
           .kind = std::string(kind),
           .id = std::string(id),
           .durationMs = dwellMs});
}

void UsageLog::language(std::string_view code) {
    write({.type = RecordType::Language, .code = std::string(code)});
}

void UsageLog::tourView(std::string_view tour, int stopsSeen) {
    write({.type = RecordType::TourView, .tour = std::string(tour), .stopsSeen = stopsSeen});
}

void UsageLog::write(UsageRecord record) {
    record.time = clock_.wallMs();
    std::string line = toJsonLine(record);
    bool full = file_.size() > 0 && file_.size() + line.size() + 1 > options_.maxFileBytes;
    if ((full || !file_.isOpen()) && !rotate()) {
        ++dropped_;
        return;
    }
    if (tornTail_) line.insert(0, "\n");
    if (!file_.append(line, lastError_)) {
        tornTail_ = true;
        ++dropped_;
        return;
    }
    tornTail_ = false;
    unsynced_ = true;
    tick();
}

// Shifts every file one generation older, dropping the oldest, and starts a fresh one.
bool UsageLog::rotate() {
    sync();
    file_.close();
    for (int generation = options_.keepFiles - 1; generation > 0; --generation) {
        if (!dir_.renameIfPresent(usageFile({}, generation - 1).string(),
                                  usageFile({}, generation).string(), lastError_))
            return false;
    }
    if (!dir_.sync(lastError_)) return false;
    return openCurrent();
}

void UsageLog::tick() {
    if (unsynced_ && clock_.steadyMs() - lastSyncSteady_ >= options_.syncIntervalMs) sync();
}

void UsageLog::sync() {
    if (!unsynced_) return;
    if (file_.dataSync(lastError_)) {
        unsynced_ = false;
        ++syncs_;
    }
    lastSyncSteady_ = clock_.steadyMs();
}

}  // namespace kiosk::usage
