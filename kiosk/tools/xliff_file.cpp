// XLIFF 1.2 files: written by hand, read with expat (see translation_files.h).
#include <expat.h>

#include <fstream>
#include <sstream>

#include "kiosk/tools/translation_files.h"

namespace kiosk::tools {
namespace {

std::string escaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

struct Reader {
    TranslationFile file;
    TranslationEntry entry;
    std::string* into = nullptr;  // the element whose characters are being read
    std::string note, noteFrom, targetState;
    bool inUnit = false;
};

const char* attribute(const XML_Char** attributes, std::string_view name) {
    for (int i = 0; attributes[i]; i += 2)
        if (name == attributes[i]) return attributes[i + 1];
    return nullptr;
}

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto& r = *static_cast<Reader*>(data);
    std::string_view element = name;
    if (element == "file") {
        if (const char* language = attribute(attributes, "target-language"))
            r.file.language = language;
    } else if (element == "trans-unit") {
        r.entry = {};
        r.inUnit = true;
        if (const char* id = attribute(attributes, "id")) r.entry.key = id;
        r.targetState.clear();
    } else if (r.inUnit && element == "source") {
        r.into = &r.entry.english;
    } else if (r.inUnit && element == "target") {
        const char* state = attribute(attributes, "state");
        r.targetState = state ? state : "";
        r.into = &r.entry.translated;
    } else if (r.inUnit && element == "note") {
        const char* from = attribute(attributes, "from");
        r.noteFrom = from ? from : "";
        r.note.clear();
        r.into = &r.note;
    }
}

void XMLCALL onEnd(void* data, const XML_Char* name) {
    auto& r = *static_cast<Reader*>(data);
    std::string_view element = name;
    r.into = nullptr;
    if (element == "note" && r.noteFrom == "previous-source") r.entry.previousEnglish = r.note;
    if (element == "trans-unit") {
        r.entry.fuzzy = r.targetState == "needs-review-translation" ||
                        r.targetState == "needs-translation" || r.targetState == "new";
        r.file.entries.push_back(std::move(r.entry));
        r.inUnit = false;
    }
}

void XMLCALL onText(void* data, const XML_Char* text, int length) {
    auto& r = *static_cast<Reader*>(data);
    if (r.into) r.into->append(text, std::size_t(length));
}

}  // namespace

std::string writeXliff(const TranslationFile& file) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
        "  <file original=\"" +
        escaped(file.title) + "\" source-language=\"en\" target-language=\"" +
        escaped(file.language) + "\" datatype=\"plaintext\" date=\"" + escaped(file.date) +
        "T00:00:00Z\">\n    <body>\n";
    for (const TranslationEntry& entry : file.entries) {
        out += "      <trans-unit id=\"" + escaped(entry.key) + "\" xml:space=\"preserve\">\n";
        out += "        <source>" + escaped(entry.english) + "</source>\n";
        if (!entry.translated.empty())
            out += std::string("        <target state=\"") +
                   (entry.fuzzy ? "needs-review-translation" : "translated") + "\">" +
                   escaped(entry.translated) + "</target>\n";
        if (entry.fuzzy)
            out += "        <note from=\"previous-source\">" + escaped(entry.previousEnglish) +
                   "</note>\n";
        out += "      </trans-unit>\n";
    }
    out += "    </body>\n  </file>\n</xliff>\n";
    return out;
}

std::optional<TranslationFile> readXliff(const std::filesystem::path& path,
                                         std::vector<std::string>& problems) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string text = bytes.str();
    std::string name = path.filename().string();
    if (!in) {
        problems.push_back(name + ": cannot be read");
        return std::nullopt;
    }
    Reader reader;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &reader);
    XML_SetElementHandler(parser, onStart, onEnd);
    XML_SetCharacterDataHandler(parser, onText);
    bool ok = XML_Parse(parser, text.data(), int(text.size()), XML_TRUE) != XML_STATUS_ERROR;
    if (!ok)
        problems.push_back(name + ":" + std::to_string(XML_GetCurrentLineNumber(parser)) + ":" +
                           std::to_string(XML_GetCurrentColumnNumber(parser) + 1) + ": " +
                           XML_ErrorString(XML_GetErrorCode(parser)));
    XML_ParserFree(parser);
    if (!ok) return std::nullopt;
    if (reader.file.language.empty()) {
        problems.push_back(name + ": <file> has no target-language");
        return std::nullopt;
    }
    return std::move(reader.file);
}

}  // namespace kiosk::tools
