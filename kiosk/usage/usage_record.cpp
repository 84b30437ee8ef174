#include "kiosk/usage/usage_record.h"

#include <array>
#include <nlohmann/json.hpp>

#include "kiosk/core/iso_time.h"

namespace kiosk::usage {
namespace {

using Json = nlohmann::json;

constexpr std::array<std::string_view, 6> kTypeNames = {"visit_start", "visit_end", "card_open",
                                                        "card_close",  "language",  "tour_view"};

std::optional<RecordType> typeFromName(std::string_view name) {
    for (std::size_t i = 0; i < kTypeNames.size(); ++i)
        if (kTypeNames[i] == name) return RecordType(i);
    return std::nullopt;
}

bool isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

void addFields(const UsageRecord& record, Json& line) {
    switch (record.type) {
        case RecordType::VisitStart:
            break;
        case RecordType::VisitEnd:
            line["duration_ms"] = record.durationMs;
            break;
        case RecordType::CardOpen:
        case RecordType::CardClose:
            line["kind"] = sanitizeId(record.kind);
            line["id"] = sanitizeId(record.id);
            if (record.type == RecordType::CardClose) line["dwell_ms"] = record.durationMs;
            break;
        case RecordType::Language:
            line["code"] = sanitizeId(record.code);
            break;
        case RecordType::TourView:
            line["tour"] = sanitizeId(record.tour);
            line["stops_seen"] = record.stopsSeen;
            break;
    }
}

std::string stringField(const Json& line, const char* key) {
    auto found = line.find(key);
    return found != line.end() && found->is_string() ? sanitizeId(found->get<std::string>()) : "";
}

std::int64_t numberField(const Json& line, const char* key) {
    auto found = line.find(key);
    return found != line.end() && found->is_number_integer() ? found->get<std::int64_t>() : 0;
}

}  // namespace

std::string_view recordTypeName(RecordType type) {
    return kTypeNames.at(std::size_t(type));
}

std::string sanitizeId(std::string_view text) {
    std::string out;
    for (char c : text.substr(0, kMaxIdLength)) out += isIdChar(c) ? c : '_';
    return out;
}

std::string toJsonLine(const UsageRecord& record) {
    Json line = Json::object();
    line["time"] = formatIsoUtc(record.time);
    line["type"] = recordTypeName(record.type);
    addFields(record, line);
    return line.dump() + "\n";
}

std::optional<UsageRecord> parseUsageLine(std::string_view text) {
    Json line = Json::parse(text, nullptr, false);
    if (line.is_discarded() || !line.is_object()) return std::nullopt;
    auto time = line.find("time");
    auto type = line.find("type");
    if (time == line.end() || !time->is_string() || type == line.end() || !type->is_string())
        return std::nullopt;
    std::optional<ParsedTime> parsed = parseIsoTime(time->get<std::string>());
    std::optional<RecordType> recordType = typeFromName(type->get<std::string>());
    if (!parsed || !parsed->hadOffset || !recordType) return std::nullopt;
    UsageRecord record;
    record.time = parsed->utcMs;
    record.type = *recordType;
    record.kind = stringField(line, "kind");
    record.id = stringField(line, "id");
    record.code = stringField(line, "code");
    record.tour = stringField(line, "tour");
    const char* duration = record.type == RecordType::CardClose ? "dwell_ms" : "duration_ms";
    record.durationMs = numberField(line, duration);
    record.stopsSeen = int(numberField(line, "stops_seen"));
    return record;
}

}  // namespace kiosk::usage
