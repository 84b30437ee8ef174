#pragma once
// Loading and validating a content folder. Every problem is collected, not just the first.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/content/json_value.h"
#include "kiosk/content/model.h"

namespace kiosk::content {

struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;     // relative to the content folder, e.g. "events.json"
    int line = 0;         // 1-based; 0 when the problem is not inside a file
    int column = 0;       // 1-based
    std::string path;     // JSON pointer, e.g. "/events/3/when/start"
    std::string message;  // what was found and what was expected

    // "events.json:12:7: error: /events/3/when/start: ..." (the format editors see)
    std::string format() const;
};

// How much a folder holds, counted even when it has errors (for the validate summary).
struct ContentCounts {
    int events = 0, actors = 0, places = 0, tours = 0;
    int images = 0;  // pictures that checked out; media entries when images are unchecked
};

struct LoadResult {
    std::shared_ptr<const Library> library;  // null when there are errors
    std::vector<Problem> problems;           // sorted by file, then line and column
    int errors = 0;
    int warnings = 0;
    ContentCounts found;
    bool eventsReadInHalves = false;  // events.json was read by two threads (readThreads)
    bool ok() const { return library != nullptr; }
    const Problem* firstError() const;
};

// What the exhibit's fonts can draw, asked while loading so that gaps get located warnings.
// kiosk_content links no font library: kiosk-content validate passes one built on
// kiosk/text/coverage.h. Each answer is a message for the editor, or empty when all is well.
class GlyphCheck {
  public:
    virtual ~GlyphCheck() = default;
    // A language listed in exhibit.json (BCP 47 code, "he", "pt-BR") whose letters the fonts
    // lack. Its texts are then not checked one by one.
    virtual std::string languageProblem(std::string_view code) const = 0;
    // One text (UTF-8, already free of control characters) with a character no font has.
    virtual std::string textProblem(std::string_view text) const = 0;
};

struct LoadOptions {
    bool checkImages = true;  // open every picture: its header, size and side limits
    // With checkImages: also decode every picture whole (PNG CRCs, damaged or missing image
    // data), as validate, pack and the update's verification do. False: headers only, for the
    // exhibit's own start, which must not wait for that (the content was verified whole when
    // it was installed, and the media worker decodes each picture again when it is shown).
    bool decodeImages = true;
    const GlyphCheck* glyphs = nullptr;  // null: the fonts are not consulted
    // A text that lacks a listed language is one warning each for the first kMissingListed
    // texts per language, then one summary per language (at its entry in exhibit.json) counts
    // them all. The language named here (or "all") has every such text listed.
    std::string listMissingIn;
    // Called with each content file's name ("events.json") and value when it has parsed,
    // before it is checked: validate's foreign-format check reads the same values instead of
    // parsing a 10 MB file twice. The value lives only during the call.
    std::function<void(std::string_view file, const JsonValue& root)> onParsed;
    // Threads that read events.json's items: 2 reads the halves of a large file at once (the
    // exhibit's start on a 2-core board). The result is the same, every message included: a
    // half that finds any problem is discarded and the file read in one piece. glyphs must
    // then be safe to call from two threads.
    int readThreads = 1;
};

inline constexpr std::size_t kMissingListed = 5;

LoadResult loadContent(const std::filesystem::path& folder, const LoadOptions& options = {});

// The same checks on files already in memory, keyed by file name ("events.json"); a name that
// is absent counts as a missing file. Media files are still looked up under mediaFolder.
using ContentTexts = std::map<std::string, std::string, std::less<>>;
LoadResult loadContentTexts(const ContentTexts& files, const std::filesystem::path& mediaFolder,
                            const LoadOptions& options = {});

}  // namespace kiosk::content
