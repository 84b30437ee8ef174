#pragma once
// The update history: one JSON object a line in data/history.jsonl, appended and fsynced, so
// staff (and the lead's staff panel) can see what was installed, refused or rolled back, and why.
#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "kiosk/core/clock.h"

namespace kiosk::update {

struct HistoryEntry {
    std::string event;  // "installed", "refused", "rolled-back", "export-requested", "recovered"
    std::int64_t fromVersion = 0;
    std::int64_t toVersion = 0;
    std::string code;     // refusalName() when refused
    std::string reason;   // for staff
    std::string package;  // the package folder, when there was one
    std::string keyId;    // the key that signed it
    std::string comment;  // the trusted comment
};

class UpdateHistory {
  public:
    static constexpr std::uintmax_t kRotateBytes = 1024 * 1024;  // then history.1.jsonl

    UpdateHistory(std::filesystem::path file, const Clock& clock)
        : file_(std::move(file)), clock_(clock) {}
    std::error_code append(const HistoryEntry& entry) const;
    // The last `count` lines, oldest first.
    std::vector<std::string> lastLines(std::size_t count) const;
    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
    const Clock& clock_;
};

}  // namespace kiosk::update
