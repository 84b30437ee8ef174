// The value readers and wording helpers shared by every collection reader.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "kiosk/content/collections.h"
#include "kiosk/content/dates.h"
#include "kiosk/content/json_positions.h"
#include "kiosk/content/reader.h"
#include "kiosk/core/utf8.h"

namespace kiosk::content::detail {
namespace {

constexpr std::size_t kMaxQuoted = 40;

bool isBlank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// "Hamas Movement" -> "hamas-movement": what the editor probably meant as an id.
std::string idFromName(std::string_view name) {
    std::string id;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            id += c;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

std::string describeNumber(const JsonValue& value) {
    if (value.kind() == JsonValue::Kind::Float) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.10g", value.asDouble());
        return std::string("the number ") + buf;
    }
    if (auto whole = value.asInt64()) return "the number " + std::to_string(*whole);
    return "the number " + value.toNlohmann().dump();
}

std::string languageLabel(const LanguageSet& languages, std::string_view code) {
    const Language* language = languages.find(code);
    std::string name = language && !language->name.empty() ? language->name : "";
    return name.empty() ? inQuotes(code) : name + " (" + inQuotes(code) + ")";
}

// Every listed language a text lacks, once the text's own languages are marked in `present`.
// Missing translations go to the ledger: load.cpp lists the first few and sums up the rest.
// Which listed languages a text has: on the stack for up to 16 (one allocation per text was
// a measurable part of reading 10,000 events), on the heap beyond.
class LanguageFlags {
  public:
    explicit LanguageFlags(std::size_t count) : heap_(count > kInline ? count : 0) {}
    void set(std::size_t i) {
        if (heap_.empty())
            inline_[i] = true;
        else
            heap_[i] = true;
    }
    bool operator[](std::size_t i) const { return heap_.empty() ? inline_[i] : bool(heap_[i]); }

  private:
    static constexpr std::size_t kInline = 16;
    std::array<bool, kInline> inline_{};
    std::vector<bool> heap_;
};

void checkTranslations(const FileScope& scope, const JsonPath& at, const LanguageFlags& present) {
    const std::vector<Language>& listed = scope.languages().listed();
    ++scope.ledger().texts;
    for (std::size_t i = 0; i < listed.size(); ++i) {
        if (present[i]) continue;
        if (listed[i].code == "en") {
            scope.error(at, "this text has no English (\"en\"); English must always be complete");
            continue;
        }
        MissingTexts& missing = scope.ledger().missing[listed[i].code];
        if (missing.listed.size() < MissingTexts::kMaxKept)
            missing.listed.push_back(
                {Problem::Severity::Warning, scope.file(), 0, 0, at.pointer(), ""});
        ++missing.count;
    }
}

}  // namespace

void forgetText(const FileScope& scope, const JsonPath& at, const Text& same) {
    TextLedger& ledger = scope.ledger();
    --ledger.texts;
    std::string pointer = at.pointer();
    for (const Language& language : scope.languages().listed()) {
        if (same.byLanguage.count(language.code)) continue;
        auto it = ledger.missing.find(language.code);
        if (it == ledger.missing.end()) continue;
        --it->second.count;
        if (!it->second.listed.empty() && it->second.listed.back().path == pointer)
            it->second.listed.pop_back();
    }
}

namespace {

// The text without its explicit bidi formatting characters (U+202A-202E, U+2066-2069).
std::string withoutBidiControls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // All nine are three bytes in UTF-8: E2 80 AA-AE and E2 81 A6-A9.
        auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
        if (i + 2 < text.size() && b(0) == 0xE2 &&
            ((b(1) == 0x80 && b(2) >= 0xAA && b(2) <= 0xAE) ||
             (b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9))) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

// Warnings about one text in one language, which is stored as returned: a text whose bidi
// controls do not pair up is shown without them, since an unclosed override would turn the
// rest of its line backwards on screen.
std::string checkShownText(const FileScope& scope, const JsonPath& at, std::string_view code,
                           std::string_view text) {
    std::string shown(text);
    if (std::string why = bidiControlProblem(text); !why.empty()) {
        scope.warning(at, why + " (the exhibit shows this text without its bidi controls)");
        shown = withoutBidiControls(text);
    }
    const TextLedger& ledger = scope.ledger();
    if (!ledger.glyphs || ledger.uncovered.count(code)) return shown;
    if (std::string why = ledger.glyphs->textProblem(text); !why.empty()) scope.warning(at, why);
    return shown;
}

}  // namespace

std::string JsonPath::pointer() const {
    std::vector<const JsonPath*> chain;
    for (const JsonPath* p = this; p && p->parent_; p = p->parent_) chain.push_back(p);
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if ((*it)->isIndex_)
            appendPointerIndex(out, (*it)->index_);
        else
            appendPointerKey(out, (*it)->key_);
    }
    return out;
}

