// loadContent: read every file of a content folder, check all of it, and build the Library
// only when nothing is wrong. Positions of problems are looked up at the end, once per file.
#include "kiosk/content/load.h"

#include <algorithm>
#include <set>

#include "kiosk/content/bounded_json.h"
#include "kiosk/content/collections.h"
#include "kiosk/content/json_positions.h"
#include "kiosk/core/text_file.h"

namespace kiosk::content {
namespace {

namespace fs = std::filesystem;
using Names = std::set<std::string, std::less<>>;

struct FileSpec {
    std::string_view name;
    std::string_view listKey;  // whose items' ids others refer to
    bool required;
    void (*read)(const JsonValue&, detail::ReadState&);
};

// In reading order: exhibit.json first, because its languages govern every text.
constexpr FileSpec kFiles[] = {
    {"exhibit.json", "", true, detail::readExhibit},
    {"tracks.json", "tracks", true, detail::readTracks},
    {"sources.json", "sources", true, detail::readSources},
    {"places.json", "places", false, detail::readPlaces},
    {"actors.json", "actors", false, detail::readActors},
    {"media.json", "media", false, detail::readMedia},
    {"events.json", "events", true, detail::readEvents},
    {"tours.json", "tours", false, detail::readTours},
};

struct ContentFile {
    const FileSpec* spec = nullptr;
    const std::string* text = nullptr;  // null when the file is missing
    bool parsed = false;
    JsonDocument document;
};

Problem fileProblem(std::string_view file, std::string message) {
    return {Problem::Severity::Error, std::string(file), 0, 0, "", std::move(message)};
}

void parseFile(ContentFile& file, detail::ProblemLog& problems, const LoadOptions& options) {
    // A string's spare capacity is allocated and may be read: readTextFile leaves 64 bytes.
    JsonParseResult result =
        parseBoundedJson(*file.text, kContentLimits, file.text->capacity() - file.text->size());
    if (result.ok) {
        file.document = std::move(result.document);
        file.parsed = true;
        if (options.onParsed) options.onParsed(file.spec->name, file.document.root());
        return;
    }
    Problem problem = fileProblem(file.spec->name, std::move(result.errorMessage));
    problem.path = std::move(result.errorPointer);
    if (file.text->size() <= kContentLimits.maxFileBytes) {
        TextPosition at = LineIndex(*file.text).at(result.errorOffset);
        problem.line = at.line;
        problem.column = at.column;
    }
    problems.add(std::move(problem));
}

void collectIds(const ContentFile& file, bool unreadable, detail::IdIndex& index) {
    index.fileMissing = file.text == nullptr && !unreadable;
    // When the ids cannot be known, checking references would only bury the real problem.
    bool reportedMissing = file.text == nullptr && file.spec->required;
    index.idsUnknown = unreadable || reportedMissing || (file.text != nullptr && !file.parsed);
    if (!file.parsed) return;
    const JsonValue* list = file.document.root().find(file.spec->listKey);
    if (!list || !list->isArray()) {
        index.idsUnknown = true;  // the file's shape is reported; its ids cannot be known
        return;
    }
    for (const JsonValue& item : list->items()) {
        const JsonValue* id = item.find("id");
        if (id && id->isString()) index.ids.insert(id->asString());
    }
}

detail::IdIndex* indexFor(detail::Catalog& catalog, std::string_view listKey) {
    if (listKey == "events") return &catalog.events;
    if (listKey == "actors") return &catalog.actors;
    if (listKey == "places") return &catalog.places;
    if (listKey == "tracks") return &catalog.tracks;
    if (listKey == "sources") return &catalog.sources;
    if (listKey == "media") return &catalog.media;
    return nullptr;
}

void resolvePositions(const ContentFile& file, std::vector<Problem>& problems) {
    std::vector<Problem*> unplaced;
    std::vector<std::string> pointers;
    for (Problem& p : problems) {
        if (p.file != file.spec->name || p.line != 0) continue;
        unplaced.push_back(&p);
        pointers.push_back(p.path);
    }
    if (unplaced.empty()) return;
    auto offsets = locatePointers(*file.text, pointers);
    std::vector<std::pair<std::size_t, Problem*>> byOffset;
    for (Problem* p : unplaced) byOffset.emplace_back(offsets[p->path], p);
    std::sort(byOffset.begin(), byOffset.end());  // so LineIndex counts each line once
    LineIndex lines(*file.text);
    for (auto [offset, p] : byOffset) {
        TextPosition at = lines.at(offset);
        p->line = at.line;
        p->column = at.column;
    }
}

std::string located(const Problem& p) {
    return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + " " + p.path;
}

// Per language: the texts that lack it (the first few, or all that options.listMissingIn asks
// for, then one summary with the count) and, for a draft, how many await review.
void summariseLanguages(const detail::ReadState& state, const LoadOptions& options,
                        const std::vector<ContentFile>& files, detail::ProblemLog& problems) {
    const detail::TextLedger& ledger = state.ledger;
    // Each summary names the first text it counts: those are located together, so that 32
    // languages do not mean 32 passes over every file. The rest are located with the others.
    std::vector<Problem> firsts;
    for (const auto& [code, gaps] : ledger.missing)
        if (!gaps.listed.empty()) firsts.push_back(gaps.listed.front());
    for (const ContentFile& file : files)
        if (file.parsed) resolvePositions(file, firsts);
    auto first = firsts.begin();
    std::map<std::string_view, const Problem*> firstOf;
    for (const auto& [code, gaps] : ledger.missing)
        if (!gaps.listed.empty()) firstOf[code] = &*first++;

    for (const Language& language : state.languages.listed()) {
        auto at = ledger.languagePointer.find(language.code);
        if (at == ledger.languagePointer.end()) continue;  // English added by the loader
        auto gaps = ledger.missing.find(language.code);
        int missing = gaps == ledger.missing.end() ? 0 : gaps->second.count;
        if (missing > 0 && firstOf.count(language.code)) {
            const std::vector<Problem>& kept = gaps->second.listed;
            bool all = options.listMissingIn == "all" || options.listMissingIn == language.code;
            std::size_t shown = all ? kept.size() : std::min(kept.size(), kMissingListed);
            std::string message = "no " + language.name + " (\"" + language.code +
                                  "\") translation; English will be shown instead";
            for (std::size_t i = 0; i < shown; ++i) {
                Problem p = i == 0 ? *firstOf[language.code] : kept[i];
                p.message = message;
                problems.add(std::move(p));
            }
            std::string summary =
                language.code + ": " + std::to_string(missing) + " of " +
                std::to_string(ledger.texts) + (missing == 1 ? " texts is" : " texts are") +
                " missing (English is shown instead); first: " + located(*firstOf[language.code]);
            if (std::size_t(missing) > shown)
                summary +=
                    "; kiosk-content validate --missing " + language.code + " lists them all";
            problems.add({Problem::Severity::Warning, "exhibit.json", 0, 0, at->second, summary});
        }
        int unreviewed = ledger.texts - missing;
        if (language.review == Review::Draft && unreviewed > 0) {
            problems.add({Problem::Severity::Warning, "exhibit.json", 0, 0, at->second,
                          language.code + ": draft: " + std::to_string(unreviewed) +
                              (unreviewed == 1 ? " text" : " texts") +
                              " not yet reviewed by a native-speaking curator"});
        }
    }
}

// Sorts the listed problems and counts all of them, listed or not.
void sortAndCount(LoadResult& result, detail::ProblemLog log) {
    result.problems = std::move(log.listed);
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem& a, const Problem& b) {
                         if (a.file != b.file) return a.file < b.file;
                         if (a.line != b.line) return a.line < b.line;
                         return a.column < b.column;
                     });
    for (const Problem& p : result.problems)
        (p.severity == Problem::Severity::Error ? result.errors : result.warnings)++;
    result.errors += log.unlistedErrors;
    result.warnings += log.unlistedWarnings;
    int unlisted = log.unlistedErrors + log.unlistedWarnings;
    if (unlisted == 0) return;
    result.problems.push_back(
        {log.unlistedErrors ? Problem::Severity::Error : Problem::Severity::Warning, "", 0, 0, "",
         std::to_string(unlisted) + " more problems are not listed; fix the ones above first"});
}

