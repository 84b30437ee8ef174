#pragma once
// Internal: the readers of the individual content files. Each checks one parsed file and adds
// what it could read to the builder; references are checked against the catalog of ids.
#include <filesystem>
#include <string>
#include <unordered_map>

#include "kiosk/content/library_builder.h"
#include "kiosk/content/reader.h"

namespace kiosk::content::detail {

struct ReadState {
    ReadState(const Catalog& c, ProblemLog& p, LibraryBuilder& b, const LoadOptions& o,
              std::filesystem::path folder)
        : catalog(c), problems(p), builder(b), options(o), contentFolder(std::move(folder)) {}
    const Catalog& catalog;
    ProblemLog& problems;
    LibraryBuilder& builder;
    const LoadOptions& options;
    std::filesystem::path contentFolder;
    LanguageSet languages;  // filled by readExhibit, consulted by every other reader
    ContentCounts counts;
    TextLedger ledger;
    bool eventsInHalves = false;  // LoadOptions::readThreads took effect
};

void readExhibit(const JsonValue& root, ReadState& state);
void readTracks(const JsonValue& root, ReadState& state);  // tracks and eras
void readSources(const JsonValue& root, ReadState& state);
void readPlaces(const JsonValue& root, ReadState& state);
void readActors(const JsonValue& root, ReadState& state);
void readMedia(const JsonValue& root, ReadState& state);
void readEvents(const JsonValue& root, ReadState& state);
void readTours(const JsonValue& root, ReadState& state);

// Reports an id that an earlier item of the same kind already has.
class UniqueIds {
  public:
    UniqueIds(std::string listPointer, std::string kindPlural)
        : listPointer_(std::move(listPointer)), kindPlural_(std::move(kindPlural)) {}
    void check(const FileScope& scope, const std::string& id, const JsonPath& itemPath,
               std::size_t index);

  private:
    std::string listPointer_, kindPlural_;
    std::unordered_map<std::string, std::size_t> firstIndex_;
};

// Reads {"<key>": [...]} and calls readItem(item, path, index) for every entry of the list.
template <class ReadItem>
void forEachItem(const FileScope& scope, const JsonValue& root, std::string_view key,
                 std::initializer_list<std::string_view> known, ReadItem&& readItem) {
    JsonPath top;
    ObjectReader file(scope, root, top, "file", known);
    std::string expected = "a list like {\"" + std::string(key) + "\": [...]}";
    file.forEach(key, Need::Required, expected, readItem);
}

}  // namespace kiosk::content::detail
