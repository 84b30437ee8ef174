#pragma once
// One line of the usage log. Records hold what was looked at and for how long, never who:
// no names, no free text, no device ids.
//   {"time":"2026-11-27T10:00:00.000Z","type":"card_open","kind":"event","id":"cairo-2021"}
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/clock.h"

namespace kiosk::usage {

enum class RecordType { VisitStart, VisitEnd, CardOpen, CardClose, Language, TourView };

std::string_view recordTypeName(RecordType type);  // "visit_start", as written in the log

struct UsageRecord {
    Millis time = 0;  // UTC
    RecordType type = RecordType::VisitStart;
    std::string kind{};     // card_open/card_close: "event", "actor" or "place"
    std::string id{};       // card_open/card_close: the item's id
    std::string code{};     // language: the language code
    std::string tour{};     // tour_view: the tour id
    Millis durationMs = 0;  // visit_end: the visit's length; card_close: the dwell
    int stopsSeen = 0;      // tour_view
};

// Ids and codes are cut to this length and to the characters [A-Za-z0-9._-], so a record
// stays small and can never carry free text.
inline constexpr std::size_t kMaxIdLength = 64;
std::string sanitizeId(std::string_view text);

// The record as one line of JSON, ending in "\n".
std::string toJsonLine(const UsageRecord& record);

// A line as written by toJsonLine (without its "\n"). Nothing for a torn or foreign line.
std::optional<UsageRecord> parseUsageLine(std::string_view line);

}  // namespace kiosk::usage
