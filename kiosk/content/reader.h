#pragma once
// Internal: the vocabulary the collection readers share. Each reader walks only the fields the
// format defines (never recursing over arbitrary depth) and reports every problem it meets.
#include <atomic>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kiosk/content/json_value.h"
#include "kiosk/content/load.h"
#include "kiosk/content/model.h"

namespace kiosk::content::detail {

// A JSON pointer kept as a chain of stack frames: naming the path to every value costs nothing
// until a problem asks for it. A child must not outlive its parent.
class JsonPath {
  public:
    JsonPath() = default;
    JsonPath(const JsonPath& parent, std::string_view key) : parent_(&parent), key_(key) {}
    JsonPath(const JsonPath& parent, std::size_t index)
        : parent_(&parent), index_(index), isIndex_(true) {}
    std::string pointer() const;

  private:
    const JsonPath* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    bool isIndex_ = false;
};

// The ids of one kind of item, gathered from its file before any reference is checked.
struct IdIndex {
    IdIndex(std::string kindName, std::string fileName)
        : kind(std::move(kindName)), file(std::move(fileName)) {}
    std::string kind;  // "actor"
    std::string file;  // "actors.json"
    bool fileMissing = false;
    bool idsUnknown = false;  // the file could not be read: references to it are not checked
    std::unordered_set<std::string_view> ids;  // views into the parsed documents
};

struct Catalog {
    IdIndex events{"event", "events.json"}, actors{"actor", "actors.json"},
        places{"place", "places.json"}, tracks{"track", "tracks.json"},
        sources{"source", "sources.json"}, media{"media item", "media.json"};
    // "Did you mean" costs a scan of the ids; hostile input with many bad references must not
    // turn that into minutes.
    // Atomic: events.json's two halves may be read at once (LoadOptions::readThreads).
    mutable std::atomic<int> suggestionsLeft{50};
};

// The languages exhibit.json lists; English is always among them.
class LanguageSet {
  public:
    static constexpr std::size_t kMaxLanguages = 32;
    LanguageSet() { assign({}); }
    void assign(std::vector<Language> languages);  // adds English when missing
    const std::vector<Language>& listed() const { return listed_; }
    std::optional<std::size_t> indexOf(std::string_view code) const;
    const Language* find(std::string_view code) const;

  private:
    std::vector<Language> listed_;
    std::unordered_map<std::string_view, std::size_t> index_;  // views into listed_
};

// Every problem found, but only the first kMaxListed in full: a hostile file must not turn
// into gigabytes of messages. The rest are counted.
struct ProblemLog {
    static constexpr std::size_t kMaxListed = 10'000;
    std::vector<Problem> listed;
    int unlistedErrors = 0, unlistedWarnings = 0;

    void add(Problem problem);
    bool hasErrors() const;
};

// What the readers learn about visitor-facing texts besides problems: how many there are and
// which lack each listed language (load.cpp turns that into one summary per language), and
// the optional font check.
// The texts that lack one language: where the first kMaxKept are (file and JSON pointer, as
// a warning without its message yet) and how many there are in all.
struct MissingTexts {
    static constexpr std::size_t kMaxKept = 1000;
    std::vector<Problem> listed;
    int count = 0;
};

struct TextLedger {
    const GlyphCheck* glyphs = nullptr;
    int texts = 0;
    std::map<std::string, MissingTexts, std::less<>> missing;  // by language code
    // By language code: its entry in exhibit.json ("/languages/1").
    std::map<std::string, std::string, std::less<>> languagePointer;
    // Languages the fonts cannot show at all: their texts are not checked one by one.
    std::set<std::string, std::less<>> uncovered;
};

struct ReadState;

// Where problems go while one file is read, and what the reader may consult.
class FileScope {
  public:
    FileScope(std::string file, ReadState& state);
    // A scope of its own for part of a file read on another thread: its problems and ledger.
    FileScope(std::string file, ProblemLog& problems, const LanguageSet& languages,
              const Catalog& catalog, TextLedger& ledger)
        : file_(std::move(file)),
          problems_(problems),
          languages_(languages),
          catalog_(catalog),
          ledger_(ledger) {}

    void error(const JsonPath& at, std::string message) const;
    void warning(const JsonPath& at, std::string message) const;
    const std::string& file() const { return file_; }
    const LanguageSet& languages() const { return languages_; }
    const Catalog& catalog() const { return catalog_; }
    TextLedger& ledger() const { return ledger_; }

