#include "kiosk/session/touch_router.h"

#include <algorithm>
#include <cmath>

namespace kiosk::session {
namespace {

input::Vec2 toInput(Vec2f p) {
    return {p.x, p.y};
}
Vec2f toScreen(input::Vec2 p) {
    return {p.x, p.y};
}
bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}
// What a tap can press in a region, by target id prefix; the map and timeline's own
// targets are resolved by their gestures.
const char* const kButtonPrefixes[] = {"button:", "language:", "chip:", "row:"};

}  // namespace

void TouchRouter::configure(const input::GestureConfig& config) {
    config_ = config;
    mapGestures_ = input::GestureRecognizer(config);
    timelineGestures_ = input::GestureRecognizer(config);
}

Region TouchRouter::regionAt(Vec2f p) const {
    const Layout& layout = ctx_.layout;
    if (layout.header.contains(p)) return Region::Header;
    if (visit_.card().amount() > 0 && layout.card.contains(p)) return Region::Card;
    if (layout.map.contains(p)) return Region::Map;
    if (layout.timeline.contains(p)) return Region::Timeline;
    return Region::None;
}

input::GestureRecognizer* TouchRouter::recognizerFor(Region r) {
    if (ctx_.mode != Mode::Explore) return nullptr;
    if (r == Region::Map) return &mapGestures_;
    if (r == Region::Timeline) return &timelineGestures_;
    if (r == Region::Card) return &visit_.card().gestures();
    return nullptr;
}

std::vector<TouchRouter::Finger>::iterator TouchRouter::find(std::int64_t finger) {
    return std::find_if(fingers_.begin(), fingers_.end(),
                        [&](const Finger& f) { return f.id == finger; });
}

const TouchRouter::Finger* TouchRouter::lifted(std::int64_t finger) const {
    // The latest lift of this finger: ids are reused by the panel.
    auto it = std::find_if(lifted_.rbegin(), lifted_.rend(),
                           [&](const Finger& f) { return f.id == finger; });
    return it == lifted_.rend() ? nullptr : &*it;
}

