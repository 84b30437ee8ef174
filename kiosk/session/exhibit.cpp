#include "kiosk/session/exhibit.h"

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
    ctx_.settle();
}

void Exhibit::fingerDown(std::int64_t finger, Vec2f at) {
    Vec2f screen{float(ctx_.width), float(ctx_.height)};
    staff_.fingerDown(finger, at, screen, ctx_.panel.pixelsPerMm(), now());
    if (staff_.visible()) {
        // The staff panel takes every touch; the exhibit underneath carries on by itself.
        touch_.down(finger, at, Region::Staff);
        ctx_.settle();
        return;
    }
    if (ctx_.mode == Mode::Closed) return;                 // the screen is dark or shows the hours
    if (schedule_.presentation()) return touch_.mark(at);  // answered; the slot goes on
    if (ctx_.mode == Mode::Attract) {
        // The touch that ends attract only wakes the exhibit; it taps nothing underneath.
        schedule_.endAttract();
        noteInput();
        touch_.down(finger, at, Region::None);
        return;
    }
    noteInput();
    touch_.down(finger, at, touch_.regionAt(at));
}

void Exhibit::fingerMove(std::int64_t finger, Vec2f at) {
    staff_.fingerMove(finger, at, {float(ctx_.width), float(ctx_.height)},
                      ctx_.panel.pixelsPerMm());
    afterTouch(touch_.move(finger, at));
}

void Exhibit::fingerUp(std::int64_t finger, Vec2f at) {
    staff_.fingerUp(finger);
    afterTouch(touch_.up(finger, at));
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

void Exhibit::withdrawNotices(std::string_view prefix) {
    if (notices_.withdraw(prefix)) ctx_.settle();
}

void Exhibit::showNotice(std::string text, bool problem, Millis durationMs) {
    notices_.show(std::move(text), problem, now(), durationMs);
    ctx_.settle();
}

}  // namespace kiosk::session
