#include "kiosk/text/ui_strings.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/plurrule.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "kiosk/core/text_file.h"
#include "kiosk/text/locale_format.h"

namespace kiosk::text {
namespace {

constexpr std::size_t kMaxCatalogBytes = 1 << 20;

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

struct Entry {
    icu::UnicodeString pattern;
    bool usable = false;  // parsed, and names no argument English lacks
    std::unique_ptr<icu::MessageFormat> format;
};

struct LanguageCatalog {
    std::string digits;
    std::map<std::string, Entry, std::less<>> entries;
};

// What a pattern says about itself: its argument names, and per plural argument its selectors.
struct PatternShape {
    std::set<std::string> arguments;
    std::vector<std::set<std::string>> plurals;
};

PatternShape shapeOf(const icu::UnicodeString& pattern) {
    PatternShape shape;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern mp(pattern, nullptr, status);
    if (U_FAILURE(status)) return shape;
    std::vector<int> open;  // index into shape.plurals, or -1, per open argument
    for (int i = 0; i < mp.countParts(); ++i) {
        const auto& part = mp.getPart(i);
        switch (part.getType()) {
            case UMSGPAT_PART_TYPE_ARG_START:
                if (part.getArgType() == UMSGPAT_ARG_TYPE_PLURAL) {
                    shape.plurals.emplace_back();
                    open.push_back(int(shape.plurals.size()) - 1);
                } else {
                    open.push_back(-1);
                }
                break;
            case UMSGPAT_PART_TYPE_ARG_LIMIT:
                if (!open.empty()) open.pop_back();
                break;
            case UMSGPAT_PART_TYPE_ARG_NAME:
                shape.arguments.insert(utf8(mp.getSubstring(part)));
                break;
            case UMSGPAT_PART_TYPE_ARG_SELECTOR:
                if (!open.empty() && open.back() >= 0)
                    shape.plurals[open.back()].insert(utf8(mp.getSubstring(part)));
                break;
            default:
                break;
        }
    }
    return shape;
}

// ICU's offsets in these errors are 0; say in words what is wrong instead.
std::string explain(UErrorCode status) {
    std::string what;
    switch (status) {
        case U_UNMATCHED_BRACES:
            what = "a { without its }";
            break;
        case U_DEFAULT_KEYWORD_MISSING:
            what = "a plural or select without its 'other' branch";
            break;
        case U_DUPLICATE_KEYWORD:
            what = "a plural category or select value given twice";
            break;
        case U_ILLEGAL_ARGUMENT_ERROR:
            what = "an argument of an unknown type (expected plural, select, number, date, time)";
            break;
        default:
            what = "a syntax error";
    }
    return what + ", " + u_errorName(status);
}

std::string listed(const std::vector<std::string>& items, const char* before = "",
                   const char* after = "") {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + (before + item + after);
    return out;
}

// CLDR categories of `language` that a plural's selectors leave to "other". An explicit
// "=0" covers a category whose every sample is 0 (Arabic "zero"), and so on.
std::vector<std::string> missingCategories(const std::set<std::string>& selectors,
                                           const icu::Locale& locale) {
    std::vector<std::string> missing;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status)) return missing;
    std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
    while (U_SUCCESS(status)) {
        const icu::UnicodeString* keyword = keywords->snext(status);
        if (!keyword) break;
        std::string name = utf8(*keyword);
        if (selectors.count(name)) continue;
        double samples[8];
        int n = rules->getSamples(*keyword, samples, 8, status);
        bool covered = n > 0 && n < 8 && std::all_of(samples, samples + n, [&](double v) {
                           return v == double(std::int64_t(v)) &&
                                  selectors.count("=" + std::to_string(std::int64_t(v)));
                       });
        if (!covered) missing.push_back(name);
    }
    return missing;
}

}  // namespace

std::string CatalogProblem::text() const {
    std::string out = file + ": ";
    if (!language.empty()) out += language + ": ";
    if (!key.empty()) out += key + ": ";
    return out + message;
}

struct UiStrings::Impl {
    std::map<std::string, LanguageCatalog, std::less<>> languages;
    // Formatted messages by language, key and arguments: a frame asks for the same few dozen
    // strings again, and ICU's MessageFormat costs tens of thousands of instructions a call.
    std::unordered_map<std::string, std::string> memo;
    static constexpr std::size_t kMemoLimit = 2048;

