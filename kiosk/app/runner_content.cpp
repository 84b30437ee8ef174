// Choosing, reading and showing the content (and the interface strings): the folder is
// chosen before the window opens and read on a worker (see start()); reloads from --watch
// and USB updates show their folder through the same showLoaded.
#include <future>
#include <system_error>

#include "kiosk/app/runner.h"
#include "kiosk/content/load.h"
#include "kiosk/core/utf8.h"
#include "kiosk/text/coverage.h"

namespace kiosk::app {

std::string Runner::bundledContentDir() const {
    return params_.contentDir.empty() ? defaultContentDir() : params_.contentDir;
}

// The content to show: the installed version the updater recovered, else the bundled one;
// a preview shows the folder it watches.
std::string Runner::chooseContentDir() {
    // Editors' previews are never dark (docs/editors-workflows.md, Previewing).
    bool windowed = !params_.fullscreen && !params_.headless;
    exhibit_->schedule().setPreview(!params_.watchDir.empty() || windowed);
    std::string dir = setUpUpdates(bundledContentDir());
    if (!params_.watchDir.empty()) dir = params_.watchDir;  // a preview shows what is edited
    startWatch();
    return dir;
}

// Reads dir on a worker thread (loadContent is a pure function of the folder); where no
// thread can be made, the future reads it when asked.
std::future<content::LoadResult> Runner::readContentAsync(const std::string& dir) {
    auto read = [dir] {
        content::LoadOptions options;
        options.decodeImages = false;  // see loadContentFrom
        options.readThreads = 2;       // a large events.json in halves, on both cores
        return content::loadContent(dir, options);
    };
    try {
        return std::async(std::launch::async, read);
    } catch (const std::system_error&) {
        return std::async(std::launch::deferred, read);
    }
}

void Runner::loadContent(const std::string& dir, content::LoadResult early) {
    std::string bundled = bundledContentDir();
    if (!showLoaded(dir, std::move(early)) && dir != bundled) {
        log("the installed content " + dir + " could not be loaded; showing " + bundled);
        loadContentFrom(bundled);
    }
    readClockInExhibitZone();
    exhibit_->update();  // the schedule, read with the right clock
    if (exhibit_->library()) {
        const auto& hours = exhibit_->schedule().openingHours().status();
        log("schedule: " + hours.reason);
        if (!hours.clockTrusted) log("warning: the clock is not trusted; ignoring the schedule");
    }
}

// The interface strings, bundled beside the map asset: assets/strings/ui.json. A problem in
// it is logged; the entry concerned shows in English (or as its key), never a crash.
void Runner::loadUiStrings() {
    std::string dir = params_.assetsDir.empty() ? defaultAssetsDir() : params_.assetsDir;
    std::vector<text::CatalogProblem> problems;
    uiStrings_ = text::UiStrings::load(dir + "/strings/ui.json", problems);
    for (const auto& p : problems) log("interface strings: " + p.text());
    text::configureLocaleFormats(&uiStrings_);
}

namespace {

// Languages whose letters the fonts cannot draw (more than a tenth of CLDR's exemplar
// characters missing) get no button: a visitor never switches to a screen of empty boxes.
// kiosk-content validate warns about any gap, located; the log says which were hidden.
std::vector<std::string> undrawableLanguages(const content::Library& library) {
    const char* dir = std::getenv("KIOSK_FONT_DIR");
    static const text::FontCoverage fonts(
        text::findFontFiles(text::Weight::Regular, dir ? dir : ""));
    std::vector<std::string> hidden;
    for (const auto& language : library.settings().languages) {
        auto gap = text::exemplarGap(fonts, language.code);
        if (!gap || gap->missing.empty()) continue;
        bool unreadable = gap->missing.size() * 10 > gap->exemplars;
        log("fonts: " + std::to_string(gap->missing.size()) + " of the " +
            std::to_string(gap->exemplars) + " letters of \"" + language.code + "\" are missing" +
            (unreadable ? "; its language button is hidden" : ""));
        if (unreadable) hidden.push_back(language.code);
    }
    return hidden;
}

}  // namespace

// The banner of a reload that failed (--watch, USB), taken back by the next good one.
constexpr std::string_view kNotReloaded = "Not reloaded, still showing the last good content:";

bool Runner::loadContentFrom(const std::string& dir, bool keepShown) {
    // Headers only: the start must not wait for every picture. Installed content was decoded
    // whole when its update was verified; the picture worker decodes each one again.
    content::LoadOptions options;
    options.decodeImages = false;
    options.readThreads = 2;
    return showLoaded(dir, content::loadContent(dir, options), keepShown);
}

bool Runner::showLoaded(const std::string& dir, content::LoadResult result, bool keepShown) {
    for (const auto& p : result.problems) log(dir + "/" + p.format());
    fontsDirty_ = true;
    if (!result.ok() && keepShown && exhibit_->library()) {
        // The last good content stays; the banner names every error where the editor looks.
        std::string banner(kNotReloaded);
        int listed = 0;
        for (const auto& p : result.problems) {
            if (p.severity != content::Problem::Severity::Error) continue;
            if (++listed > 3) break;
            banner += "\n" + p.format();
        }
        if (result.errors > 3) banner += "\n(" + std::to_string(result.errors - 3) + " more)";
        exhibit_->showNotice(toValidUtf8(banner), true, 3'600'000);
        return false;
    }
    if (!result.ok()) {
        const auto* first = result.firstError();
        exhibit_->setContentError(first ? first->format() : "the content could not be loaded");
        return false;
    }
    exhibit_->withdrawNotices(kNotReloaded);  // an earlier broken save, now put right
    exhibit_->setContent(result.library);
    exhibit_->visit().setHiddenLanguages(undrawableLanguages(*result.library));
    // Dates and numbers in each language's digits (exhibit.json "digits"), messages included.
    std::vector<std::pair<std::string, std::string>> digits;
    for (const auto& language : result.library->settings().languages) {
        digits.push_back({language.code, language.digits});
        uiStrings_.setDigits(language.code, language.digits);
    }
    text::configureLocaleFormats(&uiStrings_, std::move(digits));
    for (const auto& problem : exhibit_->schedule().problems())
        log("schedule: " + problem + "; the exhibit stays open");
    log("content " + dir + ": " + std::to_string(result.library->events().size()) +
        " events, version " + std::to_string(result.library->settings().version));
    return true;
}

}  // namespace kiosk::app
