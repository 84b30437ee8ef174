#include "kiosk/schedule/time_zone.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace kiosk::schedule {
namespace {

constexpr std::uintmax_t kMaxZoneFileBytes = 1 << 20;  // real zones are under 4 KB

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
           c == '_' || c == '+' || c == '-' || c == '.';
}

std::optional<std::string> readSmallFile(const std::filesystem::path& path, std::string& error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        error = "not found";
        return std::nullopt;
    }
    std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxZoneFileBytes) {
        error = ec ? "unreadable" : "too large for a time zone file";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
        error = "unreadable";
        return std::nullopt;
    }
    return bytes;
}

}  // namespace

std::filesystem::path systemZoneinfo() {
    const char* tzdir = std::getenv("TZDIR");
    return tzdir && *tzdir ? std::filesystem::path(tzdir) : std::filesystem::path(kSystemZoneinfo);
}

bool TimeZone::isValidName(std::string_view name) {
    if (name.empty() || name.size() > 255 || name.front() == '/' || name.back() == '/')
        return false;
    if (!std::all_of(name.begin(), name.end(), isNameChar)) return false;
    std::size_t start = 0;
    while (start <= name.size()) {  // every part between slashes: not empty, not "." or ".."
        std::size_t end = std::min(name.find('/', start), name.size());
        std::string_view part = name.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return name.find("..") == std::string_view::npos;
}

std::optional<TimeZone> TimeZone::load(std::string_view ianaName, std::string& error,
                                       const std::filesystem::path& zoneinfoRoot) {
    if (!isValidName(ianaName)) {
        error = "\"" + std::string(ianaName) +
                "\" is not a time zone name; expected a name like \"Europe/Berlin\"";
        return std::nullopt;
    }
    std::string why;
    std::optional<std::string> bytes = readSmallFile(zoneinfoRoot / ianaName, why);
    if (!bytes) {
        error = "there is no time zone \"" + std::string(ianaName) + "\" in " +
                zoneinfoRoot.string() + " (" + why + ")";
        return std::nullopt;
    }
    std::optional<TimeZone> zone = fromTzif(ianaName, *bytes, why);
    if (!zone) error = "the time zone file " + (zoneinfoRoot / ianaName).string() + ": " + why;
    return zone;
}

std::optional<TimeZone> TimeZone::fromTzif(std::string_view ianaName, std::string_view bytes,
                                           std::string& error) {
    std::optional<detail::TzifData> data = detail::parseTzif(bytes, error);
    if (!data) return std::nullopt;
    TimeZone zone;
    zone.name_ = ianaName;
    if (!data->footer.empty()) {
        zone.rule_ = PosixTz::parse(data->footer);
        if (!zone.rule_) {
            error = "its rule for future years (\"" + data->footer + "\") is not understood";
            return std::nullopt;
        }
    }
    zone.data_ = std::move(*data);
    return zone;
}

TimeZone TimeZone::utc() {
    TimeZone zone;
    zone.name_ = "UTC";
    zone.data_.types.push_back({0, false});
    return zone;
}

PosixOffset TimeZone::offsetAt(std::int64_t utcSeconds) const {
    const std::vector<std::int64_t>& times = data_.transitions;
    if (rule_ && (times.empty() || utcSeconds > times.back())) return rule_->at(utcSeconds);
    auto after = std::upper_bound(times.begin(), times.end(), utcSeconds);
    // Before the first transition the first type applies (RFC 8536, 3.2).
    std::size_t type =
        after == times.begin() ? 0 : data_.transitionTypes[std::size_t(after - times.begin() - 1)];
    return {data_.types[type].utcOffset, data_.types[type].dst};
}

LocalTime TimeZone::toLocal(Millis utc) const {
    std::int64_t utcSeconds = floorDiv(utc, 1000);
    PosixOffset offset = offsetAt(utcSeconds);
    std::int64_t localSeconds = utcSeconds + offset.utcOffset;
    std::int64_t day = floorDiv(localSeconds, kSecondsPerDay);
    LocalDate date = LocalDate::fromDayNumber(day);
    LocalTime local;
    local.year = date.year;
    local.month = date.month;
    local.day = date.day;
    local.weekday = date.weekday();
    local.minuteOfDay = int((localSeconds - day * kSecondsPerDay) / 60);
    local.utcOffsetSeconds = offset.utcOffset;
    local.dst = offset.dst;
    return local;
}

Millis TimeZone::fromLocal(const LocalDate& date, int minuteOfDay) const {
    std::int64_t local = date.dayNumber() * kSecondsPerDay + std::int64_t(minuteOfDay) * 60;
    // The offsets a day either side bracket any change near this minute.
    int before = offsetAt(local - kSecondsPerDay).utcOffset;
    int after = offsetAt(local + kSecondsPerDay).utcOffset;
    std::optional<std::int64_t> best;
    for (int offset : {before, after}) {
        std::int64_t candidate = local - offset;
        if (offsetAt(candidate).utcOffset == offset && (!best || candidate < *best))
            best = candidate;
    }
    if (best) return *best * 1000;
    // In the gap: the clocks jumped from `before` to `after` somewhere in between.
    return gapEnd(local - after, local - before, before) * 1000;
}

// The first second in (from, to] whose offset is no longer offsetBefore.
std::int64_t TimeZone::gapEnd(std::int64_t from, std::int64_t to, int offsetBefore) const {
    if (from >= to) return to;
    while (to - from > 1) {
        std::int64_t middle = from + (to - from) / 2;
        if (offsetAt(middle).utcOffset == offsetBefore)
            from = middle;
        else
            to = middle;
    }
    return to;
}

}  // namespace kiosk::schedule
