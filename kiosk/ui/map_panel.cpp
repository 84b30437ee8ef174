// The map: sea, graticule, place markers with their event counts, and labels that never
// overlap. Country shapes arrive with the geography asset (issue: the map).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "kiosk/map/clusters.h"
#include "kiosk/map/labels.h"
#include "kiosk/ui/geo_renderer.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

void drawGraticule(DrawContext& ctx, const map::MapView& view) {
    const Rectf& r = view.viewport();
    double step = view.zoom() < 3 ? 30 : (view.zoom() < 6 ? 10 : 5);
    for (double lon = -180; lon <= 180; lon += step) {
        float x = view.project({0, lon}).x;
        if (x >= r.x && x <= r.x + r.w)
            ctx.draw->AddLine({x, r.y}, {x, r.y + r.h}, colors::kGraticule);
    }
    for (double lat = -80; lat <= 80; lat += step) {
        float y = view.project({lat, 0}).y;
        if (y >= r.y && y <= r.y + r.h)
            ctx.draw->AddLine({r.x, y}, {r.x + r.w, y}, colors::kGraticule);
    }
}

// One marker as drawn: a place, a cluster of places, or a place of an open fan-out.
struct Marker {
    std::vector<const content::Place*> places;  // heaviest first
    Vec2f at;
    int events = 0;
    bool selected = false;
    bool fanned = false;
    std::string target;  // "place:<id>" or "mapcluster:<id>,<id>,..."
    bool cluster() const { return places.size() > 1; }
};

int eventsAt(DrawContext& ctx, const content::Place& p) {
    const auto* lib = ctx.exhibit.library();
    int count = 0;
    for (auto i : lib->eventsByPlace(p.id))
        count += ctx.exhibit.visit().passesFilter(lib->events()[i]);
    return count;
}

bool isSelected(DrawContext& ctx, const content::Place& p) {
    const auto& sel = ctx.exhibit.visit().selection();
    if (sel.place == p.id) return true;
    const content::Event* e = ctx.exhibit.library()->event(sel.event);
    return e && std::find(e->places.begin(), e->places.end(), p.id) != e->places.end();
}

// The places with events behind them, clustered at the map's scale (map/clusters.h); the
// clusters are kept by the cameras until the zoom, the filter or the fan-out change.
const std::vector<map::MarkerGroup>& markerGroups(DrawContext& ctx, const map::MapView& view) {
    const auto* lib = ctx.exhibit.library();
    const auto& fan = ctx.exhibit.cameras().fanOut();
    map::MarkerClusters::Key key{view.pixelsPerWorldUnit(), ctx.layout.minTargetPx + 1.0, lib,
                                 ctx.exhibit.visit().actorFilter()};
    for (const auto& id : fan) key.shown += "|" + id;
    return ctx.exhibit.cameras().markerClusters().groups(key, [&](auto& inputs) {
        const auto& places = lib->places();
        for (size_t i = 0; i < places.size(); ++i) {
            const auto& p = places[i];
            if (std::find(fan.begin(), fan.end(), p.id) != fan.end()) continue;
            int count = eventsAt(ctx, p);
            // a dot with nothing behind it would be a dead end
            if (count > 0) inputs.push_back({map::toWorld({p.lat, p.lon}), int(i), count});
        }
    });
}

Rectf targetRect(DrawContext& ctx, Vec2f at) {
    float half = ctx.layout.minTargetPx / 2;
    return {at.x - half, at.y - half, half * 2, half * 2};
}