void TouchRouter::down(std::int64_t finger, Vec2f at, Region r, Millis t) {
    if (auto old = find(finger); old != fingers_.end()) fingers_.erase(old);  // a lost up
    if (fingers_.size() >= 32) fingers_.erase(fingers_.begin());  // lost ups must not pile up
    Finger f{finger, r, at, t, {}, {}, false};
    // The frame the visitor saw when touching is the last one drawn: its targets.
    const Targets& targets = ctx_.targets;
    if (r == Region::Map) {
        if (const auto* hit = targets.hit(at, "place:"))
            f.target = hit->id;
        else if (const auto* c = targets.hit(at, "mapcluster:"))
            f.target = c->id;
        f.geo = cameras_.map().unproject(at);
    } else if (r == Region::Timeline) {
        if (const auto* hit = targets.hit(at, "event:"))
            f.target = hit->id;
        else if (const auto* c = targets.hit(at, "cluster:"))
            f.target = c->id;
    } else if (r == Region::Header || r == Region::Card) {
        for (const char* prefix : kButtonPrefixes)
            if (const auto* hit = targets.hit(at, prefix)) f.target = hit->id;
    }
    fingers_.push_back(f);
    mark(at);
    if (r == Region::None) return;  // the waking touch taps nothing underneath
    pointer_.fingerDown(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerDown(finger, toInput(at), t);
}

std::optional<Region> TouchRouter::move(std::int64_t finger, Vec2f at, Millis t) {
    auto it = find(finger);
    if (it == fingers_.end()) {
        // The panel says this finger is down: adopt it where it is, tapping nothing.
        Region r = regionAt(at);
        if (ctx_.mode != Mode::Explore || r == Region::None) return std::nullopt;
        Finger f{finger, r, at, t, {}, {}, true};
        fingers_.push_back(f);
        it = fingers_.end() - 1;
    }
    Region r = it->region;
    if (r == Region::None) return r;
    pointer_.fingerMove(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerMove(finger, toInput(at), t);
    return r;
}

bool TouchRouter::isButtonTap(const Finger& f, Vec2f at, Millis t) const {
    if (f.adopted || f.target.empty()) return false;
    if (f.region != Region::Header && f.region != Region::Card) return false;
    if (t - f.downTime < config_.ghostMs) return false;  // electrical noise
    float dx = at.x - f.downAt.x, dy = at.y - f.downAt.y;
    // A button takes a press of any length (no long press on buttons), but not a drag.
    return std::sqrt(dx * dx + dy * dy) <= config_.tapSlopMm * config_.pixelsPerMm;
}

std::optional<Region> TouchRouter::up(std::int64_t finger, Vec2f at, Millis t) {
    auto it = find(finger);
    if (it == fingers_.end()) {
        // A lift never seen down (or forgotten): the recognizer ends what it holds of it.
        Region r = regionAt(at);
        if (ctx_.mode != Mode::Explore || r == Region::None) return std::nullopt;
        if (auto* g = recognizerFor(r)) g->fingerUp(finger, toInput(at), t);
        return r;
    }
    Finger f = *it;
    fingers_.erase(it);
    lifted_.push_back(f);
    Region r = f.region;
    if (r == Region::None) return r;
    if (ctx_.mode == Mode::Explore && isButtonTap(f, at, t)) {
        buttonTaps_.push_back(f.target);
        pointer_.fingerUpAway(finger);  // handled here: ImGui must not click it again
    } else if (r == Region::Header || r == Region::Card) {
        pointer_.fingerUpAway(finger);  // not a tap: no widget may take it as one
    } else {
        pointer_.fingerUp(finger, toInput(at));
    }
    if (auto* g = recognizerFor(r)) g->fingerUp(finger, toInput(at), t);
    return r;
}

void TouchRouter::tapPlaceOrCountry(const input::Gesture& g) {
    const Finger* f = lifted(g.finger);
    std::string target = f ? f->target : std::string();
    if (!f) {  // not this router's finger (cannot happen): the frame's own targets
        if (auto* t = ctx_.targets.hit(toScreen(g.at), "place:"))
            target = t->id;
        else if (auto* c = ctx_.targets.hit(toScreen(g.at), "mapcluster:"))
            target = c->id;
    }
    if (startsWith(target, "place:")) {
        visit_.selectPlace(target.substr(6));
    } else if (startsWith(target, "mapcluster:")) {
        cameras_.openMapCluster(target);
    } else {
        cameras_.closeFanOut();
        if (f && f->geo)  // the country that was under the finger, wherever the camera is now
            visit_.tapCountry(cameras_.map().project(*f->geo));
        else if (!f)
            visit_.tapCountry(toScreen(g.at));
    }
}

void TouchRouter::tapTimeline(const input::Gesture& g) {
    const Finger* f = lifted(g.finger);
    std::string target = f ? f->target : std::string();
    if (!f) {
        if (auto* t = ctx_.targets.hit(toScreen(g.at), "event:"))
            target = t->id;
        else if (auto* c = ctx_.targets.hit(toScreen(g.at), "cluster:"))
            target = c->id;
    }
    if (startsWith(target, "event:"))
        visit_.selectEvent(target.substr(6));
    else if (startsWith(target, "cluster:"))
        cameras_.zoomToCluster(target);
}

void TouchRouter::applyGestures() {
    for (const auto& g : mapGestures_.take()) {
        if (cameras_.applyMapGesture(g) || g.kind != input::GestureKind::Tap) continue;
        tapPlaceOrCountry(g);
    }
    for (const auto& g : timelineGestures_.take()) {
        if (cameras_.applyTimelineGesture(g) || g.kind != input::GestureKind::Tap) continue;
        tapTimeline(g);
    }
    Swipe swipe = visit_.card().applyGestures();
    if (swipe != Swipe::None) visit_.selectAdjacentEvent(swipe == Swipe::Next ? 1 : -1);
    lifted_.clear();
}

std::vector<std::string> TouchRouter::takeButtonTaps() {
    std::vector<std::string> out;
    out.swap(buttonTaps_);
    return out;
}

void TouchRouter::update(Millis now) {
    auto& card = visit_.card().gestures();
    mapGestures_.update(now);
    timelineGestures_.update(now);
    card.update(now);
    if (mapGestures_.contacts() == 0 && timelineGestures_.contacts() == 0 && card.contacts() == 0 &&
        fingers_.empty() && pointer_.fingersDown() > 0)
        pointer_.releaseAll();
    std::erase_if(marks_, [&](const TouchMark& m) { return now - m.start > kTouchMarkMs; });
}

bool TouchRouter::needsFrame() const {
    const auto& card = visit_.card();
    return !marks_.empty() || mapGestures_.flinging() || timelineGestures_.flinging() ||
           pointer_.pending() || card.gestures().flinging();
}

std::optional<Millis> TouchRouter::nextDeadline() const {
    std::optional<Millis> best;
    for (auto d : {mapGestures_.nextDeadline(), timelineGestures_.nextDeadline(),
                   visit_.card().gestures().nextDeadline()})
        if (d && (!best || *d < *best)) best = d;
    return best;
}

void TouchRouter::reset() {
    mapGestures_.reset();
    timelineGestures_.reset();
    pointer_.releaseAll();
    fingers_.clear();
    lifted_.clear();
}

input::PointerFrame TouchRouter::nextPointer() {
    input::PointerFrame frame = pointer_.next();
    // A drag on the card scrolls it; it must not also press the button it began on.
    if (visit_.card().dragging()) return input::PointerFrame{};
    return frame;
}

}  // namespace kiosk::session