    // Builds the ICU formatter; returns ICU's complaint, empty when it parsed.
    static std::string compile(Entry& entry, const std::string& language,
                               const std::string& digits) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError where{};
        icu::Locale locale(icuLocaleId(language, digits).c_str());
        auto format = std::make_unique<icu::MessageFormat>(entry.pattern, locale, where, status);
        if (U_FAILURE(status)) {
            entry.format.reset();
            return explain(status);
        }
        entry.format = std::move(format);
        return "";
    }

    const Entry* find(std::string_view language, std::string_view key) const {
        auto lang = languages.find(language);
        if (lang == languages.end()) return nullptr;
        auto it = lang->second.entries.find(key);
        if (it == lang->second.entries.end() || !it->second.format) return nullptr;
        return &it->second;
    }

    void check(const std::string& file, std::vector<CatalogProblem>& problems);
};

void UiStrings::Impl::check(const std::string& file, std::vector<CatalogProblem>& problems) {
    auto problem = [&](const std::string& lang, const std::string& key, std::string message) {
        problems.push_back({file, lang, key, std::move(message)});
    };
    auto en = languages.find("en");
    if (en == languages.end()) {
        problem("", "", "expected English (\"en\"), the fallback of every other language");
        return;
    }
    for (auto& [key, entry] : en->second.entries) {
        std::string error = compile(entry, "en", "");
        entry.usable = error.empty();
        if (!entry.usable)
            problem(
                "en", key,
                "expected an ICU MessageFormat pattern (" + error + "); the key itself is shown");
    }
    for (auto& [lang, catalog] : languages) {
        if (lang == "en") continue;
        icu::Locale locale(icuLocaleId(lang, "").c_str());
        for (auto& [key, entry] : catalog.entries) {
            auto english = en->second.entries.find(key);
            if (english == en->second.entries.end()) {
                problem(lang, key, "expected one of the English keys (is it misspelt?)");
                continue;
            }
            std::string error = compile(entry, lang, catalog.digits);
            if (!error.empty()) {
                problem(lang, key,
                        "expected an ICU MessageFormat pattern (" + error + "); English is shown");
                continue;
            }
            PatternShape mine = shapeOf(entry.pattern), theirs = shapeOf(english->second.pattern);
            std::vector<std::string> extra, lacking;
            std::set_difference(mine.arguments.begin(), mine.arguments.end(),
                                theirs.arguments.begin(), theirs.arguments.end(),
                                std::back_inserter(extra));
            std::set_difference(theirs.arguments.begin(), theirs.arguments.end(),
                                mine.arguments.begin(), mine.arguments.end(),
                                std::back_inserter(lacking));
            if (!extra.empty()) {
                problem(lang, key,
                        "uses " + listed(extra, "{", "}") + ", which English does not have; " +
                            "expected only " +
                            listed({theirs.arguments.begin(), theirs.arguments.end()}, "{", "}") +
                            "; English is shown");
                entry.format.reset();
                continue;
            }
            entry.usable = true;
            if (!lacking.empty())
                problem(lang, key,
                        "does not show " + listed(lacking, "{", "}") + ", as English does");
            for (const auto& selectors : mine.plurals) {
                auto missing = missingCategories(selectors, locale);
                if (!missing.empty())
                    problem(lang, key,
                            "a plural lacks the CLDR categories " + listed(missing) + " of " +
                                lang + "; expected " + listed(missing, "", " {...}") +
                                " (those numbers now read as 'other')");
            }
        }
        for (const auto& [key, entry] : en->second.entries)
            if (!catalog.entries.count(key)) problem(lang, key, "missing; English is shown");
    }
}

UiStrings::UiStrings() : impl_(std::make_unique<Impl>()) {}
UiStrings::~UiStrings() = default;
UiStrings::UiStrings(UiStrings&&) noexcept = default;
UiStrings& UiStrings::operator=(UiStrings&&) noexcept = default;

