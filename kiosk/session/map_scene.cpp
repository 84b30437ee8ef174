#include "kiosk/session/map_scene.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "kiosk/map/clusters.h"
#include "kiosk/map/geo_asset.h"
#include "kiosk/map/labels.h"
#include "kiosk/session/exhibit.h"

namespace kiosk::session {
namespace {

std::uint64_t nextGeneration() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

int eventsAt(const content::Library& lib, const Visit& visit, const content::Place& p) {
    int count = 0;
    for (auto i : lib.eventsByPlace(p.id)) count += visit.passesFilter(lib.events()[i]);
    return count;
}

Rectf targetRect(float targetPx, Vec2f at) {
    float half = targetPx / 2;
    return {at.x - half, at.y - half, half * 2, half * 2};
}

}  // namespace

bool MapSceneSizes::operator==(const MapSceneSizes& o) const {
    auto same = [](const Rectf& a, const Rectf& b) {
        return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
    };
    return radius == o.radius && targetPx == o.targetPx && labelPx == o.labelPx &&
           countPx == o.countPx &&
           std::equal(avoid.begin(), avoid.end(), o.avoid.begin(), o.avoid.end(), same);
}

void MapScene::invalidate() {
    valid_ = false;
    anchorsValid_ = false;
}

bool MapScene::matches(const Exhibit& exhibit, const MapSceneSizes& sizes) const {
    const auto& view = exhibit.cameras().map();
    const auto& visit = exhibit.visit();
    const auto& sel = visit.selection();
    const Rectf& v = view.viewport();
    const Rectf& k = key_.viewport;
    map::WorldPoint center = view.centerWorld();
    return valid_ && key_.library == exhibit.library() && key_.geography == exhibit.geography() &&
           k.x == v.x && k.y == v.y && k.w == v.w && k.h == v.h && key_.zoom == view.zoom() &&
           key_.pxPerWorldUnit == view.pixelsPerWorldUnit() && key_.center.x == center.x &&
           key_.center.y == center.y && key_.event == sel.event && key_.actor == sel.actor &&
           key_.place == sel.place && key_.filter == visit.actorFilter() &&
           key_.language == visit.language() && key_.rtl == visit.rightToLeft() &&
           key_.fanOut == exhibit.cameras().fanOut() && key_.sizes == sizes;
}

void MapScene::update(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& measure) {
    if (matches(exhibit, sizes)) return;
    build(exhibit, sizes, measure);
}

void MapScene::build(Exhibit& exhibit, const MapSceneSizes& sizes, const MeasureText& measure) {
    const auto& view = exhibit.cameras().map();
    const auto& visit = exhibit.visit();
    const auto& sel = visit.selection();
    if (key_.library != exhibit.library() || key_.geography != exhibit.geography())
        anchorsValid_ = false;
    key_ = {exhibit.library(),
            exhibit.geography(),
            view.viewport(),
            view.zoom(),
            view.pixelsPerWorldUnit(),
            view.centerWorld(),
            sel.event,
            sel.actor,
            sel.place,
            visit.actorFilter(),
            visit.language(),
            exhibit.cameras().fanOut(),
            visit.rightToLeft(),
            sizes};
    valid_ = true;
    ++builds_;
    generation_ = nextGeneration();
    markers_.clear();
    markerPlaces_.clear();
    labels_.clear();
    if (!exhibit.library()) return;
    buildMarkers(exhibit, sizes, measure);
    buildLabels(exhibit, sizes, measure);
}

// The places with events behind them, clustered at the map's scale (map/clusters.h), culled
// to the view before any per-marker work; an open fan-out's places around their point, on
// top, and the markers under it stepped aside.
void MapScene::buildMarkers(Exhibit& exhibit, const MapSceneSizes& sizes,
                            const MeasureText& measure) {
    const auto& lib = *exhibit.library();
    const auto& view = exhibit.cameras().map();
    const auto& visit = exhibit.visit();
    const auto& fan = exhibit.cameras().fanOut();
    const auto& sel = visit.selection();
    const content::Event* selected = lib.event(sel.event);
    auto isSelected = [&](const content::Place& p) {
        if (sel.place == p.id) return true;
        return selected && std::find(selected->places.begin(), selected->places.end(), p.id) !=
                               selected->places.end();
    };
    map::MarkerClusters::Key key{view.pixelsPerWorldUnit(), sizes.targetPx + 1.0, &lib,
                                 visit.actorFilter()};
    for (const auto& id : fan) key.shown += "|" + id;
    const auto& groups = exhibit.cameras().markerClusters().groups(key, [&](auto& inputs) {
        const auto& places = lib.places();
        for (size_t i = 0; i < places.size(); ++i) {
            const auto& p = places[i];
            if (std::find(fan.begin(), fan.end(), p.id) != fan.end()) continue;
            int count = eventsAt(lib, visit, p);
            // a dot with nothing behind it would be a dead end
            if (count > 0) inputs.push_back({map::toWorld({p.lat, p.lon}), int(i), count});
        }
    });
    map::Projection project = view.projection();
    for (const auto& g : groups) {
        Vec2f at = project(g.at);
        if (!view.viewport().contains(at)) continue;  // culled to the view
        SceneMarker m;
        m.at = at;
        m.events = g.weight;
        m.cluster = g.cluster();
        m.target = g.cluster() ? "mapcluster:" : "place:";
        std::vector<std::size_t> places;
        for (int k : g.keys) {
            const auto& p = lib.places()[size_t(k)];
            places.push_back(size_t(k));
            m.selected = m.selected || isSelected(p);
            m.target += (places.size() > 1 ? "," : "") + p.id;
        }
        markers_.push_back(std::move(m));
        markerPlaces_.push_back(std::move(places));
    }
    std::vector<std::size_t> fanned;
    map::WorldPoint sum{0, 0};
    for (const auto& id : fan)
        if (const auto* p = lib.place(id)) {
            fanned.push_back(size_t(p - lib.places().data()));
            auto w = map::toWorld({p->lat, p->lon});
            sum = {sum.x + w.x, sum.y + w.y};
        }
    if (!fanned.empty()) {
        double n = double(fanned.size());
        Vec2f hub = view.projectWorld({sum.x / n, sum.y / n});
        auto spots = map::fanOutPositions(hub, fanned.size(), sizes.targetPx + 1);
        std::vector<Rectf> taken;
        for (Vec2f at : spots) taken.push_back(targetRect(sizes.targetPx, at));
        size_t kept = 0;
        for (size_t i = 0; i < markers_.size(); ++i) {
            Rectf r = targetRect(sizes.targetPx, markers_[i].at);
            if (std::any_of(taken.begin(), taken.end(),
                            [&](const Rectf& t) { return t.overlaps(r); }))
                continue;
            if (kept != i) {  // a vector moved onto itself would be emptied
                markers_[kept] = std::move(markers_[i]);
                markerPlaces_[kept] = std::move(markerPlaces_[i]);
            }
            ++kept;
        }
        markers_.resize(kept);
        markerPlaces_.resize(kept);
        for (size_t i = 0; i < fanned.size(); ++i) {
            const auto& p = lib.places()[fanned[i]];
            SceneMarker m;
            m.at = spots[i];
            m.events = eventsAt(lib, visit, p);
            m.selected = isSelected(p);
            m.fanned = true;
            m.target = "place:" + p.id;
            markers_.push_back(std::move(m));
            markerPlaces_.push_back({fanned[i]});
        }
    }
    // A marker that the map's edge, or attract's caption or prompt, would cut is left out
    // whole: half a dot reads as a defect, and its target would reach into the panel beside.
    const Rectf& r = view.viewport();
    size_t kept = 0;
    for (size_t i = 0; i < markers_.size(); ++i) {
        Rectf t = targetRect(sizes.targetPx, markers_[i].at);
        if (t.x < r.x || t.y < r.y || t.x + t.w > r.x + r.w || t.y + t.h > r.y + r.h ||
            std::any_of(sizes.avoid.begin(), sizes.avoid.end(),
                        [&](const Rectf& box) { return t.overlaps(box); }))
            continue;
        if (kept != i) {
            markers_[kept] = std::move(markers_[i]);
            markerPlaces_[kept] = std::move(markerPlaces_[i]);
        }
        ++kept;
    }
    markers_.resize(kept);
    markerPlaces_.resize(kept);
    for (auto& m : markers_)
        if (m.events > 0) {
            m.count = std::to_string(m.events);
            m.countSize = measure(m.count, visit.language(), true);
        }
}

// Labels never overlap (map/labels.h): a marker's name beside it on the side text starts
// from (right, or left in Arabic; a fanned place's away from the fan), the other side where
// that is taken, then the story's states' names at their anchors, below places in priority.
// A label the map's edge would cut is not drawn at all.
void MapScene::buildLabels(Exhibit& exhibit, const MapSceneSizes& sizes,
                           const MeasureText& measure) {
    const auto& lib = *exhibit.library();
    const auto& view = exhibit.cameras().map();
    const auto& visit = exhibit.visit();
    const std::string& lang = visit.language();
    bool rtl = visit.rightToLeft();
    std::vector<map::LabelCandidate> candidates;
    std::vector<Rectf> blocked, rects, alternates;
    std::vector<SceneLabel> texts;  // by marker, then by state
    constexpr int kAlternate = 1 << 20;
    Vec2f hub{0, 0};
    int fanned = 0;
    for (const auto& m : markers_)
        if (m.fanned) {
            hub = {hub.x + m.at.x, hub.y + m.at.y};
            ++fanned;
        }
    if (fanned) hub = {hub.x / float(fanned), hub.y / float(fanned)};
    for (size_t i = 0; i < markers_.size(); ++i) {
        const auto& m = markers_[i];
        const auto& places = markerPlaces_[i];
        const auto& first = lib.places()[places[0]].name;
        SceneLabel label{
            {}, first.get(lang), std::string(first.languageOf(lang)), false, m.selected};
        if (m.cluster) {  // its first names, heaviest first
            label.text.clear();
            size_t listed = std::min<size_t>(places.size(), 2);
            for (size_t k = 0; k < listed; ++k)
                label.text += (k ? " \u00b7 " : "") + lib.places()[places[k]].name.get(lang);
            if (places.size() > listed) label.text += " \u2026";
            label.language = lang;
        }
        Vec2f size = measure(label.text, label.language, false);
        float r = m.cluster ? sizes.radius * 1.5f : sizes.radius;
        float gap = r * 1.6f;
        bool left = m.fanned && std::abs(m.at.x - hub.x) > 1 ? m.at.x < hub.x : rtl;
        Rectf rect{left ? m.at.x - gap - size.x : m.at.x + gap, m.at.y - size.y / 2, size.x,
                   size.y};
        float priority = (m.selected ? 1000.f : 0.f) + (m.fanned ? 2000.f : 0.f) + float(m.events);
        candidates.push_back({rect, priority, int(i), int(i)});
        rects.push_back(rect);
        if (!m.fanned) {
            float x = left ? m.at.x + gap : m.at.x - gap - size.x;
            alternates.push_back({x, rect.y, rect.w, rect.h});
            candidates.push_back({alternates.back(), priority - 0.5f, kAlternate + int(i), int(i)});
        } else {
            alternates.push_back(rect);
        }
        blocked.push_back({m.at.x - r, m.at.y - r, r * 2, r * 2});
        if (m.fanned) {  // its spoke and its whole target: other labels keep off the fan
            blocked.push_back({std::min(m.at.x, hub.x) - 3, std::min(m.at.y, hub.y) - 3,
                               std::abs(m.at.x - hub.x) + 6, std::abs(m.at.y - hub.y) + 6});
            blocked.push_back(targetRect(sizes.targetPx, m.at));
        }
        texts.push_back(std::move(label));
    }
    findAnchors(exhibit);
    for (const auto& a : anchors_) {
        Vec2f at = view.project(a.at);
        if (!view.viewport().contains(at)) continue;
        const auto& actor = lib.actors()[a.actor];
        SceneLabel label{{},
                         actor.shortName.get(lang),
                         std::string(actor.shortName.languageOf(lang)),
                         true,
                         false};
        Vec2f size = measure(label.text, label.language, false);
        Rectf r{at.x - size.x / 2, at.y - size.y / 2, size.x, size.y};
        bool selected = visit.isSelectedCountry(actor.iso);
        candidates.push_back(
            {r, selected ? 500.f : -1.f, -1 - int(texts.size() - markers_.size())});
        rects.push_back(r);
        texts.push_back(std::move(label));
    }
    const Rectf& area = view.viewport();
    std::erase_if(candidates, [&](const auto& c) {
        return c.rect.x < area.x || c.rect.y < area.y || c.rect.x + c.rect.w > area.x + area.w ||
               c.rect.y + c.rect.h > area.y + area.h;
    });
    for (int key : map::placeLabels(std::move(candidates), blocked)) {
        size_t i = key < 0 ? markers_.size() + size_t(-1 - key)
                           : size_t(key >= kAlternate ? key - kAlternate : key);
        SceneLabel label = texts[i];
        label.rect = key >= kAlternate ? alternates[i] : rects[i];
        labels_.push_back(std::move(label));
    }
}

// The story's states that have a country in the geography, in the content's order; the
// lookup by ISO code runs once per content and geography, not per frame.
void MapScene::findAnchors(Exhibit& exhibit) {
    if (anchorsValid_) return;
    anchors_.clear();
    anchorsValid_ = true;
    const auto* geo = exhibit.geography();
    const auto* lib = exhibit.library();
    if (!geo || !lib) return;
    const auto& actors = lib->actors();
    for (size_t i = 0; i < actors.size(); ++i) {
        const auto& a = actors[i];
        if (a.kind != content::ActorKind::State || a.iso.empty()) continue;
        if (const auto* country = map::findCountry(*geo, a.iso))
            anchors_.push_back({i, map::toGeo({country->anchor.x, country->anchor.y})});
    }
}

}  // namespace kiosk::session
