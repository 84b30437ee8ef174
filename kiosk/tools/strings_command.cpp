// kiosk-content strings: translators' files (PO, XLIFF) out of a content folder and back in.
#include <algorithm>
#include <fstream>
#include <map>

#include "kiosk/tools/cli.h"
#include "kiosk/tools/content_strings.h"
#include "kiosk/tools/translation_files.h"

namespace kiosk::tools {
namespace {

int runStrings(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kStringsCommand{
    "strings",
    "strings export DIR --format po|xliff -o OUTDIR | strings import DIR FROMDIR",
    "translators' files: export every text to PO or XLIFF, import translations back",
    "export writes one file per language of exhibit.json other than English (OUTDIR/ru.po,\n"
    "OUTDIR/ar.xlf): every text a visitor sees, its file and JSON path as the context\n"
    "(msgctxt, trans-unit id), the English as the source, the translation so far as the\n"
    "target. When OUTDIR already holds that language's file from an earlier export, a\n"
    "translation whose English has changed since is marked fuzzy (PO \"#, fuzzy\" with the\n"
    "English it was made from as \"#| msgid\"; XLIFF state=\"needs-review-translation\").\n"
    "\n"
    "import reads every *.po, *.xlf and *.xliff in FROMDIR and writes their translations into\n"
    "DIR's files, changing only those texts. Fuzzy and empty translations are skipped, and so\n"
    "is a translation whose English no longer matches the content (export again).\n"
    "\n"
    "Options:\n"
    "  --format po|xliff  the file format to export (default po)\n"
    "  -o OUTDIR          where export writes (created if needed)\n"
    "\n"
    "Exit status: 0 done, 1 a file could not be read or written, 2 the command was used\n"
    "wrongly.\n",
    runStrings,
};

namespace {

std::string extensionOf(TranslationFormat format) {
    return format == TranslationFormat::Po ? ".po" : ".xlf";
}

// The earlier export's entries by key, when there is one.
std::map<std::string, TranslationEntry> previousEntries(const std::filesystem::path& path,
                                                        TranslationFormat format) {
    std::map<std::string, TranslationEntry> byKey;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return byKey;
    std::vector<std::string> ignored;
    auto file = format == TranslationFormat::Po ? readPo(path, ignored) : readXliff(path, ignored);
    if (file)
        for (TranslationEntry& entry : file->entries) byKey[entry.key] = std::move(entry);
    return byKey;
}

int exportStrings(const std::string& folder, TranslationFormat format, const std::string& outDir,
                  CommandIo& io) {
    ContentStrings strings = collectStrings(folder);
    for (const std::string& problem : strings.problems) io.out << problem << '\n';
    if (!strings.problems.empty()) return kExitProblems;
    std::filesystem::create_directories(outDir);
    for (const std::string& language : strings.languages) {
        if (language == "en") continue;
        std::filesystem::path path =
            std::filesystem::path(outDir) / (language + extensionOf(format));
        auto previous = previousEntries(path, format);
        TranslationFile file{language, strings.title, strings.versionDate, {}};
        int translated = 0, fuzzy = 0;
        for (const ContentText& text : strings.texts) {
            TranslationEntry entry{text.key, text.english, {}, false, {}};
            if (auto it = text.translations.find(language); it != text.translations.end())
                entry.translated = it->second;
            auto before = previous.find(text.key);
            if (!entry.translated.empty() && before != previous.end()) {
                const TranslationEntry& old = before->second;
                // Made from other English, or still fuzzy and not retranslated since.
                if (old.english != text.english ||
                    (old.fuzzy && old.translated == entry.translated)) {
                    entry.fuzzy = true;
                    entry.previousEnglish = old.fuzzy && !old.previousEnglish.empty()
                                                ? old.previousEnglish
                                                : old.english;
                }
            }
            translated += !entry.translated.empty();
            fuzzy += entry.fuzzy;
            file.entries.push_back(std::move(entry));
        }
        std::ofstream out(path, std::ios::binary);
        out << (format == TranslationFormat::Po ? writePo(file) : writeXliff(file));
        if (!out) {
            io.out << path.string() << ": cannot be written\n";
            return kExitProblems;
        }
        io.out << path.string() << ": " << file.entries.size() << " texts, " << translated
               << " translated, " << fuzzy << " fuzzy\n";
    }
    return kExitOk;
}

int importStrings(const std::string& folder, const std::string& fromDir, CommandIo& io) {
    ContentStrings strings = collectStrings(folder);
    for (const std::string& problem : strings.problems) io.out << problem << '\n';
    if (!strings.problems.empty()) return kExitProblems;
    std::map<std::string, const ContentText*> byKey;
    for (const ContentText& text : strings.texts) byKey[text.key] = &text;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(fromDir, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        std::string ext = it->path().extension().string();
        if (ext == ".po" || ext == ".xlf" || ext == ".xliff") files.push_back(it->path());
    }
    if (ec) {
        io.out << fromDir << ": cannot be read (" << ec.message() << ")\n";
        return kExitProblems;
    }
    std::sort(files.begin(), files.end());
    int status = kExitOk;
    for (const std::filesystem::path& path : files) {
        std::vector<std::string> problems;
        std::string name = path.filename().string();
        auto file = path.extension() == ".po" ? readPo(path, problems) : readXliff(path, problems);
        for (const std::string& problem : problems) io.out << problem << '\n';
        if (!file) {
            status = kExitProblems;
            continue;
        }
        const auto& languages = strings.languages;
        if (file->language == "en" ||
            std::find(languages.begin(), languages.end(), file->language) == languages.end()) {
            io.out << name << ": exhibit.json lists no language \"" << file->language
                   << "\" to translate into; add it there first\n";
            status = kExitProblems;
            continue;
        }
        std::map<std::string, std::string> changes;
        int unchanged = 0, skipped = 0;
        for (const TranslationEntry& entry : file->entries) {
            auto it = byKey.find(entry.key);
            if (entry.fuzzy || entry.translated.empty()) {
                ++skipped;
            } else if (it == byKey.end()) {
                io.out << name << ": " << entry.key << ": no such text in the content; skipped\n";
                ++skipped;
            } else if (it->second->english != entry.english) {
                io.out << name << ": " << entry.key
                       << ": the English has changed since this file was exported; skipped "
                          "(export again and translate the change)\n";
                ++skipped;
            } else if (auto now = it->second->translations.find(file->language);
                       now != it->second->translations.end() && now->second == entry.translated) {
                ++unchanged;
            } else {
                changes[entry.key] = entry.translated;
            }
        }
        for (const std::string& problem : writeTranslations(folder, file->language, changes)) {
            io.out << name << ": " << problem << '\n';
            status = kExitProblems;
        }
        io.out << name << ": " << changes.size() << " texts updated, " << unchanged
               << " unchanged, " << skipped << " fuzzy, untranslated or skipped\n";
    }
    return status;
}

int runStrings(std::span<const std::string_view> args, CommandIo& io) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        if (args.empty()) return usageError(kStringsCommand, "export or import?", io);
        printCommandHelp(kStringsCommand, io.out);
        return kExitOk;
    }
    std::vector<std::string> positional;
    TranslationFormat format = TranslationFormat::Po;
    std::string outDir;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if ((arg == "--format" || arg == "-o") && i + 1 == args.size())
            return usageError(kStringsCommand, std::string(arg) + " needs a value", io);
        if (arg == "--format") {
            std::string_view value = args[++i];
            if (value == "po")
                format = TranslationFormat::Po;
            else if (value == "xliff" || value == "xlf")
                format = TranslationFormat::Xliff;
            else
                return usageError(kStringsCommand, "--format expects po or xliff", io);
        } else if (arg == "-o") {
            outDir = args[++i];
        } else if (arg == "--help" || arg == "-h") {  // "strings export --help"
            printCommandHelp(kStringsCommand, io.out);
            return kExitOk;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError(kStringsCommand, "unknown option " + std::string(arg), io);
        } else {
            positional.emplace_back(arg);
        }
    }
    if (args[0] == "export") {
        if (positional.size() != 1 || outDir.empty())
            return usageError(kStringsCommand, "export needs DIR and -o OUTDIR", io);
        return exportStrings(positional[0], format, outDir, io);
    }
    if (args[0] == "import") {
        if (positional.size() != 2)
            return usageError(kStringsCommand, "import needs DIR and FROMDIR", io);
        return importStrings(positional[0], positional[1], io);
    }
    return usageError(kStringsCommand, "expected export or import, found " + std::string(args[0]),
                      io);
}

}  // namespace
}  // namespace kiosk::tools