UiStrings UiStrings::load(const std::filesystem::path& file,
                          std::vector<CatalogProblem>& problems) {
    TextFile read = readTextFile(file, kMaxCatalogBytes);
    if (!read.ok()) {
        std::string why = read.status == TextFile::Status::TooLarge
                              ? "larger than 1 MiB"
                              : (read.error.empty() ? "not a readable file" : read.error);
        problems.push_back({file.string(), "", "", "expected the UI string catalog: " + why});
        return UiStrings();
    }
    return parse(read.text, file.string(), problems);
}

UiStrings UiStrings::parse(std::string_view json, const std::string& fileName,
                           std::vector<CatalogProblem>& problems) {
    UiStrings strings;
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        // "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        std::string what = e.what();
        auto bracket = what.find("] ");
        problems.push_back(
            {fileName, "", "",
             "expected JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2))});
        return strings;
    }
    if (!doc.is_object()) {
        problems.push_back({fileName, "", "", "expected an object of languages, {\"en\": {...}}"});
        return strings;
    }
    for (const auto& [lang, keys] : doc.items()) {
        if (!lang.empty() && lang[0] == '$') continue;
        if (!keys.is_object()) {
            problems.push_back({fileName, lang, "", "expected an object of key: pattern"});
            continue;
        }
        auto& catalog = strings.impl_->languages[lang];
        for (const auto& [key, value] : keys.items()) {
            if (!key.empty() && key[0] == '$') continue;
            if (!value.is_string()) {
                problems.push_back(
                    {fileName, lang, key, "expected a text (an ICU MessageFormat pattern)"});
                continue;
            }
            catalog.entries[key].pattern =
                icu::UnicodeString::fromUTF8(value.get_ref<const std::string&>());
        }
    }
    strings.impl_->check(fileName, problems);
    return strings;
}

bool UiStrings::setDigits(std::string_view language, std::string_view digits) {
    if (digits != "" && digits != "latn" && digits != "arab") return false;
    impl_->memo.clear();
    auto it = impl_->languages.find(language);
    if (it == impl_->languages.end()) return true;
    it->second.digits = std::string(digits);
    for (auto& [key, entry] : it->second.entries)
        if (entry.usable) Impl::compile(entry, it->first, it->second.digits);
    return true;
}

std::string UiStrings::format(std::string_view key, std::string_view language,
                              const MessageArgs& args) const {
    std::string memoKey;
    memoKey.reserve(key.size() + language.size() + 16 * args.size() + 2);
    memoKey.append(language).append(1, '\x1f').append(key);
    for (const auto& arg : args) {
        memoKey.append(1, '\x1f').append(arg.name).append(1, '=');
        if (auto* i = std::get_if<std::int64_t>(&arg.value))
            memoKey += "i" + std::to_string(*i);
        else if (auto* d = std::get_if<double>(&arg.value))
            memoKey += "d" + std::to_string(*d);
        else
            memoKey += "s" + std::get<std::string>(arg.value);
    }
    if (auto it = impl_->memo.find(memoKey); it != impl_->memo.end()) return it->second;
    if (impl_->memo.size() >= Impl::kMemoLimit) impl_->memo.clear();
    return impl_->memo[memoKey] = formatUncached(key, language, args);
}

std::string UiStrings::formatUncached(std::string_view key, std::string_view language,
                                      const MessageArgs& args) const {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    names.reserve(args.size());
    values.reserve(args.size());
    for (const auto& arg : args) {
        names.push_back(icu::UnicodeString::fromUTF8(arg.name));
        if (auto* i = std::get_if<std::int64_t>(&arg.value))
            values.emplace_back(static_cast<int64_t>(*i));
        else if (auto* d = std::get_if<double>(&arg.value))
            values.emplace_back(*d);
        else
            values.emplace_back(icu::UnicodeString::fromUTF8(std::get<std::string>(arg.value)));
    }
    for (std::string_view lang : {language, std::string_view("en")}) {
        const Entry* entry = impl_->find(lang, key);
        if (!entry) continue;
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString out;
        entry->format->format(names.data(), values.data(), int32_t(values.size()), out, status);
        if (U_SUCCESS(status)) return utf8(out);
    }
    return std::string(key);
}

bool UiStrings::has(std::string_view key, std::string_view language) const {
    return impl_->find(language, key) != nullptr;
}

std::vector<std::string> UiStrings::languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, catalog] : impl_->languages) out.push_back(lang);
    return out;
}

}  // namespace kiosk::text