void LanguageSet::assign(std::vector<Language> languages) {
    bool hasEnglish = std::any_of(languages.begin(), languages.end(),
                                  [](const Language& l) { return l.code == "en"; });
    if (!hasEnglish)
        languages.insert(languages.begin(),
                         Language{"en", "English", false, Review::Reviewed, {}, {}, {}});
    listed_ = std::move(languages);
    index_.clear();
    for (std::size_t i = 0; i < listed_.size(); ++i) index_.emplace(listed_[i].code, i);
}

std::optional<std::size_t> LanguageSet::indexOf(std::string_view code) const {
    auto it = index_.find(code);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

const Language* LanguageSet::find(std::string_view code) const {
    auto index = indexOf(code);
    return index ? &listed_[*index] : nullptr;
}

void ProblemLog::add(Problem problem) {
    if (listed.size() < kMaxListed) {
        listed.push_back(std::move(problem));
        return;
    }
    (problem.severity == Problem::Severity::Error ? unlistedErrors : unlistedWarnings)++;
}

bool ProblemLog::hasErrors() const {
    return unlistedErrors > 0 || std::any_of(listed.begin(), listed.end(), [](const Problem& p) {
               return p.severity == Problem::Severity::Error;
           });
}

FileScope::FileScope(std::string file, ReadState& state)
    : file_(std::move(file)),
      problems_(state.problems),
      languages_(state.languages),
      catalog_(state.catalog),
      ledger_(state.ledger) {}

void FileScope::error(const JsonPath& at, std::string message) const {
    problems_.add({Problem::Severity::Error, file_, 0, 0, at.pointer(), std::move(message)});
}

void FileScope::warning(const JsonPath& at, std::string message) const {
    problems_.add({Problem::Severity::Warning, file_, 0, 0, at.pointer(), std::move(message)});
}

std::string inQuotes(std::string_view s) {
    std::string out = "\"";
    std::size_t taken = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool startsCharacter = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        if (startsCharacter && ++taken > kMaxQuoted) return out + "...\"";
        out += s[i];
    }
    return out + "\"";
}

std::string describe(const JsonValue& value) {
    switch (value.kind()) {
        case JsonValue::Kind::String:
            return "the text " + inQuotes(value.asString());
        case JsonValue::Kind::Bool:
            return value.asBool() ? "true" : "false";
        case JsonValue::Kind::Null:
            return "null";
        case JsonValue::Kind::Array:
            if (value.empty()) return "an empty list []";
            return "a list of " + std::to_string(value.size()) +
                   (value.size() == 1 ? " item" : " items");
        case JsonValue::Kind::Object:
            return "an object {...}";
        default:
            return describeNumber(value);
    }
}

std::string controlCharacterProblem(std::string_view text) {
    for (std::size_t i = printableAsciiPrefix(text); i < text.size();
         i += 1 + printableAsciiPrefix(text.substr(i + 1))) {
        unsigned c = static_cast<unsigned char>(text[i]);
        // C1 controls are U+0080-U+009F, written C2 80 to C2 9F in (already valid) UTF-8.
        if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] < 0xA0)
            c = static_cast<unsigned char>(text[i + 1]);
        else if (c >= 0x20 && c != 0x7F)
            continue;
        if (c == '\n' || c == '\t') continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", c);
        std::string hint = c == '\r' ? " (a line break is written \\n)" : "";
        return "this text holds the invisible control character " + std::string(code) +
               ", which cannot be shown; remove it" + hint;
    }
    return {};
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string explainBadId(std::string_view id) {
    std::string message = inQuotes(id) +
                          " is not a valid id: use lower-case letters, digits and \"-\", starting "
                          "with a letter, at most 64 characters";
    std::string suggestion = idFromName(id);
    if (isValidId(suggestion)) message += " (for example " + inQuotes(suggestion) + ")";
    return message;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0], best = row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t next =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
            best = std::min(best, next);
        }
        if (best > limit) return limit + 1;  // every path already costs more than allowed
    }
    return row[b.size()];
}

