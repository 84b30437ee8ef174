#pragma once
// The visitor-facing texts of a content folder, as translators' files carry them: each text
// object ({"en": ..., "ru": ...}) keyed by its file and JSON pointer, and the minimal edits
// that write translations back (everything else in the files is left byte for byte).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace kiosk::tools {

struct ContentText {
    std::string key;  // "events.json#/events/0/title": the file, "#", the JSON pointer
    std::string english;
    std::map<std::string, std::string> translations;  // language code -> text
};

struct ContentStrings {
    std::vector<std::string> languages;  // exhibit.json's codes, in its order
    std::string title;                   // exhibit.json's English title, for file headers
    std::string versionDate;             // exhibit.json's version_date, for file headers
    std::vector<ContentText> texts;      // in file order (exhibit.json, events.json, ...)
    std::vector<std::string> problems;   // "events.json: not valid JSON (...)"
};

// Every object with an "en" string whose other keys are language codes or "$comment", in
// the eight content files (docs/content-format.md, The folder).
ContentStrings collectStrings(const std::filesystem::path& folder);

// Sets `language` of the texts named by key (see ContentText::key) in the folder's files,
// editing only those strings (or adding the language to the text object, after its last
// member). Returns the problems; on any problem no file is written.
std::vector<std::string> writeTranslations(const std::filesystem::path& folder,
                                           const std::string& language,
                                           const std::map<std::string, std::string>& byKey);

}  // namespace kiosk::tools
