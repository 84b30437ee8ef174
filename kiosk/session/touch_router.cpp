#include "kiosk/session/touch_router.h"

#include <algorithm>

namespace kiosk::session {
namespace {

input::Vec2 toInput(Vec2f p) {
    return {p.x, p.y};
}
Vec2f toScreen(input::Vec2 p) {
    return {p.x, p.y};
}

}  // namespace

void TouchRouter::configure(const input::GestureConfig& config) {
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

std::vector<std::pair<std::int64_t, Region>>::iterator TouchRouter::find(std::int64_t finger) {
    return std::find_if(fingerRegions_.begin(), fingerRegions_.end(),
                        [&](auto& p) { return p.first == finger; });
}

void TouchRouter::down(std::int64_t finger, Vec2f at, Region r) {
    fingerRegions_.emplace_back(finger, r);
    mark(at);
    if (r == Region::None) return;  // the waking touch taps nothing underneath
    pointer_.fingerDown(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerDown(finger, toInput(at), ctx_.now());
}

std::optional<Region> TouchRouter::move(std::int64_t finger, Vec2f at) {
    auto it = find(finger);
    if (it == fingerRegions_.end()) return std::nullopt;
    Region r = it->second;
    if (r == Region::None) return r;
    pointer_.fingerMove(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerMove(finger, toInput(at), ctx_.now());
    return r;
}

std::optional<Region> TouchRouter::up(std::int64_t finger, Vec2f at) {
    auto it = find(finger);
    if (it == fingerRegions_.end()) return std::nullopt;
    Region r = it->second;
    fingerRegions_.erase(it);
    if (r == Region::None) return r;
    pointer_.fingerUp(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerUp(finger, toInput(at), ctx_.now());
    return r;
}

void TouchRouter::applyGestures() {
    for (const auto& g : mapGestures_.take()) {
        if (cameras_.applyMapGesture(g) || g.kind != input::GestureKind::Tap) continue;
        if (auto* t = ctx_.targets.hit(toScreen(g.at), "place:")) {
            visit_.selectPlace(t->id.substr(6));
        } else if (auto* c = ctx_.targets.hit(toScreen(g.at), "mapcluster:")) {
            cameras_.openMapCluster(c->id);
        } else {
            cameras_.closeFanOut();
            visit_.tapCountry(toScreen(g.at));
        }
    }
    for (const auto& g : timelineGestures_.take()) {
        if (cameras_.applyTimelineGesture(g) || g.kind != input::GestureKind::Tap) continue;
        if (auto* t = ctx_.targets.hit(toScreen(g.at), "event:"))
            visit_.selectEvent(t->id.substr(6));
        else if (auto* c = ctx_.targets.hit(toScreen(g.at), "cluster:"))
            cameras_.zoomToCluster(c->id);
    }
    Swipe swipe = visit_.card().applyGestures();
    if (swipe != Swipe::None) visit_.selectAdjacentEvent(swipe == Swipe::Next ? 1 : -1);
}

void TouchRouter::update(Millis now) {
    auto& card = visit_.card().gestures();
    mapGestures_.update(now);
    timelineGestures_.update(now);
    card.update(now);
    if (mapGestures_.contacts() == 0 && timelineGestures_.contacts() == 0 && card.contacts() == 0 &&
        fingerRegions_.empty() && pointer_.fingersDown() > 0)
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
    fingerRegions_.clear();
}

input::PointerFrame TouchRouter::nextPointer() {
    input::PointerFrame frame = pointer_.next();
    // A drag on the card scrolls it; it must not also press the button it began on.
    if (visit_.card().dragging()) return input::PointerFrame{};
    return frame;
}

}  // namespace kiosk::session
