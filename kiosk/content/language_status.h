#pragma once
// How far each language of the exhibit is: for the staff panel (kiosk/ui draws it) and tests.
// No SDL or ImGui here.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/model.h"

namespace kiosk::content {

struct LanguageStatus {
    std::string code;  // "ru", as exhibit.json lists it
    std::string name;  // "Русский": the language's own name for itself, as exhibit.json writes it
    Review review = Review::Draft;        // exhibit.json "review"; see Language
    std::string reviewedBy;               // may be empty
    std::optional<DatePoint> reviewedOn;  // a day, when given
    // Visitor-facing texts in the content: every multilingual text field that is present
    // (titles, summaries, bodies, quotes, names, roles, captions, date labels, the exhibit's
    // title and prompt). The same number for every language. Source titles and publishers
    // are single-language and not counted.
    int texts = 0;
    // Of those, how many lack this language, so the exhibit shows their English. 0 for "en".
    int missing = 0;
};

// One entry per language, in exhibit.json's order. The counts are those that
// kiosk-content validate reports, texts counted once however many languages they have.
std::vector<LanguageStatus> languageStatus(const Library& library);

// Calls visit(text) for every visitor-facing text of the library, as counted above. (An
// actor's short name written the same as its name counts once here, twice in validate.)
template <class Visit>
void forEachText(const Library& library, Visit&& visit);

// ---------------------------------------------------------------------------------------------

template <class Visit>
void forEachText(const Library& library, Visit&& visit) {
    auto see = [&](const Text& text) {
        if (!text.empty()) visit(text);
    };
    const Settings& s = library.settings();
    for (const Text* t : {&s.title, &s.subtitle, &s.attractPrompt, &s.timeline.display}) see(*t);
    for (const Event& e : library.events()) {
        for (const Text* t : {&e.title, &e.summary, &e.body, &e.when.display}) see(*t);
        for (const Quote& q : e.quotes) see(q.text);
    }
    for (const Actor& a : library.actors()) {
        // Without "short_name" the loader copies the name: the same text, counted once.
        if (a.shortName.byLanguage != a.name.byLanguage) see(a.shortName);
        for (const Text* t : {&a.name, &a.role, &a.description}) see(*t);
    }
    for (const Place& p : library.places()) see(p.name);
    for (const Track& t : library.tracks()) see(t.name);
    for (const Era& e : library.eras()) {
        see(e.name);
        see(e.when.display);
    }
    for (const Media& m : library.media())
        for (const Text* t : {&m.caption, &m.credit, &m.alt}) see(*t);
    for (const Tour& tour : library.tours()) {
        see(tour.title);
        for (const TourStop& stop : tour.stops) see(stop.caption);
    }
}

}  // namespace kiosk::content
