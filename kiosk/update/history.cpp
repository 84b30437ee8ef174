#include "kiosk/update/history.h"

#include <deque>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/core/iso_time.h"
#include "platform/fs_atomic.h"

namespace kiosk::update {
namespace fs = std::filesystem;

std::error_code UpdateHistory::append(const HistoryEntry& entry) const {
    nlohmann::ordered_json line = {{"time", formatIsoUtc(clock_.wallMs())}, {"event", entry.event}};
    if (entry.fromVersion) line["from"] = entry.fromVersion;
    if (entry.toVersion) line["to"] = entry.toVersion;
    for (const auto& [key, value] :
         {std::pair{"code", &entry.code}, std::pair{"reason", &entry.reason},
          std::pair{"package", &entry.package}, std::pair{"key", &entry.keyId},
          std::pair{"comment", &entry.comment}})
        if (!value->empty()) line[key] = *value;
    std::error_code ec;
    if (fs::file_size(file_, ec) > kRotateBytes && !ec) {
        fs::path old = file_;
        old.replace_extension(".1.jsonl");
        if ((ec = platform::renamePath(file_, old))) return ec;
    }
    // Comments and reasons may hold any bytes from a stick: replace invalid UTF-8, never throw.
    return platform::appendDurably(
        file_, line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

std::vector<std::string> UpdateHistory::lastLines(std::size_t count) const {
    std::ifstream in(file_);
    std::deque<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(std::move(line));
        if (lines.size() > count) lines.pop_front();
    }
    return {lines.begin(), lines.end()};
}

}  // namespace kiosk::update
