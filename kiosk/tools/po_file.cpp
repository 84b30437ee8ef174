// PO files: written by hand (a fixed, simple layout), read by GNU gettext's libgettextpo.
#include <gettext-po.h>

#include <csetjmp>

#include "kiosk/tools/translation_files.h"

namespace kiosk::tools {
namespace {

// One PO string literal per line of the text, as msgmerge writes long ones.
std::string poString(const std::string& keyword, const std::string& s) {
    auto literal = [](std::string_view part) {
        std::string out = "\"";
        for (char c : part) {
            if (c == '"' || c == '\\')
                out += '\\', out += c;
            else if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else
                out += c;
        }
        return out + "\"";
    };
    std::size_t newline = s.find('\n');
    if (newline == std::string::npos || newline + 1 == s.size())
        return keyword + " " + literal(s) + "\n";
    std::string out = keyword + " \"\"\n";
    for (std::size_t at = 0; at < s.size();) {
        std::size_t end = s.find('\n', at);
        end = end == std::string::npos ? s.size() : end + 1;
        out += literal(std::string_view(s).substr(at, end - at)) + "\n";
        at = end;
    }
    return out;
}

// libgettextpo reports through callbacks; a fatal one must not return, hence the jump.
thread_local std::vector<std::string>* tProblems = nullptr;
thread_local std::jmp_buf tFatal;

void report(int severity, const char* filename, size_t line, size_t column, const char* text) {
    std::string where = filename ? filename : "";
    if (filename && line != size_t(-1)) where += ":" + std::to_string(line);
    if (filename && line != size_t(-1) && column != size_t(-1))
        where += ":" + std::to_string(column);
    std::string message = text ? text : "";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    tProblems->push_back(where + (where.empty() ? "" : ": ") + message);
    if (severity == PO_SEVERITY_FATAL_ERROR) std::longjmp(tFatal, 1);
}

void xerror(int severity, po_message_t, const char* filename, size_t line, size_t column, int,
            const char* text) {
    report(severity, filename, line, column, text);
}

void xerror2(int severity, po_message_t, const char* filename1, size_t line1, size_t column1, int,
             const char* text1, po_message_t, const char*, size_t, size_t, int, const char*) {
    report(severity, filename1, line1, column1, text1);
}

}  // namespace

std::string writePo(const TranslationFile& file) {
    std::string out = "# " + file.title + ": texts in \"" + file.language +
                      "\", exported by kiosk-content strings export.\n"
                      "# msgctxt is each text's file and JSON path; msgid is the English.\n";
    out += "msgid \"\"\nmsgstr \"\"\n";
    out += "\"Project-Id-Version: " + file.title + " " + file.date + "\\n\"\n";
    out += "\"PO-Revision-Date: " + file.date + " 00:00+0000\\n\"\n";
    out += "\"Last-Translator: \\n\"\n\"Language-Team: \\n\"\n";
    out += "\"Language: " + file.language + "\\n\"\n";
    out +=
        "\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        "\"Content-Transfer-Encoding: 8bit\\n\"\n";
    for (const TranslationEntry& entry : file.entries) {
        out += "\n";
        if (entry.fuzzy) {
            out += "#, fuzzy\n";
            std::string previous = poString("msgid", entry.previousEnglish);
            for (std::size_t at = 0; at < previous.size();) {
                std::size_t end = previous.find('\n', at) + 1;
                out += "#| " + previous.substr(at, end - at);
                at = end;
            }
        }
        out += poString("msgctxt", entry.key) + poString("msgid", entry.english) +
               poString("msgstr", entry.translated);
    }
    return out;
}

std::optional<TranslationFile> readPo(const std::filesystem::path& path,
                                      std::vector<std::string>& problems) {
    static const po_xerror_handler handler{xerror, xerror2};
    tProblems = &problems;
    po_file_t po = nullptr;
    if (setjmp(tFatal) != 0) {
        tProblems = nullptr;
        return std::nullopt;  // the file's memory is lost; this is a one-shot command
    }
    po = po_file_read(path.c_str(), &handler);
    tProblems = nullptr;
    if (!po) {
        problems.push_back(path.filename().string() + ": cannot be read");
        return std::nullopt;
    }
    TranslationFile file;
    if (const char* header = po_file_domain_header(po, nullptr)) {
        if (char* language = po_header_field(header, "Language")) {
            file.language = language;
            free(language);
        }
    }
    po_message_iterator_t it = po_message_iterator(po, nullptr);
    while (po_message_t message = po_next_message(it)) {
        const char* context = po_message_msgctxt(message);
        if (po_message_is_obsolete(message) || !context) continue;  // the header has none
        TranslationEntry entry;
        entry.key = context;
        entry.english = po_message_msgid(message);
        entry.translated = po_message_msgstr(message);
        entry.fuzzy = po_message_is_fuzzy(message);
        if (const char* previous = po_message_prev_msgid(message)) entry.previousEnglish = previous;
        file.entries.push_back(std::move(entry));
    }
    po_message_iterator_free(it);
    po_file_free(po);
    if (file.language.empty()) {
        problems.push_back(path.filename().string() +
                           ": the header has no \"Language\"; add e.g. \"Language: ru\\n\"");
        return std::nullopt;
    }
    return file;
}

}  // namespace kiosk::tools