std::string withArticle(std::string_view noun) {
    bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

Text readText(const FileScope& scope, const JsonValue& value, const JsonPath& at) {
    Text text;
    if (!value.isObject()) {
        std::string hint = value.isString() ? " (write {\"en\": ...} around it)" : "";
        scope.error(
            at, "expected " + std::string(kTextExpectation) + "; found " + describe(value) + hint);
        return text;
    }
    LanguageFlags present(scope.languages().listed().size());
    for (const JsonMember& member : value.members()) {
        std::string_view code = member.key;
        const JsonValue* it = &member.value;
        if (code == "$comment") continue;
        JsonPath languagePath(at, code);
        std::optional<std::size_t> listed = scope.languages().indexOf(code);
        if (listed) present.set(*listed);
        if (!listed)
            scope.warning(languagePath, "the language " + inQuotes(code) +
                                            " is not listed in exhibit.json, so this text is "
                                            "never shown");
        if (!it->isString()) {
            scope.error(languagePath, "expected the " + languageLabel(scope.languages(), code) +
                                          " text in quotes; found " + describe(*it));
        } else if (isBlank(it->asString())) {
            scope.error(languagePath, "this " + languageLabel(scope.languages(), code) +
                                          " text is empty; write the text" +
                                          (code == "en" ? "" : ", or remove it to show English"));
        } else if (std::string why = controlCharacterProblem(it->asString()); !why.empty()) {
            scope.error(languagePath, why);
        } else {
            text.byLanguage.emplace(code,
                                    checkShownText(scope, languagePath, code, it->asString()));
        }
    }
    checkTranslations(scope, at, present);
    return text;
}

std::optional<DatePoint> readDate(const FileScope& scope, const JsonValue& value,
                                  const JsonPath& at, bool dayRequired) {
    std::string_view expectation = dayRequired ? "a day like 2026-11-27" : kDateExpectation;
    if (!value.isString()) {
        scope.error(
            at, "expected " + std::string(expectation) + " in quotes; found " + describe(value));
        return std::nullopt;
    }
    std::string_view written = value.asString();
    DateParse parsed = parseDatePoint(written);
    if (!parsed.point || (dayRequired && parsed.point->precision != Precision::Day)) {
        std::string hint = parsed.hint.empty() ? "" : " (" + parsed.hint + ")";
        scope.error(at,
                    "expected " + std::string(expectation) + "; found " + inQuotes(written) + hint);
        return std::nullopt;
    }
    return parsed.point;
}

std::optional<DateRange> readDateRange(const FileScope& scope, const JsonValue& value,
                                       const JsonPath& at) {
    if (value.isString()) {
        scope.error(at, "expected a date object like {\"start\": \"2021-02-04\"}; found " +
                            describe(value) + " (write {\"start\": ...} around it)");
        return std::nullopt;
    }
    ObjectReader reader(scope, value, at, "date", {"start", "end", "approximate", "display"});
    if (!reader.isObject()) return std::nullopt;
    std::optional<DatePoint> start = reader.date("start", Need::Required);
    std::optional<DatePoint> end = reader.date("end", Need::Optional);
    DateRange range;
    range.display = reader.text("display", Need::Optional);
    if (!start) return std::nullopt;
    range.start = *start;
    range.end = end;
    if (reader.flag("approximate", false)) {
        range.start.approximate = true;
        if (range.end) range.end->approximate = true;
    }
    if (end && end->lastDay() < start->firstDay()) {
        scope.error(JsonPath(at, "end"), "the end (" + formatDatePoint(*end) +
                                             ") comes before the start (" +
                                             formatDatePoint(*start) + ")");
        return std::nullopt;
    }
    return range;
}

std::string readReference(const FileScope& scope, const JsonValue& value, const JsonPath& at,
                          const IdIndex& targets) {
    if (!value.isString()) {
        scope.error(at, "expected the id of " + withArticle(targets.kind) + " in quotes; found " +
                            describe(value));
        return {};
    }
    std::string id(value.asString());
    if (targets.idsUnknown || targets.ids.count(id)) return id;
    std::string where =
        targets.fileMissing ? " (" + targets.file + " is missing)" : " in " + targets.file;
    std::string message = "no " + targets.kind + " has the id " + inQuotes(id) + where;
    if (scope.catalog().suggestionsLeft > 0) {
        --scope.catalog().suggestionsLeft;
        if (auto match = closestMatch(id, targets.ids))
            message += "; did you mean " + inQuotes(*match) + "?";
    }
    scope.error(at, message);
    return id;
}

}  // namespace kiosk::content::detail