std::vector<Marker> visibleMarkers(DrawContext& ctx, const map::MapView& view) {
    const auto* lib = ctx.exhibit.library();
    std::vector<Marker> out;
    for (const auto& g : markerGroups(ctx, view)) {
        Vec2f at = view.projectWorld(g.at);
        if (!view.viewport().contains(at)) continue;  // culled to the view
        Marker m{{}, at, g.weight, false, false, g.cluster() ? "mapcluster:" : "place:"};
        for (int k : g.keys) {
            const auto& p = lib->places()[size_t(k)];
            m.places.push_back(&p);
            m.selected = m.selected || isSelected(ctx, p);
            m.target += (m.places.size() > 1 ? "," : "") + p.id;
        }
        out.push_back(std::move(m));
    }
    // An open fan-out: its places around their point, on top; markers under it step aside.
    std::vector<const content::Place*> fanned;
    map::WorldPoint sum{0, 0};
    for (const auto& id : ctx.exhibit.cameras().fanOut())
        if (const auto* p = lib->place(id)) {
            fanned.push_back(p);
            auto w = map::toWorld({p->lat, p->lon});
            sum = {sum.x + w.x, sum.y + w.y};
        }
    if (fanned.empty()) return out;
    double n = double(fanned.size());
    Vec2f hub = view.projectWorld({sum.x / n, sum.y / n});
    auto spots = map::fanOutPositions(hub, fanned.size(), ctx.layout.minTargetPx + 1);
    std::vector<Rectf> taken;
    for (Vec2f at : spots) taken.push_back(targetRect(ctx, at));
    std::erase_if(out, [&](const Marker& m) {
        Rectf r = targetRect(ctx, m.at);
        return std::any_of(taken.begin(), taken.end(),
                           [&](const Rectf& t) { return t.overlaps(r); });
    });
    for (size_t i = 0; i < fanned.size(); ++i)
        out.push_back({{fanned[i]},
                       spots[i],
                       eventsAt(ctx, *fanned[i]),
                       isSelected(ctx, *fanned[i]),
                       true,
                       "place:" + fanned[i]->id});
    return out;
}

void drawMarker(DrawContext& ctx, const Marker& m, float radius) {
    ImVec2 c = toIm(m.at);
    // A cluster is a larger disc with a second ring, so it reads as "several here".
    float r = m.cluster() ? radius * 1.2f : radius;
    if (m.cluster()) ctx.draw->AddCircle(c, r * 1.25f, colors::kMarker, 0, radius * 0.2f);
    if (m.selected) ctx.draw->AddCircle(c, r * 1.45f, colors::kAccent, 0, radius * 0.3f);
    ctx.draw->AddCircleFilled(c, r, m.selected ? colors::kAccent : colors::kMarker);
    ctx.draw->AddCircle(c, r, colors::kBackground, 0, 2.0f);
    if (m.events > 0) {
        std::string n = std::to_string(m.events);
        Shown count{n, ctx.language};
        ImVec2 size = measureText(ctx, count, ctx.fonts.smallBold);
        ctx.marking = true;
        drawText(ctx, count, ctx.fonts.smallBold, {c.x - size.x / 2, c.y - size.y / 2, size.x, 0},
                 colors::kBackground, Align::Center, 1, false);
        ctx.marking = false;
    }
}

// The hub of an open fan-out: a quiet disc behind it and spokes to the true point.
void drawFanBackdrop(DrawContext& ctx, const std::vector<Marker>& markers) {
    std::vector<Vec2f> spots;
    for (const auto& m : markers)
        if (m.fanned) spots.push_back(m.at);
    if (spots.empty()) return;
    Vec2f hub{0, 0};
    for (Vec2f p : spots)
        hub = {hub.x + p.x / float(spots.size()), hub.y + p.y / float(spots.size())};
    float reach = 0;
    for (Vec2f p : spots) reach = std::max(reach, std::hypot(p.x - hub.x, p.y - hub.y));
    reach += ctx.layout.minTargetPx * 0.6f;
    ctx.draw->AddCircleFilled(toIm(hub), reach, IM_COL32(16, 22, 30, 150), 48);
    for (Vec2f p : spots) ctx.draw->AddLine(toIm(hub), toIm(p), colors::kMarker, 2.0f);
    ctx.draw->AddCircleFilled(toIm(hub), ctx.layout.minTargetPx * 0.08f, colors::kMarker);
}

void drawCountries(DrawContext& ctx, const map::MapView& view) {
    const auto* geo = ctx.exhibit.geography();
    if (!geo || !ctx.geo) return;
    static std::vector<CountryTone> tones;  // reused: no allocation per frame
    tones.resize(geo->countries.size());
    const auto& flags = ctx.exhibit.visit().countryFlags();  // kept until selection changes
    for (size_t i = 0; i < tones.size(); ++i) {
        using V = session::Visit;
        tones[i] = flags[i] & V::kSelected ? CountryTone::Selected
                   : flags[i] & V::kStory  ? CountryTone::Story
                                           : CountryTone::Plain;
    }
    ctx.geo->draw(ctx.draw, view, tones, {ctx.layout.screen.w, ctx.layout.screen.h});
}

