// exhibit.json: the exhibit's settings, read first because its languages govern every text.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "kiosk/content/collections.h"

namespace kiosk::content::detail {
namespace {

bool isLanguageCode(std::string_view code) {
    std::size_t letters = 0;
    while (letters < code.size() && code[letters] >= 'a' && code[letters] <= 'z') ++letters;
    if (letters < 2 || letters > 3) return false;
    std::string_view region = code.substr(letters);
    return region.empty() || (region[0] == '-' && region.size() > 1 &&
                              std::all_of(region.begin() + 1, region.end(), [](char c) {
                                  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                         (c >= '0' && c <= '9');
                              }));
}

// One of a few words ("draft", "reviewed"), or nullopt with a located error.
std::optional<std::string> readChoice(const ObjectReader& reader, std::string_view key,
                                      std::initializer_list<std::string_view> choices) {
    std::string expected;
    for (std::string_view choice : choices)
        expected += (expected.empty() ? "" : " or ") + inQuotes(choice);
    const JsonValue* value = reader.field(key, Need::Optional, expected);
    if (!value) return std::nullopt;
    if (value->isString() &&
        std::find(choices.begin(), choices.end(), value->asString()) != choices.end())
        return std::string(value->asString());
    std::string message = "expected " + expected + "; found " + describe(*value);
    if (value->isString())
        if (auto match = closestMatch(value->asString(), choices))
            message += " (did you mean " + inQuotes(*match) + "?)";
    reader.scope().error(JsonPath(reader.at(), key), message);
    return std::nullopt;
}

// "review", "reviewed_by", "reviewed_on" and "digits" (docs/content-format.md, Languages).
void readReviewAndDigits(const ObjectReader& reader, Language& language) {
    std::optional<std::string> review = readChoice(reader, "review", {"draft", "reviewed"});
    if (review)
        language.review = *review == "reviewed" ? Review::Reviewed : Review::Draft;
    else  // English is the original the others are translated from
        language.review = language.code == "en" ? Review::Reviewed : Review::Draft;
    if (reader.field("reviewed_by", Need::Optional, ""))
        language.reviewedBy = reader.shownPlain("reviewed_by", Need::Optional);
    language.reviewedOn = reader.date("reviewed_on", Need::Optional, true);
    bool signedOff = !language.reviewedBy.empty() || language.reviewedOn;
    if (review && language.review == Review::Draft && signedOff) {
        reader.scope().warning(JsonPath(reader.at(), "review"),
                               "this language is a \"draft\" but names a reviewer or a review "
                               "date; write \"review\": \"reviewed\" once it is signed off");
    }
    language.digits = readChoice(reader, "digits", {"latn", "arab"}).value_or("");
}

void readLanguage(const FileScope& scope, const JsonValue& item, const JsonPath& at,
                  std::vector<Language>& languages) {
    ObjectReader reader(scope, item, at, "language",
                        {"code", "name", "rtl", "review", "reviewed_by", "reviewed_on", "digits"});
    Language language;
    language.code = reader.plain("code", Need::Required);
    language.name = reader.shownPlain("name", Need::Required);
    language.rtl = reader.flag("rtl", false);
    readReviewAndDigits(reader, language);
    if (!reader.isObject() || language.code.empty()) return;
    JsonPath codePath(at, "code");
    if (!isLanguageCode(language.code)) {
        scope.error(codePath, "expected a language code like \"en\", \"ar\" or \"pt-BR\"; found " +
                                  inQuotes(language.code));
        return;  // left out, so every text does not also warn about it
    }
    for (const Language& earlier : languages) {
        if (earlier.code == language.code)
            scope.error(codePath, "the language " + inQuotes(language.code) + " is listed twice");
    }
    TextLedger& ledger = scope.ledger();
    ledger.languagePointer.emplace(language.code, at.pointer());
    if (ledger.glyphs) {
        if (std::string why = ledger.glyphs->languageProblem(language.code); !why.empty()) {
            scope.warning(codePath, why);
            ledger.uncovered.insert(language.code);
        }
    }
    languages.push_back(std::move(language));
}

void readLanguages(const ObjectReader& exhibit, ReadState& state) {
    std::vector<Language> languages;
    exhibit.forEach("languages", Need::Required,
                    "a list like [{\"code\": \"en\", \"name\": \"English\"}]",
                    [&](const JsonValue& item, const JsonPath& at, std::size_t) {
                        readLanguage(exhibit.scope(), item, at, languages);
                    });
    bool hasEnglish = std::any_of(languages.begin(), languages.end(),
                                  [](const Language& l) { return l.code == "en"; });
    JsonPath at(exhibit.at(), "languages");
    if (exhibit.field("languages", Need::Optional, "") && !hasEnglish) {
        exhibit.scope().error(at,
                              "English (\"en\") must be one of the languages; every text "
                              "falls back to it");
    }
    if (languages.size() > LanguageSet::kMaxLanguages) {
        exhibit.scope().error(at, "the exhibit can show at most " +
                                      std::to_string(LanguageSet::kMaxLanguages) +
                                      " languages; found " + std::to_string(languages.size()));
        languages.resize(LanguageSet::kMaxLanguages);
    }
    state.languages.assign(std::move(languages));
}

void readMap(const ObjectReader& exhibit, Settings& settings) {
    const JsonValue* value = exhibit.field("map", Need::Optional, "");
    if (!value) return;
    JsonPath at(exhibit.at(), "map");
    ObjectReader map(exhibit.scope(), *value, at, "map setting", {"center", "zoom"});
    settings.mapZoom = map.number("zoom", Need::Optional, 0, 22).value_or(settings.mapZoom);
    const JsonValue* center = map.field("center", Need::Required, "[latitude, longitude]");
    if (!center) return;
    JsonPath centerPath(at, "center");
    bool pair = center->isArray() && center->size() == 2 && (*center)[0].isNumber() &&
                (*center)[1].isNumber();
    double lat = pair ? (*center)[0].asDouble() : NAN, lon = pair ? (*center)[1].asDouble() : NAN;
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        std::string found = pair ? center->toNlohmann().dump() : describe(*center);
        exhibit.scope().error(centerPath,
                              "expected [latitude, longitude] with latitude from -90 to 90 and "
                              "longitude from -180 to 180; found " +
                                  found);
        return;
    }
    settings.mapLat = lat;
    settings.mapLon = lon;
}

void readTimeline(const ObjectReader& exhibit, Settings& settings) {
    std::optional<DateRange> timeline = exhibit.when("timeline", Need::Optional);
    if (!timeline) return;
    if (!timeline->end) {
        exhibit.scope().error(JsonPath(JsonPath(exhibit.at(), "timeline"), "end"),
                              "the timeline has no \"end\"; expected a date like 2021-05");
    }
    settings.timeline = *timeline;
}

void readSchedule(const ObjectReader& exhibit, Settings& settings) {
    const JsonValue* schedule = exhibit.field("schedule", Need::Optional, "");
    if (!schedule) return;
    if (!schedule->isObject()) {
        exhibit.scope().error(
            JsonPath(exhibit.at(), "schedule"),
            "expected the opening hours as an object {...}; found " + describe(*schedule));
        return;
    }
    settings.scheduleJson = schedule->toNlohmann().dump();  // depth is capped at parse time
}

void readDefaultLanguage(const ObjectReader& exhibit, const LanguageSet& languages,
                         Settings& settings) {
    if (!exhibit.field("default_language", Need::Optional, "")) return;
    std::string code = exhibit.plain("default_language", Need::Optional);
    if (code.empty()) return;
    if (!languages.find(code)) {
        exhibit.scope().error(
            JsonPath(exhibit.at(), "default_language"),
            "the default language " + inQuotes(code) + " is not one of the languages listed above");
        return;
    }
    settings.defaultLanguage = code;
}

}  // namespace

