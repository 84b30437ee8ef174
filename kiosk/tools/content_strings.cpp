// Collecting and writing back the texts translators work on (see content_strings.h).
#include "kiosk/tools/content_strings.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/content/json_positions.h"

namespace kiosk::tools {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFiles[] = {"exhibit.json", "events.json",  "actors.json", "places.json",
                                  "tracks.json",  "sources.json", "media.json",  "tours.json"};

bool readFile(const std::filesystem::path& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    text = bytes.str();
    return true;
}

bool looksLikeLanguage(const std::string& key) {
    return key.size() >= 2 && key.size() <= 12 && key[0] >= 'a' && key[0] <= 'z' &&
           std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                      (c >= '0' && c <= '9');
           });
}

bool isText(const Json& value) {
    if (!value.is_object() || !value.contains("en") || !value["en"].is_string()) return false;
    for (const auto& [key, member] : value.items())
        if (key != "$comment" && (!looksLikeLanguage(key) || !member.is_string())) return false;
    return true;
}

void walk(const Json& value, const std::string& file, std::string pointer,
          std::vector<ContentText>& out) {
    if (isText(value)) {
        ContentText text{file + "#" + pointer, value["en"].get<std::string>(), {}};
        for (const auto& [key, member] : value.items())
            if (key != "en" && key != "$comment")
                text.translations[key] = member.get<std::string>();
        out.push_back(std::move(text));
    } else if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            std::string child = pointer;
            content::appendPointerKey(child, key);
            walk(member, file, child, out);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            std::string child = pointer;
            content::appendPointerIndex(child, i);
            walk(value[i], file, child, out);
        }
    }
}

// The end of the JSON string token that starts with the quote at `start`.
std::size_t stringEnd(const std::string& text, std::size_t start) {
    for (std::size_t i = start + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return std::string::npos;
}

// The offset of the '}' that closes the object whose '{' is at `open`.
std::size_t objectEnd(const std::string& text, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"')
            i = stringEnd(text, i) - 1;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i;
    }
    return std::string::npos;
}

std::string quoted(const std::string& s) {
    return Json(s).dump(-1, ' ', false, Json::error_handler_t::strict);
}

struct Edit {
    std::size_t from, to;
    std::string with;
};

}  // namespace

ContentStrings collectStrings(const std::filesystem::path& folder) {
    ContentStrings result;
    for (const char* file : kFiles) {
        std::string text;
        if (!readFile(folder / file, text)) continue;
        Json root = Json::parse(text, nullptr, false);
        if (root.is_discarded()) {
            result.problems.push_back(std::string(file) +
                                      ": not valid JSON; run kiosk-content validate first");
            continue;
        }
        if (std::string(file) == "exhibit.json") {
            for (const Json& language : root.value("languages", Json::array()))
                if (language.is_object() && language.value("code", Json()).is_string())
                    result.languages.push_back(language["code"].get<std::string>());
            if (root.contains("title") && isText(root["title"]))
                result.title = root["title"]["en"].get<std::string>();
            if (root.value("version_date", Json()).is_string())
                result.versionDate = root["version_date"].get<std::string>();
        }
        walk(root, file, "", result.texts);
    }
    if (result.languages.empty()) result.problems.push_back("exhibit.json: no languages listed");
    return result;
}

std::vector<std::string> writeTranslations(const std::filesystem::path& folder,
                                           const std::string& language,
                                           const std::map<std::string, std::string>& byKey) {
    std::vector<std::string> problems;
    std::map<std::string, std::map<std::string, std::string>> byFile;  // file -> pointer -> text
    for (const auto& [key, value] : byKey) {
        std::size_t hash = key.find('#');
        if (hash == std::string::npos) {
            problems.push_back(key + ": not a text's key (FILE#POINTER)");
            continue;
        }
        byFile[key.substr(0, hash)][key.substr(hash + 1)] = value;
    }
    std::map<std::string, std::string> written;
    for (const auto& [file, texts] : byFile) {
        std::string text;
        if (!readFile(folder / file, text)) {
            problems.push_back(file + ": cannot be read");
            continue;
        }
        Json root = Json::parse(text, nullptr, false);
        std::vector<std::string> pointers;
        for (const auto& [pointer, value] : texts) pointers.push_back(pointer);
        auto offsets = content::locatePointers(text, pointers);
        std::vector<Edit> edits;
        for (const auto& [pointer, value] : texts) {
            Json::json_pointer at(pointer);
            if (root.is_discarded() || !root.contains(at) || !isText(root[at])) {
                problems.push_back(file + "#" + pointer + ": there is no such text in the content");
                continue;
            }
            std::size_t open = offsets[pointer];
            std::size_t close = objectEnd(text, open);
            if (text[open] != '{' || close == std::string::npos) {
                problems.push_back(file + "#" + pointer + ": cannot find the text in the file");
                continue;
            }
            const Json& object = root[at];
            if (object.contains(language)) {
                // Text objects hold only strings: walk "key": "value" pairs to the language.
                std::size_t valueAt = std::string::npos;
                for (std::size_t i = text.find('"', open + 1); i < close;) {
                    std::size_t keyEnd = stringEnd(text, i);
                    std::size_t valueStart = text.find('"', text.find(':', keyEnd));
                    if (Json::parse(text.substr(i, keyEnd - i), nullptr, false) == language) {
                        valueAt = valueStart;
                        break;
                    }
                    i = text.find('"', stringEnd(text, valueStart));
                }
                if (valueAt == std::string::npos) {
                    problems.push_back(file + "#" + pointer + ": cannot find the text in the file");
                    continue;
                }
                edits.push_back({valueAt, stringEnd(text, valueAt), quoted(value)});
            } else {
                std::size_t last = text.find_last_not_of(" \t\r\n", close - 1);
                edits.push_back(
                    {last + 1, last + 1, ", " + quoted(language) + ": " + quoted(value)});
            }
        }
        std::sort(edits.begin(), edits.end(),
                  [](const Edit& a, const Edit& b) { return a.from > b.from; });
        for (const Edit& edit : edits) text.replace(edit.from, edit.to - edit.from, edit.with);
        // Check the edits: the file still parses and says what was asked.
        Json check = Json::parse(text, nullptr, false);
        for (const auto& [pointer, value] : texts) {
            Json::json_pointer at(pointer + "/" + language);
            if (!check.is_discarded() && check.contains(at) && check[at] == value) continue;
            if (!root.is_discarded() && root.contains(Json::json_pointer(pointer)))
                problems.push_back(file + "#" + pointer +
                                   ": the edit did not take; nothing written");
        }
        written[file] = std::move(text);
    }
    if (!problems.empty()) return problems;
    for (const auto& [file, text] : written) {
        std::filesystem::path path = folder / file, temporary = path;
        temporary += ".tmp";
        std::ofstream(temporary, std::ios::binary) << text;
        std::filesystem::rename(temporary, path);
    }
    return problems;
}

}  // namespace kiosk::tools