  private:
    std::string file_;
    ProblemLog& problems_;
    const LanguageSet& languages_;
    const Catalog& catalog_;
    TextLedger& ledger_;
};

enum class Need { Optional, Required };

inline constexpr std::string_view kTextExpectation =
    "a text in each language, like {\"en\": \"...\"}";

// "the number 42", "the text \"abc\"", "a list of 3 items": what an editor wrote, briefly.
std::string describe(const JsonValue& value);
std::string inQuotes(std::string_view s);
std::string withArticle(std::string_view noun);  // "an actor", "a place"
bool isValidId(std::string_view id);
// Why a text cannot be shown as written: it holds a control character (U+0000-U+001F other than
// a line break \n or a tab \t, U+007F, or U+0080-U+009F), which the JSON may carry as an
// escape such as "\u0012". Empty when the text is fine.
std::string controlCharacterProblem(std::string_view text);
// Why a text's bidi controls would leak into what follows or close nothing (UAX #9, BD16 and
// X6a): an embedding or override (U+202A, U+202B, U+202D, U+202E) not closed by a PDF U+202C,
// an isolate (U+2066-U+2068) not closed by a PDI U+2069, before the text or a line (\n) ends;
// or a PDF or PDI with nothing to close. Empty when they are balanced.
std::string bidiControlProblem(std::string_view text);
std::string explainBadId(std::string_view id);
// Levenshtein distance, or limit + 1 as soon as it must exceed `limit`.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate within a small edit distance of `word`, if there is one ("did you mean").
template <class Range>
std::optional<std::string_view> closestMatch(std::string_view word, const Range& candidates) {
    std::size_t limit = word.size() < 5 ? 1 : 2;
    std::optional<std::string_view> best;
    std::size_t bestDistance = limit + 1;
    for (std::string_view candidate : candidates) {
        std::size_t distance = editDistance(word, candidate, limit);
        if (distance < bestDistance || (distance == bestDistance && best && candidate < *best)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

// The field of this format that a key from another timeline format means, when `known` has it
// ("start_date" of TimelineJS3 is "when", "headline" is "title", "group" is "track"). Used for
// "did you mean" when no known field is within a small edit distance.
std::optional<std::string_view> foreignFieldMatch(std::string_view key,
                                                  std::initializer_list<std::string_view> known);

// Takes back the counting of a text just read at `at` (one that repeats `same`, which was
// counted already), so that the per-language counts agree with languageStatus().
void forgetText(const FileScope& scope, const JsonPath& at, const Text& same);

// Value readers: check one value of a known shape, report at `at`, return what could be read.
Text readText(const FileScope& scope, const JsonValue& value, const JsonPath& at);
std::optional<DatePoint> readDate(const FileScope& scope, const JsonValue& value,
                                  const JsonPath& at, bool dayRequired = false);
std::optional<DateRange> readDateRange(const FileScope& scope, const JsonValue& value,
                                       const JsonPath& at);
std::string readReference(const FileScope& scope, const JsonValue& value, const JsonPath& at,
                          const IdIndex& targets);

// One object of a known kind ("event"): reports a non-object and unknown fields up front,
// then reads fields by name, reporting each at its own path.
class ObjectReader {
  public:
    ObjectReader(const FileScope& scope, const JsonValue& value, const JsonPath& at,
                 std::string_view what, std::initializer_list<std::string_view> known);

    bool isObject() const { return object_ != nullptr; }
    const FileScope& scope() const { return scope_; }
    const JsonPath& at() const { return at_; }
    // The field, or null when absent; an absent required field is reported.
    const JsonValue* field(std::string_view key, Need need, std::string_view expected) const;

    std::string id() const;
    Text text(std::string_view key, Need need) const;
    std::string plain(std::string_view key, Need need) const;
    // A plain string a visitor sees (a language's name, a source's title): also refused when
    // it holds a control character (controlCharacterProblem).
    std::string shownPlain(std::string_view key, Need need) const;
    std::optional<double> number(std::string_view key, Need need, double min, double max) const;
    std::optional<std::int64_t> whole(std::string_view key, Need need, std::int64_t min,
                                      std::int64_t max) const;
    bool flag(std::string_view key, bool fallback) const;
    std::optional<DatePoint> date(std::string_view key, Need need, bool dayRequired = false) const;
    std::optional<DateRange> when(std::string_view key, Need need) const;
    std::string ref(std::string_view key, Need need, const IdIndex& targets) const;
    std::vector<std::string> refs(std::string_view key, Need need, const IdIndex& targets) const;
    // Calls read(item, itemPath, index) for each item of an array field.
    template <class Read>
    void forEach(std::string_view key, Need need, std::string_view expected, Read&& read) const;

  private:
    void warnUnknownFields(std::initializer_list<std::string_view> known) const;
    const JsonValue* array(std::string_view key, Need need, std::string_view expected) const;
    // field() and array() for an expectation whose text is built (`expected()`, a std::string)
    // only when a problem is reported: most fields are fine, and validate reads 10,000 events.
    template <class Expected>
    const JsonValue* lazyField(std::string_view key, Need need, Expected&& expected) const {
        if (!object_) return nullptr;
        if (const JsonValue* value = object_->find(key)) return value;
        return need == Need::Required ? field(key, need, expected()) : nullptr;
    }
    template <class Expected>
    const JsonValue* lazyArray(std::string_view key, Need need, Expected&& expected) const {
        const JsonValue* value = lazyField(key, need, expected);
        return value && !value->isArray() ? array(key, need, expected()) : value;
    }

    const FileScope& scope_;
    const JsonValue* object_ = nullptr;
    const JsonPath& at_;
    std::string_view what_;
};

template <class Read>
void ObjectReader::forEach(std::string_view key, Need need, std::string_view expected,
                           Read&& read) const {
    const JsonValue* items = array(key, need, expected);
    if (!items) return;
    JsonPath listPath(at_, key);
    for (std::size_t i = 0; i < items->size(); ++i) read((*items)[i], JsonPath(listPath, i), i);
}

}  // namespace kiosk::content::detail
