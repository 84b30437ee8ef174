#include "kiosk/session/attract_schedule.h"

#include <algorithm>

namespace kiosk::session {

void AttractSchedule::configure(const content::Settings& settings) {
    problems_ = hours_.configure(settings);
    if (hours_.refresh(ctx_.clock)) apply();  // starting mid-day: straight to the right mode
}

void AttractSchedule::refresh() {
    if (ctx_.library && ctx_.mode != Mode::Error && hours_.refresh(ctx_.clock)) apply();
}

// Outside opening hours the exhibit goes dark (or shows its hours); at opening time it
// wakes by itself into attract mode.
void AttractSchedule::apply() {
    const auto& st = hours_.status();
    Mode& mode = ctx_.mode;
    if (!st.open && preview_) {
        ctx_.settle();  // the preview stays as it is; closedStrip() tells the editor
        return;
    }
    if (!st.open && mode != Mode::Closed) {
        attract_.stop();
        goHome_();
        mode = Mode::Closed;
        setDisplay(st.closedScreen == schedule::ClosedScreen::Hours);
    } else if (st.open && mode == Mode::Closed) {
        mode = Mode::Explore;
        setDisplay(true);
        goHome_();
        startAttract();
    } else if (st.open && st.variant) {
        // A presentation slot begins: it takes the screen, even from a visitor.
        if (mode == Mode::Attract) attract_.stop();
        mode = Mode::Explore;
        goHome_();
        startAttract();
    } else if (mode == Mode::Attract && !attract_.onlyTour().empty()) {
        startAttract();  // the slot ended: back to every tour
    }
    ctx_.settle();
}

std::string AttractSchedule::closedStrip() const {
    if (!preview_ || !ctx_.library || hours_.status().open) return "";
    std::string next = hours_.nextOpening();  // "Opens Tuesday at 10:00"
    if (next.empty()) return "Closed now (preview)";
    next[0] = 'o';
    return "Closed now; " + next + " (preview)";
}

void AttractSchedule::setDisplay(bool on) {
    if (on == displayOn_) return;
    displayOn_ = on;
    ++displaySwitches_;
}

void AttractSchedule::startAttract() {
    if (!ctx_.library || ctx_.mode == Mode::Error) return;
    const auto& variant = hours_.status().variant;
    std::string onlyTour = variant ? variant->tour : "";
    // No tours (or the presentation's tour has no stops): stay at home in explore.
    if (!attract_.start(*ctx_.library, ctx_.now(), onlyTour)) return;
    ctx_.mode = Mode::Attract;
    showStop();
}

void AttractSchedule::endAttract() {
    attract_.stop();
    ctx_.mode = Mode::Explore;
    goHome_();
}

void AttractSchedule::update(Millis now) {
    if (ctx_.mode == Mode::Attract && attract_.update(now)) showStop();
}

std::optional<Millis> AttractSchedule::nextDeadline() const {
    std::optional<Millis> best;
    if (ctx_.mode == Mode::Attract) best = attract_.nextDeadline();
    if (ctx_.library)
        if (auto d = hours_.steadyDeadline(ctx_.clock); d && (!best || *d < *best)) best = d;
    return best;
}

// A tour stop: the map flies to the event's places and the timeline follows; the caption
// is drawn by the UI from the stop.
void AttractSchedule::showStop() {
    visit_.showStop(attract_.currentStop().event);
}

bool AttractSchedule::presentation() const {
    return ctx_.mode == Mode::Attract && hours_.status().variant;
}

// Every language the content has, so each visitor finds theirs: "Touch · Berühren". During a
// scheduled presentation touching does nothing, so it is not invited.
std::string AttractSchedule::attractPrompt() const {
    std::string prompt;
    for (const auto& [language, text] : attractPrompts())
        prompt += (prompt.empty() ? "" : "  \xC2\xB7  ") + text;
    return prompt;
}

std::vector<std::pair<std::string, std::string>> AttractSchedule::attractPrompts() const {
    std::vector<std::pair<std::string, std::string>> prompts;
    if (!ctx_.library) return prompts;
    if (presentation()) {
        const auto& variant = hours_.status().variant;
        std::string text = variant->label.empty() ? "Presentation" : variant->label;
        std::string until = hours_.nextChangeTime();
        prompts.push_back(
            {"en", until.empty() ? text : text + " \xC2\xB7 explore again at " + until});
        return prompts;
    }
    const auto& settings = ctx_.library->settings();
    for (const auto& language : settings.languages) {
        const std::string& text = settings.attractPrompt.get(language.code);
        bool repeated = std::any_of(prompts.begin(), prompts.end(),
                                    [&](const auto& p) { return p.second == text; });
        if (!text.empty() && !repeated)
            prompts.push_back(
                {std::string(settings.attractPrompt.languageOf(language.code)), text});
    }
    if (prompts.empty()) prompts.push_back({"en", "Touch to explore"});
    return prompts;
}

}  // namespace kiosk::session
