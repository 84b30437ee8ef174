// ObjectReader: reading the fields of one object of a known kind, each at its own path.
#include <algorithm>
#include <cmath>
#include <utility>

#include "kiosk/content/reader.h"

namespace kiosk::content::detail {
namespace {

std::string rangeText(double min, double max) {
    auto number = [](double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (s.back() == '.') s.pop_back();
        return s;
    };
    return number(min) + " to " + number(max);
}

}  // namespace

std::optional<std::string_view> foreignFieldMatch(std::string_view key,
                                                  std::initializer_list<std::string_view> known) {
    // TimelineJS3 (timeline.knightlab.com/docs/json-format.html) and TimeMap's item fields.
    static constexpr std::pair<std::string_view, std::string_view> kMeaning[] = {
        {"start_date", "when"}, {"end_date", "when"},    {"display_date", "when"},
        {"start", "when"},      {"end", "when"},         {"headline", "title"},
        {"text", "summary"},    {"unique_id", "id"},     {"group", "track"},
        {"point", "places"},    {"description", "body"}, {"credit", "sources"},
    };
    for (auto [foreign, ours] : kMeaning)
        if (key == foreign && std::find(known.begin(), known.end(), ours) != known.end())
            return ours;
    return std::nullopt;
}

ObjectReader::ObjectReader(const FileScope& scope, const JsonValue& value, const JsonPath& at,
                           std::string_view what, std::initializer_list<std::string_view> known)
    : scope_(scope), at_(at), what_(what) {
    if (!value.isObject()) {
        scope.error(at, "expected " + withArticle(what) + " written as an object {...}; found " +
                            describe(value));
        return;
    }
    object_ = &value;
    warnUnknownFields(known);
}

void ObjectReader::warnUnknownFields(std::initializer_list<std::string_view> known) const {
    for (const JsonMember& member : object_->members()) {
        std::string_view key = member.key;
        if (key == "$comment" || std::find(known.begin(), known.end(), key) != known.end())
            continue;
        std::string message = "unknown field " + inQuotes(key) + " in this " + std::string(what_);
        auto match = closestMatch(key, known);
        if (!match) match = foreignFieldMatch(key, known);
        if (match) message += " (did you mean " + inQuotes(*match) + "?)";
        scope_.warning(JsonPath(at_, key), message + "; the exhibit ignores it");
    }
}

const JsonValue* ObjectReader::field(std::string_view key, Need need,
                                     std::string_view expected) const {
    if (!object_) return nullptr;
    if (const JsonValue* value = object_->find(key)) return value;
    if (need == Need::Required)
        scope_.error(JsonPath(at_, key), "this " + std::string(what_) + " has no " + inQuotes(key) +
                                             "; expected " + std::string(expected));
    return nullptr;
}

std::string ObjectReader::id() const {
    const JsonValue* value = field("id", Need::Required, "an id like \"cairo-dialogue-2021\"");
    if (!value) return {};
    JsonPath path(at_, "id");
    if (!value->isString()) {
        scope_.error(path, "expected an id like \"cairo-dialogue-2021\" in quotes; found " +
                               describe(*value));
        return {};
    }
    std::string_view id = value->asString();
    if (!isValidId(id)) scope_.error(path, explainBadId(id));
    return std::string(id);
}

Text ObjectReader::text(std::string_view key, Need need) const {
    const JsonValue* value = field(key, need, kTextExpectation);
    return value ? readText(scope_, *value, JsonPath(at_, key)) : Text{};
}

std::string ObjectReader::plain(std::string_view key, Need need) const {
    const JsonValue* value = field(key, need, "a text in quotes");
    if (!value) return {};
    JsonPath path(at_, key);
    if (!value->isString()) {
        scope_.error(path, "expected a text in quotes; found " + describe(*value));
        return {};
    }
    std::string_view s = value->asString();
    if (s.find_first_not_of(" \t\r\n") == std::string_view::npos)
        scope_.error(path, "this text is empty; write it, or remove the field");
    return std::string(s);
}

std::string ObjectReader::shownPlain(std::string_view key, Need need) const {
    std::string s = plain(key, need);
    if (std::string why = controlCharacterProblem(s); !why.empty() && !s.empty())
        scope_.error(JsonPath(at_, key), why);
    return s;
}

std::optional<double> ObjectReader::number(std::string_view key, Need need, double min,
                                           double max) const {
    auto expected = [&] { return "a number from " + rangeText(min, max); };
    const JsonValue* value = lazyField(key, need, expected);
    if (!value) return std::nullopt;
    double v = value->isNumber() ? value->asDouble() : NAN;
    if (!(v >= min && v <= max)) {  // also refuses NaN and infinities
        scope_.error(JsonPath(at_, key), "expected " + expected() + "; found " + describe(*value));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> ObjectReader::whole(std::string_view key, Need need, std::int64_t min,
                                                std::int64_t max) const {
    auto expected = [&] {
        return min == max ? "the number " + std::to_string(min)
               : max == INT64_MAX
                   ? "a whole number of at least " + std::to_string(min)
                   : "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    };
    const JsonValue* value = lazyField(key, need, expected);
    if (!value) return std::nullopt;
    std::optional<std::int64_t> whole = value->asInt64();
    if (!whole || *whole < min || *whole > max) {
        scope_.error(JsonPath(at_, key), "expected " + expected() + "; found " + describe(*value));
        return std::nullopt;
    }
    return whole;
}

bool ObjectReader::flag(std::string_view key, bool fallback) const {
    const JsonValue* value = field(key, Need::Optional, "");
    if (!value) return fallback;
    if (!value->isBool()) {
        scope_.error(JsonPath(at_, key), "expected true or false; found " + describe(*value));
        return fallback;
    }
    return value->asBool();
}

std::optional<DatePoint> ObjectReader::date(std::string_view key, Need need,
                                            bool dayRequired) const {
    const JsonValue* value =
        field(key, need, dayRequired ? "a day like 2026-11-27" : "a date like 2021-02-15");
    return value ? readDate(scope_, *value, JsonPath(at_, key), dayRequired) : std::nullopt;
}

std::optional<DateRange> ObjectReader::when(std::string_view key, Need need) const {
    const JsonValue* value = field(key, need, "a date object like {\"start\": \"2021-02-04\"}");
    return value ? readDateRange(scope_, *value, JsonPath(at_, key)) : std::nullopt;
}

std::string ObjectReader::ref(std::string_view key, Need need, const IdIndex& targets) const {
    const JsonValue* value =
        lazyField(key, need, [&] { return "the id of " + withArticle(targets.kind); });
    return value ? readReference(scope_, *value, JsonPath(at_, key), targets) : std::string();
}

const JsonValue* ObjectReader::array(std::string_view key, Need need,
                                     std::string_view expected) const {
    const JsonValue* value = field(key, need, expected);
    if (value && !value->isArray()) {
        scope_.error(JsonPath(at_, key),
                     "expected " + std::string(expected) + "; found " + describe(*value));
        return nullptr;
    }
    return value;
}

std::vector<std::string> ObjectReader::refs(std::string_view key, Need need,
                                            const IdIndex& targets) const {
    auto expected = [&] { return "a list of " + targets.kind + " ids like [\"...\"]"; };
    std::vector<std::string> ids;
    const JsonValue* list = lazyArray(key, need, expected);
    if (!list) return ids;
    if (list->empty() && need == Need::Required)
        scope_.error(JsonPath(at_, key), "this " + std::string(what_) + " needs at least one " +
                                             targets.kind + "; expected " + expected() +
                                             "; found an empty list []");
    ids.reserve(list->size());
    JsonPath listPath(at_, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string id = readReference(scope_, (*list)[i], JsonPath(listPath, i), targets);
        if (!id.empty()) ids.push_back(std::move(id));
    }
    return ids;
}

}  // namespace kiosk::content::detail