// Names of the story's states, at their label anchors, below place names in priority.
void addCountryLabels(DrawContext& ctx, const map::MapView& view,
                      std::vector<map::LabelCandidate>& candidates, std::vector<Shown>& texts) {
    const auto* geo = ctx.exhibit.geography();
    const auto* lib = ctx.exhibit.library();
    if (!geo) return;
    for (const auto& a : lib->actors()) {
        if (a.kind != content::ActorKind::State || a.iso.empty()) continue;
        const auto* country = map::findCountry(*geo, a.iso);
        if (!country) continue;
        Vec2f at = view.project(map::toGeo({country->anchor.x, country->anchor.y}));
        if (!view.viewport().contains(at)) continue;
        ImVec2 size = measureText(ctx, shown(ctx, a.shortName), ctx.fonts.small);
        Rectf r{at.x - size.x / 2, at.y - size.y / 2, size.x, size.y};
        bool selected = ctx.exhibit.visit().isSelectedCountry(a.iso);
        candidates.push_back({r, selected ? 500.f : -1.f, -1 - int(texts.size())});
        texts.push_back(shown(ctx, a.shortName));
    }
}

// Who met whom: an event with several places is drawn as arcs from its first place.
void drawArcs(DrawContext& ctx, const map::MapView& view) {
    const auto* lib = ctx.exhibit.library();
    const auto* e = lib->event(ctx.exhibit.visit().selection().event);
    if (!e || e->places.size() < 2) return;
    const auto* from = lib->place(e->places[0]);
    if (!from) return;
    ImVec2 a = toIm(view.project({from->lat, from->lon}));
    for (size_t i = 1; i < e->places.size(); ++i) {
        const auto* to = lib->place(e->places[i]);
        if (!to) continue;
        ImVec2 b = toIm(view.project({to->lat, to->lon}));
        ImVec2 mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
        ImVec2 bulge{-(b.y - a.y) * 0.25f, (b.x - a.x) * 0.25f};  // a quarter-length lift
        if (bulge.y > 0) bulge = {-bulge.x, -bulge.y};            // always arching upwards
        ctx.draw->AddBezierQuadratic(a, {mid.x + bulge.x, mid.y + bulge.y}, b, colors::kAccent,
                                     ctx.layout.unit * 0.5f, 48);
    }
}

// A marker's label: a place's name, or a cluster's first names (heaviest first).
Shown markerLabel(DrawContext& ctx, const Marker& m) {
    if (!m.cluster()) return shown(ctx, m.places[0]->name);
    std::string names;
    size_t listed = std::min<size_t>(m.places.size(), 2);
    for (size_t i = 0; i < listed; ++i)
        names += (i ? " \u00b7 " : "") + std::string(shown(ctx, m.places[i]->name).text);
    if (m.places.size() > listed) names += " \u2026";
    return {keep(ctx, std::move(names)), ctx.language};
}