void readExhibit(const JsonValue& root, ReadState& state) {
    FileScope scope("exhibit.json", state);
    JsonPath top;
    ObjectReader exhibit(
        scope, root, top, "exhibit file",
        {"format", "version", "version_date", "title", "subtitle", "attract_prompt", "languages",
         "default_language", "map", "timeline", "idle_timeout_s", "schedule"});
    if (!exhibit.isObject()) return;
    readLanguages(exhibit, state);
    Settings& settings = state.builder.settings();
    settings.format = int(exhibit.whole("format", Need::Required, 1, 1).value_or(1));
    settings.version = exhibit.whole("version", Need::Required, 0, INT64_MAX).value_or(0);
    if (auto day = exhibit.date("version_date", Need::Required, true)) settings.versionDate = *day;
    settings.title = exhibit.text("title", Need::Required);
    settings.subtitle = exhibit.text("subtitle", Need::Optional);
    settings.attractPrompt = exhibit.text("attract_prompt", Need::Optional);
    settings.languages = state.languages.listed();
    readDefaultLanguage(exhibit, state.languages, settings);
    readMap(exhibit, settings);
    readTimeline(exhibit, settings);
    settings.idleTimeoutS =
        int(exhibit.whole("idle_timeout_s", Need::Optional, 15, 3600).value_or(90));
    readSchedule(exhibit, settings);
}

}  // namespace kiosk::content::detail
