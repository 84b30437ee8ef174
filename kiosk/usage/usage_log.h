#pragma once
// The visitor usage log: append-only JSON Lines under <data-dir>/usage/, one record per
// event (see usage_record.h). Each record reaches the kernel with one write(2) as it happens;
// fdatasync runs at most every syncIntervalMs (and from tick()), so a power cut loses at most
// the last few seconds. The files rotate by size: usage.jsonl -> usage.1.jsonl -> ... ->
// usage.<keepFiles-1>.jsonl, the oldest dropped, so the log never takes more than
// keepFiles * maxFileBytes. A failing disk never stops the exhibit: records are dropped and
// counted, and lastError() says why.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "kiosk/core/clock.h"
#include "kiosk/usage/posix_file.h"
#include "kiosk/usage/usage_record.h"

namespace kiosk::usage {

struct UsageLogOptions {
    std::uint64_t maxFileBytes = 1 << 20;  // at least 4096
    int keepFiles = 8;                     // at least 2: the current file and one older
    Millis syncIntervalMs = 5000;
};

// <dataDir>/usage, where the log and its rotated files live.
std::filesystem::path usageFolder(const std::filesystem::path& dataDir);
// usage.jsonl for 0, usage.<n>.jsonl for older files.
std::filesystem::path usageFile(const std::filesystem::path& folder, int generation);

class UsageLog {
  public:
    // Creates the folder if needed and opens the current file; a link in place of the folder
    // or a file is refused (the log never writes outside dataDir/usage). The clock must outlive the
    // log: record times come from wallMs(), sync timing from steadyMs().
    static std::unique_ptr<UsageLog> open(const std::filesystem::path& dataDir, const Clock& clock,
                                          std::string& error, UsageLogOptions options = {});
    ~UsageLog();  // syncs what is unsynced

    void visitStart();
    void visitEnd(Millis durationMs);
    void cardOpen(std::string_view kind, std::string_view id);
    void cardClose(std::string_view kind, std::string_view id, Millis dwellMs);
    void language(std::string_view code);
    void tourView(std::string_view tour, int stopsSeen);

    // Call regularly (every frame is fine): syncs records that have waited syncIntervalMs.
    void tick();
    // Syncs now, e.g. before a planned shutdown.
    void sync();

    const std::string& lastError() const { return lastError_; }  // empty while all is well
    int droppedRecords() const { return dropped_; }
    int syncCount() const { return syncs_; }  // fdatasync calls that succeeded
    const std::filesystem::path& folder() const { return folder_; }

  private:
    UsageLog(platform::SafeFolder dir, const Clock& clock, UsageLogOptions options);
    bool openCurrent();
    void write(UsageRecord record);
    bool rotate();

    std::filesystem::path folder_;
    platform::SafeFolder dir_;  // folder_, opened once: every file is reached through it
    const Clock& clock_;
    UsageLogOptions options_;
    AppendFile file_;
    bool unsynced_ = false;
    bool tornTail_ = false;  // the last write stopped midway: start the next on a fresh line
    Millis lastSyncSteady_ = 0;
    int dropped_ = 0;
    int syncs_ = 0;
    std::string lastError_;
};

}  // namespace kiosk::usage
