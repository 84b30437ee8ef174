// The exhibit's time-driven side: opening hours, presentation slots, attract mode, the idle
// deadline and staff notices. Split from exhibit.cpp, which handles touch and selection.
#include "kiosk/session/exhibit.h"

namespace kiosk::session {

// Outside opening hours the exhibit goes dark (or shows its hours); at opening time it
// wakes by itself into attract mode.
void Exhibit::applySchedule() {
    const auto& st = hours_.status();
    if (!st.open && mode_ != Mode::Closed) {
        attract_.stop();
        goHome();
        mode_ = Mode::Closed;
        setDisplay(st.closedScreen == schedule::ClosedScreen::Hours);
    } else if (st.open && mode_ == Mode::Closed) {
        mode_ = Mode::Explore;
        setDisplay(true);
        goHome();
        startAttract();
    } else if (st.open && st.variant) {
        // A presentation slot begins: it takes the screen, even from a visitor.
        if (mode_ == Mode::Attract) attract_.stop();
        mode_ = Mode::Explore;
        goHome();
        startAttract();
    } else if (mode_ == Mode::Attract && !attract_.onlyTour().empty()) {
        startAttract();  // the slot ended: back to every tour
    }
    settleFrames_ = kSettleFrames;
}

void Exhibit::setDisplay(bool on) {
    if (on == displayOn_) return;
    displayOn_ = on;
    ++displaySwitches_;
}

// Nobody touching for the idle time: since the last touch, or since the exhibit came to
// rest in explore (start-up, the end of attract) if nobody has touched since.
std::optional<Millis> Exhibit::idleDeadline() const {
    if (!library_ || (library_->tours().empty() && atHome_)) return std::nullopt;
    Millis since = quietSince_;
    if (auto last = idle_.lastInput(); last && *last > since) since = *last;
    return since + idle_.timeoutMs();
}

void Exhibit::startAttract() {
    if (!library_ || mode_ == Mode::Error) return;
    const auto& variant = hours_.status().variant;
    std::string onlyTour = variant ? variant->tour : "";
    // No tours (or the presentation's tour has no stops): stay at home in explore.
    if (!attract_.start(*library_, now(), onlyTour)) return;
    mode_ = Mode::Attract;
    showAttractStop();
}

void Exhibit::endAttract() {
    attract_.stop();
    mode_ = Mode::Explore;
    goHome();
}

// A tour stop: the map flies to the event's places and the timeline follows; the caption
// is drawn by the UI from the stop.
void Exhibit::showAttractStop() {
    selection_ = {attract_.currentStop().event, "", ""};
    collectSelectedCountries();
    flyToSelection(false);
}

void Exhibit::showNotice(std::string text, bool problem, Millis durationMs) {
    notices_.push_back({std::move(text), problem, now() + durationMs});
    if (notices_.size() > 3) notices_.erase(notices_.begin());  // the newest stay readable
    settleFrames_ = kSettleFrames;
}

// Every language the content has, so each visitor finds theirs: "Touch · Berühren". During a
// scheduled presentation touching does nothing, so it is not invited.
std::string Exhibit::attractPrompt() const {
    if (!library_) return "";
    if (presentation()) {
        const auto& variant = hours_.status().variant;
        std::string text = variant->label.empty() ? "Presentation" : variant->label;
        std::string until = hours_.nextChangeTime();
        return until.empty() ? text : text + " \xC2\xB7 explore again at " + until;
    }
    const auto& settings = library_->settings();
    std::string prompt;
    for (const auto& language : settings.languages) {
        const std::string& text = settings.attractPrompt.get(language.code);
        if (text.empty() || prompt.find(text) != std::string::npos) continue;
        prompt += (prompt.empty() ? "" : "  \xC2\xB7  ") + text;
    }
    return prompt.empty() ? "Touch to explore" : prompt;
}

}  // namespace kiosk::session