LoadResult check(const ContentTexts& texts, const fs::path& folder, const LoadOptions& options,
                 detail::ProblemLog problems, const Names& unreadable) {
    std::vector<ContentFile> files;
    detail::Catalog catalog;
    for (const FileSpec& spec : kFiles) {
        ContentFile& file = files.emplace_back();
        file.spec = &spec;
        if (auto it = texts.find(spec.name); it != texts.end()) {
            file.text = &it->second;
            parseFile(file, problems, options);
        } else if (spec.required && !unreadable.count(spec.name)) {
            problems.add(fileProblem(spec.name,
                                     "this file is missing; every content "
                                     "folder needs " +
                                         std::string(spec.name)));
        }
        if (detail::IdIndex* index = indexFor(catalog, spec.listKey))
            collectIds(file, unreadable.count(spec.name) > 0, *index);
    }
    LibraryBuilder builder;
    detail::ReadState state{catalog, problems, builder, options, folder};
    state.ledger.glyphs = options.glyphs;
    for (const ContentFile& file : files)
        if (file.parsed) file.spec->read(file.document.root(), state);
    summariseLanguages(state, options, files, problems);

    LoadResult result;
    if (!problems.hasErrors()) result.library = builder.finish();
    for (const ContentFile& file : files)
        if (file.parsed) resolvePositions(file, problems.listed);
    result.found = state.counts;
    result.eventsReadInHalves = state.eventsInHalves;
    sortAndCount(result, std::move(problems));
    return result;
}

