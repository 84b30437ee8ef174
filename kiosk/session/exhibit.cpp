#include "kiosk/session/exhibit.h"

#include <algorithm>
#include <string_view>

namespace kiosk::session {

const char* modeName(Mode mode) {
    switch (mode) {
        case Mode::Explore:
            return "explore";
        case Mode::Attract:
            return "attract";
        case Mode::Closed:
            return "closed";
        case Mode::Error:
            return "error";
    }
    return "error";
}

Exhibit::Exhibit(const Clock& clock) : ctx_(clock) {}

void Exhibit::setContent(std::shared_ptr<const content::Library> library) {
    ctx_.library = std::move(library);
    laneIndex_.clear();
    visit_.contentChanged();
    if (!ctx_.library) return setContentError("no content");
    ctx_.mode = Mode::Explore;
    ctx_.error.clear();
    visit_.setIdleTimeoutSeconds(ctx_.library->settings().idleTimeoutS);
    cameras_.setBounds(*ctx_.library);
    goHome();
    schedule_.configure(ctx_.library->settings());
}

void Exhibit::setContentError(std::string staffMessage) {
    ctx_.mode = Mode::Error;
    ctx_.error = std::move(staffMessage);
    ctx_.settle();
}

void Exhibit::setScreen(int width, int height, const input::PanelGeometry& panel) {
    ctx_.panel = panel;
    ctx_.width = width;
    ctx_.height = height;
    cameras_.setScreen(width, height, panel.pixelsPerMm());
    cameras_.relayout(visit_.card().amount());
    input::GestureConfig config;
    config.pixelsPerMm = panel.pixelsPerMm();
    touch_.configure(config);
    visit_.card().configure(config);
    if (ctx_.library) cameras_.home(ctx_.library->settings());
    ctx_.settle();
}

void Exhibit::setGeography(std::shared_ptr<const map::GeoAsset> geography) {
    ctx_.geography = std::move(geography);
    visit_.contentChanged();
    ctx_.settle();
}

Millis Exhibit::eventTime(std::optional<Millis> when) const {
    return when ? std::min(*when, now()) : now();
}

void Exhibit::fingerDown(std::int64_t finger, Vec2f at, std::optional<Millis> when) {
    Vec2f screen{float(ctx_.width), float(ctx_.height)};
    staff_.fingerDown(finger, at, screen, ctx_.panel.pixelsPerMm(), now());
    if (staff_.visible()) {
        // The staff panel takes every touch; the exhibit underneath carries on by itself.
        touch_.down(finger, at, Region::Staff, eventTime(when));
        ctx_.settle();
        return;
    }
    if (ctx_.mode == Mode::Closed) return;                 // the screen is dark or shows the hours
    if (schedule_.presentation()) return touch_.mark(at);  // answered; the slot goes on
    if (ctx_.mode == Mode::Attract) {
        // The touch that ends attract only wakes the exhibit; it taps nothing underneath.
        schedule_.endAttract();
        noteInput();
        touch_.down(finger, at, Region::None, eventTime(when));
        return;
    }
    noteInput();
    touch_.down(finger, at, touch_.regionAt(at), eventTime(when));
}

void Exhibit::fingerMove(std::int64_t finger, Vec2f at, std::optional<Millis> when) {
    staff_.fingerMove(finger, at, {float(ctx_.width), float(ctx_.height)},
                      ctx_.panel.pixelsPerMm());
    afterTouch(touch_.move(finger, at, eventTime(when)));
}

void Exhibit::fingerUp(std::int64_t finger, Vec2f at, std::optional<Millis> when) {
    staff_.fingerUp(finger, now());
    afterTouch(touch_.up(finger, at, eventTime(when)));
}

// A known finger moved or lifted: the staff panel only redraws; anywhere else it is a visitor.
void Exhibit::afterTouch(std::optional<Region> region) {
    if (!region) return;
    if (*region == Region::Staff)
        ctx_.settle();
    else
        noteInput();
}

void Exhibit::wheel(Vec2f at, float steps) {
    noteInput();
    if (ctx_.mode == Mode::Explore) cameras_.wheel(at, steps);
}

void Exhibit::update() {
    Millis t = now();
    touch_.update(t);
    touch_.applyGestures();
    // Before the frame is drawn, so the frame of the lift shows what the button did.
    for (const auto& id : touch_.takeButtonTaps()) pressButton(id);
    // Hands on a view outrank another visitor's selection: its flight must not pull the map
    // or the timeline from under a finger (the card still opens, the view stays put).
    if (touch_.holdingMap()) cameras_.map().cancelFlight();
    if (touch_.holdingTimeline()) cameras_.time().cancelFlight();
    if (visit_.card().update(t) != ctx_.layout.cardOpen) cameras_.relayout(visit_.card().amount());
    cameras_.update(t);
    visit_.updateIdle(t);
    if (staff_.update(t)) {
        if (!staff_.visible()) touch_.releasePointer();
        ctx_.settle();
    }
    if (staff_.takeLockedNotice())
        showNotice("The staff panel is locked: set staff_pin in kiosk.conf", true, 10'000);
    if (notices_.expire(t)) ctx_.settle();
    schedule_.refresh();
    if (ctx_.mode == Mode::Explore) {
        if (auto deadline = visit_.idleDeadline(); deadline && t >= *deadline) {
            goHome();  // nothing the last visitor did is left behind
            schedule_.startAttract();
        }
    } else {
        schedule_.update(t);
    }
    if (ctx_.settleFrames > 0) --ctx_.settleFrames;
}

bool Exhibit::needsFrame() const {
    return ctx_.settleFrames > 0 || touch_.needsFrame() || cameras_.flying() ||
           visit_.card().sliding() || staff_.holdProgress(now());
}

std::optional<Millis> Exhibit::nextDeadline() const {
    std::optional<Millis> best;
    auto consider = [&](std::optional<Millis> d) {
        if (d && (!best || *d < *best)) best = d;
    };
    consider(touch_.nextDeadline());
    if (ctx_.mode == Mode::Explore) consider(visit_.idleDeadline());
    consider(schedule_.nextDeadline());
    consider(staff_.nextDeadline());
    consider(notices_.nextDeadline());
    return best;
}

void Exhibit::goHome() {
    visit_.reset();
    touch_.reset();
    cameras_.relayout(visit_.card().amount());
    if (ctx_.library) cameras_.home(ctx_.library->settings());
    ctx_.settle();
}

bool Exhibit::pressButton(const std::string& id) {
    auto after = [&](const char* prefix) -> std::optional<std::string> {
        std::string_view p(prefix);
        if (id.rfind(p, 0) != 0) return std::nullopt;
        return id.substr(p.size());
    };
    if (id == "button:home") {
        goHome();
    } else if (id == "button:close") {
        visit_.clearSelection();
    } else if (id == "button:previous" || id == "button:next") {
        visit_.selectAdjacentEvent(id == "button:next" ? 1 : -1);
    } else if (id == "button:clear-filter") {
        visit_.clearFilter();
    } else if (id == "button:filter") {
        if (visit_.selection().actor.empty()) return false;
        visit_.setActorFilter(visit_.selection().actor);
    } else if (auto code = after("language:")) {
        visit_.setLanguage(*code);
    } else if (auto actor = after("chip:actor:")) {
        visit_.selectActor(*actor);
    } else if (auto place = after("chip:place:")) {
        visit_.selectPlace(*place);
    } else if (auto event = after("row:event:")) {
        visit_.selectEvent(*event);
    } else {
        return false;
    }
    ctx_.settle();
    return true;
}

bool Exhibit::wakeForCommand() {
    if (ctx_.mode == Mode::Closed || ctx_.mode == Mode::Error || schedule_.presentation())
        return false;
    if (ctx_.mode == Mode::Attract) schedule_.endAttract();
    noteInput();
    return true;
}

bool Exhibit::openCard(const std::string& card) {
    const content::Library* lib = ctx_.library.get();
    auto colon = card.find(':');
    if (!lib || colon == std::string::npos) return false;
    std::string kind = card.substr(0, colon), id = card.substr(colon + 1);
    bool known = kind == "event"   ? lib->event(id) != nullptr
                 : kind == "actor" ? lib->actor(id) != nullptr
                 : kind == "place" ? lib->place(id) != nullptr
                                   : false;
    if (!known || !wakeForCommand()) return false;
    return pressButton(kind == "event" ? "row:event:" + id : "chip:" + card);
}

bool Exhibit::chooseLanguage(const std::string& code) {
    if (!visit_.languageShown(code) || !wakeForCommand()) return false;
    return pressButton("language:" + code) && visit_.language() == code;
}

void Exhibit::withdrawNotices(std::string_view prefix) {
    if (notices_.withdraw(prefix)) ctx_.settle();
}

void Exhibit::showNotice(std::string text, bool problem, Millis durationMs) {
    notices_.show(std::move(text), problem, now(), durationMs);
    ctx_.settle();
}

}  // namespace kiosk::session
