#pragma once
// Translators' files: gettext PO and XLIFF 1.2, one per language. Each entry is one text of
// the content: its key (FILE#POINTER) as msgctxt / trans-unit id, the English as msgid /
// source, the translation as msgstr / target. A translation made from English that has since
// changed is fuzzy: PO "#, fuzzy" with the English it was made from as "#| msgid"; XLIFF
// state="needs-review-translation" with it in <note from="previous-source">.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::tools {

struct TranslationEntry {
    std::string key;         // "events.json#/events/0/title"
    std::string english;     // the source the translation belongs to
    std::string translated;  // empty: not translated
    bool fuzzy = false;
    std::string previousEnglish;  // when fuzzy: the English the translation was made from
};

struct TranslationFile {
    std::string language;  // "ru"
    std::string title;     // the exhibit's English title (PO Project-Id-Version, XLIFF original)
    std::string date;      // "2026-11-27": the content's version_date
    std::vector<TranslationEntry> entries;
};

enum class TranslationFormat { Po, Xliff };

// The text of a PO file (UTF-8, with a full header that msgfmt -c accepts) or an XLIFF 1.2
// file.
std::string writePo(const TranslationFile& file);
std::string writeXliff(const TranslationFile& file);

// Reads a PO file with GNU gettext's libgettextpo, or an XLIFF file with expat. The language
// comes from the PO header's "Language" or the XLIFF's target-language. Problems are appended
// as "ru.po:12:3: message"; nullopt when the file cannot be used.
std::optional<TranslationFile> readPo(const std::filesystem::path& path,
                                      std::vector<std::string>& problems);
std::optional<TranslationFile> readXliff(const std::filesystem::path& path,
                                         std::vector<std::string>& problems);

}  // namespace kiosk::tools