// The file's text (BOM and CRLF normalised), or nothing with a problem reported.
std::optional<std::string> readContentFile(const fs::path& path, std::string_view name,
                                           detail::ProblemLog& problems) {
    TextFile file = readTextFile(path, kContentLimits.maxFileBytes);
    if (file.status == TextFile::Status::NotAFile)
        problems.add(fileProblem(name, "this is not a file (is it a folder?)"));
    else if (file.status == TextFile::Status::TooLarge)
        problems.add(fileProblem(name, "the file is " + describeSize(file.size) +
                                           "; the limit is " +
                                           describeSize(kContentLimits.maxFileBytes)));
    else if (!file.ok())
        problems.add(fileProblem(name, "the file cannot be read"));
    if (!file.ok()) return std::nullopt;
    return std::move(file.text);
}

}  // namespace

LoadResult loadContentTexts(const ContentTexts& files, const fs::path& mediaFolder,
                            const LoadOptions& options) {
    ContentTexts normalised;
    for (const auto& [name, text] : files) normalised.emplace(name, normaliseText(text));
    return check(normalised, mediaFolder, options, {}, {});
}

LoadResult loadContent(const fs::path& folder, const LoadOptions& options) {
    detail::ProblemLog problems;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        problems.add(fileProblem("", "the content folder " + folder.string() + " does not exist"));
        LoadResult result;
        sortAndCount(result, std::move(problems));
        return result;
    }
    ContentTexts texts;
    Names unreadable;
    for (const FileSpec& spec : kFiles) {
        fs::path path = folder / spec.name;
        if (!fs::exists(fs::symlink_status(path, ec))) continue;
        if (auto text = readContentFile(path, spec.name, problems))
            texts.emplace(spec.name, std::move(*text));
        else
            unreadable.emplace(spec.name);
    }
    return check(texts, folder, options, std::move(problems), unreadable);
}

}  // namespace kiosk::content