void drawLabels(DrawContext& ctx, const std::vector<Marker>& markers, float radius) {
    std::vector<map::LabelCandidate> candidates;
    std::vector<Rectf> blocked;
    std::vector<Shown> texts;
    std::vector<Rectf> alternates;  // by marker
    constexpr int kAlternate = 1 << 20;
    Vec2f hub{0, 0};
    int fanned = 0;
    for (const auto& m : markers)
        if (m.fanned) {
            hub = {hub.x + m.at.x, hub.y + m.at.y};
            ++fanned;
        }
    if (fanned) hub = {hub.x / float(fanned), hub.y / float(fanned)};
    for (size_t i = 0; i < markers.size(); ++i) {
        const auto& m = markers[i];
        // Beside the marker on the side text starts from: right of it, or left in Arabic; a
        // fanned place's label points away from the fan.
        texts.push_back(markerLabel(ctx, m));
        ImVec2 size = measureText(ctx, texts.back(), ctx.fonts.small);
        float r = m.cluster() ? radius * 1.5f : radius;
        float gap = r * 1.6f;
        bool left = m.fanned && std::abs(m.at.x - hub.x) > 1 ? m.at.x < hub.x : ctx.rtl;
        Rectf rect{left ? m.at.x - gap - size.x : m.at.x + gap, m.at.y - size.y / 2, size.x,
                   size.y};
        float priority = (m.selected ? 1000.f : 0.f) + (m.fanned ? 2000.f : 0.f) + float(m.events);
        candidates.push_back({rect, priority, int(i), int(i)});
        if (!m.fanned) {  // where the preferred side is taken, the other side
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
            blocked.push_back(targetRect(ctx, m.at));
        }
    }
    std::vector<Shown> countryNames;
    size_t placeCount = candidates.size();
    addCountryLabels(ctx, ctx.exhibit.cameras().map(), candidates, countryNames);
    std::vector<Rectf> rects(placeCount + countryNames.size());  // by key
    for (const auto& c : candidates)
        if (c.key < 0)
            rects[placeCount + size_t(-1 - c.key)] = c.rect;
        else if (c.key < kAlternate)
            rects[size_t(c.key)] = c.rect;
    // A label that would be cut by the map's edge is not drawn at all.
    const Rectf& area = ctx.exhibit.cameras().map().viewport();
    std::erase_if(candidates, [&](const auto& c) {
        return c.rect.x < area.x || c.rect.y < area.y || c.rect.x + c.rect.w > area.x + area.w ||
               c.rect.y + c.rect.h > area.y + area.h;
    });
    for (int key : map::placeLabels(candidates, blocked)) {
        if (key < 0) {  // a country name: quieter, no backing
            size_t index = size_t(-1 - key);
            const Rectf& r = rects[placeCount + index];
            drawText(ctx, countryNames[index], ctx.fonts.small, r, colors::kCountryName,
                     Align::Start, 1, false);
            ctx.exhibit.targets().addLabel(std::string(countryNames[index].text), r);
            continue;
        }
        bool alternate = key >= kAlternate;
        size_t i = size_t(alternate ? key - kAlternate : key);
        const auto& m = markers[i];
        const Rectf& r = alternate ? alternates[i] : rects[i];
        const Shown& text = texts[i];
        ctx.draw->AddRectFilled({r.x - 3, r.y - 1}, {r.x + r.w + 3, r.y + r.h + 1},
                                IM_COL32(16, 22, 30, 170), 3);
        drawText(ctx, text, ctx.fonts.small, r, m.selected ? colors::kAccent : colors::kText,
                 Align::Start, 1, false);
        ctx.exhibit.targets().addLabel(std::string(text.text), r);
    }
}

}  // namespace

void drawMapPanel(DrawContext& ctx) {
    const auto& view = ctx.exhibit.cameras().map();
    const Rectf& r = view.viewport();
    ctx.draw->PushClipRect({r.x, r.y}, {r.x + r.w, r.y + r.h}, true);
    ctx.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, colors::kSea);
    drawCountries(ctx, view);
    drawGraticule(ctx, view);
    float radius = ctx.layout.minTargetPx * 0.32f;
    drawArcs(ctx, view);
    auto markers = visibleMarkers(ctx, view);
    // A marker that the map's edge, or attract's caption or prompt, would cut is left out
    // whole: half a dot reads as a defect, and its target would reach into the panel beside.
    std::erase_if(markers, [&](const Marker& m) {
        Rectf t = targetRect(ctx, m.at);
        return t.x < r.x || t.y < r.y || t.x + t.w > r.x + r.w || t.y + t.h > r.y + r.h;
    });
    for (const Rectf& box : attractOverlayBoxes(ctx))
        std::erase_if(markers,
                      [&](const Marker& m) { return targetRect(ctx, m.at).overlaps(box); });
    drawFanBackdrop(ctx, markers);  // beneath: it marks the fan, it hides nothing
    for (const auto& m : markers)
        if (!m.fanned) drawMarker(ctx, m, radius);
    for (const auto& m : markers)
        if (m.fanned) drawMarker(ctx, m, radius);
    drawLabels(ctx, markers, radius);
    // Targets are finger-sized (9 mm) even where the drawn dot is smaller; clustering keeps
    // them apart, and a fan-out's come last, on top.
    for (const auto& m : markers) ctx.exhibit.targets().add(m.target, targetRect(ctx, m.at));
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
