#include "kiosk/content/language_status.h"

namespace kiosk::content {

std::vector<LanguageStatus> languageStatus(const Library& library) {
    std::vector<LanguageStatus> out;
    for (const Language& language : library.settings().languages)
        out.push_back({language.code, language.name, language.review, language.reviewedBy,
                       language.reviewedOn, 0, 0});
    forEachText(library, [&](const Text& text) {
        for (LanguageStatus& status : out) {
            ++status.texts;
            if (!text.byLanguage.count(status.code)) ++status.missing;
        }
    });
    return out;
}

}  // namespace kiosk::content
