#include "kiosk/session/exhibit.h"

#include "kiosk/timeline/clusters.h"

#include <algorithm>
#include <cmath>

namespace kiosk::session {
namespace {

constexpr std::int64_t kBoundsMarginDays = 90;

input::Vec2 toInput(Vec2f p) {
    return {p.x, p.y};
}
Vec2f toScreen(input::Vec2 p) {
    return {p.x, p.y};
}

}  // namespace

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

Exhibit::Exhibit(const Clock& clock) : clock_(clock) {}

void Exhibit::setContent(std::shared_ptr<const content::Library> library) {
    library_ = std::move(library);
    if (!library_) return setContentError("no content");
    mode_ = Mode::Explore;
    error_.clear();
    idle_.setTimeoutSeconds(library_->settings().idleTimeoutS);
    std::int64_t first = library_->settings().timeline.firstDay();
    std::int64_t last = library_->settings().timeline.lastDay() + 1;
    for (const auto& e : library_->events()) {
        first = std::min(first, e.when.firstDay());
        last = std::max(last, e.when.lastDay() + 1);
    }
    time_.setBounds(double(first - kBoundsMarginDays), double(last + kBoundsMarginDays));
    goHome();
    scheduleProblems_ = hours_.configure(library_->settings());
    if (hours_.refresh(clock_)) applySchedule();  // starting mid-day: straight to the right mode
}

void Exhibit::setContentError(std::string staffMessage) {
    mode_ = Mode::Error;
    error_ = std::move(staffMessage);
    settleFrames_ = kSettleFrames;
}

void Exhibit::setScreen(int width, int height, const input::PanelGeometry& panel) {
    panel_ = panel;
    width_ = width;
    height_ = height;
    // Zoom 1 fills the map's width with the card closed, whatever the card does later.
    map_.setScaleReference(computeLayout(width, height, panel.pixelsPerMm(), 0).map.w);
    relayout();
    input::GestureConfig config;
    config.pixelsPerMm = panel.pixelsPerMm();
    mapGestures_ = input::GestureRecognizer(config);
    timelineGestures_ = input::GestureRecognizer(config);
    card_.configure(config);
    if (library_) resetViews();
    settleFrames_ = kSettleFrames;
}

void Exhibit::setGeography(std::shared_ptr<const map::GeoAsset> geography) {
    geography_ = std::move(geography);
    settleFrames_ = kSettleFrames;
}

bool Exhibit::isStoryCountry(const std::string& iso) const {
    if (!library_ || iso.empty()) return false;
    for (const auto& a : library_->actors())
        if (a.kind == content::ActorKind::State && a.iso == iso) return true;
    return false;
}

bool Exhibit::isSelectedCountry(const std::string& iso) const {
    return std::find(selectedCountries_.begin(), selectedCountries_.end(), iso) !=
           selectedCountries_.end();
}

// The states a selection involves: the actors that are states, and the states that the
// people and groups involved belong to.
void Exhibit::collectSelectedCountries() {
    selectedCountries_.clear();
    if (!library_) return;
    std::vector<std::string> actors;
    if (const auto* e = library_->event(selection_.event)) actors = e->actors;
    if (!selection_.actor.empty()) actors.push_back(selection_.actor);
    auto addState = [&](const std::string& id) {
        const auto* a = library_->actor(id);
        if (a && a->kind == content::ActorKind::State && !a->iso.empty())
            selectedCountries_.push_back(a->iso);
    };
    for (const auto& id : actors) {
        addState(id);
        if (const auto* a = library_->actor(id))
            for (const auto& aff : a->affiliations) addState(aff);
    }
}

// A tap on a country whose state is an actor in the story opens that actor.
bool Exhibit::tapCountry(Vec2f at) {
    if (!geography_ || !library_) return false;
    const auto* country = map::countryAt(*geography_, map::toWorld(map_.unproject(at)));
    if (!country) return false;
    for (const auto& a : library_->actors()) {
        if (a.kind == content::ActorKind::State && a.iso == country->iso) {
            selectActor(a.id);
            return true;
        }
    }
    return false;
}

void Exhibit::relayout() {
    layout_ = computeLayout(width_, height_, panel_.pixelsPerMm(), card_.amount());
    map_.setViewport(layout_.map);
    time_.setViewport(layout_.timeline);
}

Region Exhibit::regionAt(Vec2f p) const {
    if (layout_.header.contains(p)) return Region::Header;
    if (card_.amount() > 0 && layout_.card.contains(p)) return Region::Card;
    if (layout_.map.contains(p)) return Region::Map;
    if (layout_.timeline.contains(p)) return Region::Timeline;
    return Region::None;
}

input::GestureRecognizer* Exhibit::recognizerFor(Region r) {
    if (mode_ != Mode::Explore) return nullptr;
    if (r == Region::Map) return &mapGestures_;
    if (r == Region::Timeline) return &timelineGestures_;
    if (r == Region::Card) return &card_.gestures();
    return nullptr;
}

void Exhibit::noteInput() {
    idle_.input(now());
    atHome_ = false;
    settleFrames_ = kSettleFrames;
}

void Exhibit::fingerDown(std::int64_t finger, Vec2f at) {
    Vec2f screen{float(width_), float(height_)};
    staff_.fingerDown(finger, at, screen, panel_.pixelsPerMm(), now());
    if (staff_.visible()) {
        // The staff panel takes every touch; the exhibit underneath carries on by itself.
        fingerRegions_.emplace_back(finger, Region::Staff);
        marks_.push_back({at, now()});
        pointer_.fingerDown(finger, toInput(at));
        settleFrames_ = kSettleFrames;
        return;
    }
    if (mode_ == Mode::Closed) return;  // the screen is dark or shows the hours
    if (presentation()) {
        marks_.push_back({at, now()});  // answered, but the presentation goes on
        return;
    }
    if (mode_ == Mode::Attract) {
        // The touch that ends attract only wakes the exhibit; it taps nothing underneath.
        endAttract();
        noteInput();
        fingerRegions_.emplace_back(finger, Region::None);
        marks_.push_back({at, now()});
        return;
    }
    noteInput();
    Region r = regionAt(at);
    fingerRegions_.emplace_back(finger, r);
    marks_.push_back({at, now()});
    pointer_.fingerDown(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerDown(finger, toInput(at), now());
}

void Exhibit::fingerMove(std::int64_t finger, Vec2f at) {
    auto it = std::find_if(fingerRegions_.begin(), fingerRegions_.end(),
                           [&](auto& p) { return p.first == finger; });
    staff_.fingerMove(finger, at, {float(width_), float(height_)}, panel_.pixelsPerMm());
    if (it == fingerRegions_.end()) return;
    if (it->second == Region::Staff) {
        pointer_.fingerMove(finger, toInput(at));
        settleFrames_ = kSettleFrames;
        return;
    }
    noteInput();
    if (it->second == Region::None) return;  // the waking touch
    pointer_.fingerMove(finger, toInput(at));
    if (auto* g = recognizerFor(it->second)) g->fingerMove(finger, toInput(at), now());
}

void Exhibit::fingerUp(std::int64_t finger, Vec2f at) {
    auto it = std::find_if(fingerRegions_.begin(), fingerRegions_.end(),
                           [&](auto& p) { return p.first == finger; });
    staff_.fingerUp(finger);
    if (it == fingerRegions_.end()) return;
    Region r = it->second;
    fingerRegions_.erase(it);
    if (r == Region::Staff) {
        pointer_.fingerUp(finger, toInput(at));
        settleFrames_ = kSettleFrames;
        return;
    }
    noteInput();
    if (r == Region::None) return;  // the waking touch
    pointer_.fingerUp(finger, toInput(at));
    if (auto* g = recognizerFor(r)) g->fingerUp(finger, toInput(at), now());
}

void Exhibit::wheel(Vec2f at, float steps) {
    noteInput();
    if (mode_ != Mode::Explore) return;
    double factor = std::pow(1.25, steps);
    if (layout_.map.contains(at)) {
        map_.cancelFlight();
        map_.zoomAbout(at, factor);
    } else if (layout_.timeline.contains(at)) {
        time_.cancelFlight();
        time_.zoomAbout(at.x, factor);
    }
}

void Exhibit::applyMapGestures() {
    for (const auto& g : mapGestures_.take()) {
        switch (g.kind) {
            case input::GestureKind::Pan:
                map_.cancelFlight();
                map_.panBy(toScreen(g.delta));
                break;
            case input::GestureKind::Pinch:
                map_.cancelFlight();
                map_.panBy(toScreen(g.delta));
                map_.zoomAbout(toScreen(g.at), g.scale);
                break;
            case input::GestureKind::DoubleTap:
                map_.flyTo(map_.unproject(toScreen(g.at)), map_.zoom() + 1, now(), 500);
                break;
            case input::GestureKind::Tap:
                if (auto* t = targets_.hit(toScreen(g.at), "place:"))
                    selectPlace(t->id.substr(6));
                else
                    tapCountry(toScreen(g.at));
                break;
            default:
                break;
        }
    }
}

void Exhibit::applyTimelineGestures() {
    for (const auto& g : timelineGestures_.take()) {
        switch (g.kind) {
            case input::GestureKind::Pan:
                time_.cancelFlight();
                time_.panBy(g.delta.x);
                break;
            case input::GestureKind::Pinch:
                time_.cancelFlight();
                time_.panBy(g.delta.x);
                time_.zoomAbout(g.at.x, g.scale);
                break;
            case input::GestureKind::DoubleTap:
                time_.flyTo(time_.xToDay(g.at.x) - (time_.end() - time_.start()) / 4,
                            time_.xToDay(g.at.x) + (time_.end() - time_.start()) / 4, now(), 400);
                break;
            case input::GestureKind::Tap:
                if (auto* t = targets_.hit(toScreen(g.at), "event:"))
                    selectEvent(t->id.substr(6));
                else if (auto* c = targets_.hit(toScreen(g.at), "cluster:"))
                    zoomToCluster(c->id);
                break;
            default:
                break;
        }
    }
}

void Exhibit::update() {
    Millis t = now();
    mapGestures_.update(t);
    timelineGestures_.update(t);
    card_.gestures().update(t);
    if (mapGestures_.contacts() == 0 && timelineGestures_.contacts() == 0 &&
        card_.gestures().contacts() == 0 && fingerRegions_.empty() && pointer_.fingersDown() > 0)
        pointer_.releaseAll();
    applyMapGestures();
    applyTimelineGestures();
    Swipe swipe = card_.applyGestures();
    if (swipe != Swipe::None) selectAdjacentEvent(swipe == Swipe::Next ? 1 : -1);
    if (card_.update(t) != layout_.cardOpen) relayout();
    map_.update(t);
    time_.update(t);
    std::erase_if(marks_, [&](const TouchMark& m) { return t - m.start > kTouchMarkMs; });
    idle_.update(t);
    if (staff_.update(t)) {
        if (!staff_.visible()) pointer_.releaseAll();
        settleFrames_ = kSettleFrames;
    }
    if (staff_.takeLockedNotice())
        showNotice("The staff panel is locked: set staff_pin in kiosk.conf", true, 10'000);
    if (std::erase_if(notices_, [&](const Notice& n) { return t >= n.until; }) > 0)
        settleFrames_ = kSettleFrames;
    if (library_ && mode_ != Mode::Error && hours_.refresh(clock_)) applySchedule();
    if (mode_ == Mode::Explore) {
        if (auto deadline = idleDeadline(); deadline && t >= *deadline) {
            goHome();  // nothing the last visitor did is left behind
            startAttract();
        }
    } else if (mode_ == Mode::Attract && attract_.update(t)) {
        showAttractStop();
    }
    if (settleFrames_ > 0) --settleFrames_;
}

bool Exhibit::needsFrame() const {
    return settleFrames_ > 0 || !marks_.empty() || map_.flying() || time_.flying() ||
           mapGestures_.flinging() || timelineGestures_.flinging() || pointer_.pending() ||
           card_.sliding() || card_.gestures().flinging() || staff_.holdProgress(now());
}

std::optional<Millis> Exhibit::nextDeadline() const {
    std::optional<Millis> best;
    auto consider = [&](std::optional<Millis> d) {
        if (d && (!best || *d < *best)) best = d;
    };
    consider(mapGestures_.nextDeadline());
    consider(timelineGestures_.nextDeadline());
    consider(card_.gestures().nextDeadline());
    if (mode_ == Mode::Explore) consider(idleDeadline());
    if (mode_ == Mode::Attract) consider(attract_.nextDeadline());
    if (library_) consider(hours_.steadyDeadline(clock_));
    consider(staff_.nextDeadline());
    for (const auto& n : notices_) consider(n.until);
    return best;
}

void Exhibit::resetViews() {
    const auto& s = library_->settings();
    map_.setView({s.mapLat, s.mapLon}, s.mapZoom);
    time_.setRange(double(s.timeline.firstDay()), double(s.timeline.lastDay() + 1));
}

void Exhibit::goHome() {
    selection_ = {};
    actorFilter_.clear();
    selectedCountries_.clear();
    mapGestures_.reset();
    timelineGestures_.reset();
    card_.reset();
    relayout();
    pointer_.releaseAll();
    fingerRegions_.clear();
    if (library_) {
        language_ = library_->settings().defaultLanguage;
        resetViews();
    }
    atHome_ = true;
    quietSince_ = now();
    settleFrames_ = kSettleFrames;
}

void Exhibit::clearSelection() {
    selection_ = {};
    selectedCountries_.clear();
    atHome_ = false;
    card_.setOpen(false, now());
    settleFrames_ = kSettleFrames;
}

input::PointerFrame Exhibit::nextPointer() {
    input::PointerFrame frame = pointer_.next();
    // A drag on the card scrolls it; it must not also press the button it began on.
    if (card_.dragging()) return input::PointerFrame{};
    return frame;
}

void Exhibit::setCardExtent(float contentHeight, float viewHeight) {
    card_.setExtent(contentHeight, viewHeight);
}

void Exhibit::selectAdjacentEvent(int direction) {
    if (!library_) return;
    auto index = library_->eventIndex(selection_.event);
    if (!index) return;
    auto next = std::int64_t(*index) + direction;
    if (next < 0 || next >= std::int64_t(library_->events().size())) return;
    selectEvent(library_->events()[size_t(next)].id);
}

// A cluster opens up: the timeline zooms until its events stand apart.
void Exhibit::zoomToCluster(const std::string& id) {
    timeline::ClusterSpan span{};
    if (!timeline::parseClusterId(id, span)) return;
    double first = double(span.firstDay), last = double(span.lastDay + 1);
    double pad = std::max(2.0, (last - first) * 0.25);
    time_.flyTo(first - pad, last + pad, now(), 600);
    settleFrames_ = kSettleFrames;
}

void Exhibit::setActorFilter(const std::string& actorId) {
    if (!library_ || !library_->actor(actorId)) return;
    actorFilter_ = actorId;
    noteInput();
}

void Exhibit::clearFilter() {
    actorFilter_.clear();
    noteInput();
}

bool Exhibit::passesFilter(const content::Event& e) const {
    if (actorFilter_.empty()) return true;
    return std::find(e.actors.begin(), e.actors.end(), actorFilter_) != e.actors.end();
}

void Exhibit::afterSelect() {
    atHome_ = false;
    collectSelectedCountries();
    card_.resetScroll();
    card_.setOpen(true, now());
    flyToSelection();
}

void Exhibit::selectEvent(const std::string& id) {
    if (!library_ || !library_->event(id)) return;
    selection_ = {id, "", ""};
    afterSelect();
}

void Exhibit::selectPlace(const std::string& id) {
    if (!library_ || !library_->place(id)) return;
    selection_ = {"", "", id};
    afterSelect();
}

void Exhibit::selectActor(const std::string& id) {
    if (!library_ || !library_->actor(id)) return;
    selection_ = {"", id, ""};
    afterSelect();
}

// Fits every place the selection involves on the map, and its time span on the timeline.
void Exhibit::flyToSelection(bool withCard) {
    std::vector<map::GeoPoint> points;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    auto addEvent = [&](const content::Event& e) {
        for (const auto& pid : e.places)
            if (auto* p = library_->place(pid)) points.push_back({p->lat, p->lon});
        first = std::min(first, e.when.firstDay());
        last = std::max(last, e.when.lastDay() + 1);
    };
    if (auto* e = library_->event(selection_.event)) addEvent(*e);
    for (auto i : library_->eventsByPlace(selection_.place)) addEvent(library_->events()[i]);
    for (auto i : library_->eventsByActor(selection_.actor)) addEvent(library_->events()[i]);
    if (auto* p = library_->place(selection_.place)) points.push_back({p->lat, p->lon});
    Layout final = computeLayout(width_, height_, panel_.pixelsPerMm(), withCard ? 1 : 0);
    // Attract's prompt and caption cover parts of the map: the selection goes between them.
    std::optional<Rectf> focus;
    if (!withCard)
        focus = Rectf{final.map.x, final.prompt.y + final.prompt.h, final.map.w,
                      final.caption.y - final.prompt.y - final.prompt.h};
    // One place alone keeps some country around it for context.
    double maxZoom = points.size() > 1 ? 6.0 : 4.5;
    if (!points.empty()) map_.flyToFit(points, now(), maxZoom, final.map, focus);
    if (first <= last) time_.flyToShow(double(first), double(last), now());
    settleFrames_ = kSettleFrames;
}

}  // namespace kiosk::session
