#pragma once
// The exhibit's own interface strings (buttons, headings, the closed screen, the staff panel),
// not content. A catalog of ICU MessageFormat patterns per language, read from
// assets/strings/ui.json; docs/translating.md tells translators how to write and check it.
// Plural categories come from CLDR through ICU (Russian one/few/many/other, Arabic
// zero/one/two/few/many/other). Not for concurrent use: the UI thread owns it.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kiosk::text {

// One named argument of a message: a number (chooses the plural form; # and {n, number} show
// it in the language's digits) or a text (shown as given: dates come preformatted).
struct MessageArg {
    MessageArg(std::string_view argName, int v) : name(argName), value(std::int64_t{v}) {}
    MessageArg(std::string_view argName, long v) : name(argName), value(std::int64_t{v}) {}
    MessageArg(std::string_view argName, long long v) : name(argName), value(std::int64_t(v)) {}
    MessageArg(std::string_view argName, unsigned v) : name(argName), value(std::int64_t{v}) {}
    MessageArg(std::string_view argName, unsigned long v)
        : name(argName), value(std::int64_t(v)) {}  // a size(); counts fit
    MessageArg(std::string_view argName, unsigned long long v)
        : name(argName), value(std::int64_t(v)) {}
    MessageArg(std::string_view argName, double v) : name(argName), value(v) {}
    MessageArg(std::string_view argName, std::string_view v)
        : name(argName), value(std::string(v)) {}
    MessageArg(std::string_view argName, const char* v) : name(argName), value(std::string(v)) {}
    MessageArg(std::string_view argName, std::string v) : name(argName), value(std::move(v)) {}
    std::string name;
    std::variant<std::int64_t, double, std::string> value;
};
using MessageArgs = std::vector<MessageArg>;

// A located problem in the catalog. Problems never stop the exhibit: the entry concerned
// falls back to English, then to its key.
struct CatalogProblem {
    std::string file;      // as given to load()
    std::string language;  // "ru"; empty when the whole file is concerned
    std::string key;       // "card.events_count"; empty when a whole language is concerned
    std::string message;   // what was expected, e.g. "expected a text (a MessageFormat pattern)"
    // "assets/strings/ui.json: ru: card.events_count: <message>"
    std::string text() const;
};

class UiStrings {
  public:
    UiStrings();  // empty: format() returns the key
    ~UiStrings();
    UiStrings(UiStrings&&) noexcept;
    UiStrings& operator=(UiStrings&&) noexcept;

    // Reads {"$comment": ..., "en": {key: pattern, ...}, "ru": {...}, ...}. Never throws; a
    // missing or unreadable file gives an empty catalog and one problem. Keys starting with '$'
    // are comments. Per language, a pattern that ICU cannot parse, that uses an argument the
    // English pattern does not have, or a key English lacks is a problem and is not used; a
    // missing key, a missing English argument or a plural without a category that CLDR gives
    // the language is a problem but the entry (or English) is still shown.
    static UiStrings load(const std::filesystem::path& file, std::vector<CatalogProblem>& problems);
    // The same from text already read; fileName only locates the problems.
    static UiStrings parse(std::string_view json, const std::string& fileName,
                           std::vector<CatalogProblem>& problems);

    // Digits of the numbers inside this language's messages: "latn" (0-9), "arab" (Arabic-Indic
    // ٠-٩) or "" for CLDR's default (ICU 72: "arab" for ar). False (and no change) otherwise.
    bool setDigits(std::string_view language, std::string_view digits);

    // The message `key` in `language` with `args`; else the English one; else the key itself.
    // An argument the pattern names but `args` lacks shows as "{name}".
    std::string format(std::string_view key, std::string_view language,
                       const MessageArgs& args = {}) const;
    // True when `language` has its own usable pattern for `key` (no fallback needed).
    bool has(std::string_view key, std::string_view language) const;
    // The languages in the file, sorted ("ar", "en", "ru").
    std::vector<std::string> languages() const;

  private:
    std::string formatUncached(std::string_view key, std::string_view language,
                               const MessageArgs& args) const;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Where the catalog sits under the assets folder (kiosk::app::defaultAssetsDir(), or --assets).
inline std::filesystem::path uiStringsPath(const std::filesystem::path& assetsDir) {
    return assetsDir / "strings" / "ui.json";
}

}  // namespace kiosk::text
