// The map: sea, graticule, place markers with their event counts, and labels that never
// overlap. Country shapes arrive with the geography asset (issue: the map).
#include <cmath>
#include <string>
#include <vector>

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

struct Marker {
    const content::Place* place;
    Vec2f at;
    int events;
    bool selected;
};

std::vector<Marker> visibleMarkers(DrawContext& ctx, const map::MapView& view) {
    const auto* lib = ctx.exhibit.library();
    const auto& sel = ctx.exhibit.visit().selection();
    const content::Event* selectedEvent = lib->event(sel.event);
    std::vector<Marker> out;
    for (const auto& p : lib->places()) {
        Vec2f at = view.project({p.lat, p.lon});
        if (!view.viewport().contains(at)) continue;  // culled to the view
        int count = 0;
        for (auto i : lib->eventsByPlace(p.id))
            count += ctx.exhibit.visit().passesFilter(lib->events()[i]);
        if (count == 0) continue;  // a dot with nothing behind it would be a dead end
        bool selected = sel.place == p.id;
        if (selectedEvent)
            for (const auto& id : selectedEvent->places) selected = selected || id == p.id;
        out.push_back({&p, at, count, selected});
    }
    return out;
}

void drawMarker(DrawContext& ctx, const Marker& m, float radius) {
    ImVec2 c = toIm(m.at);
    if (m.selected) ctx.draw->AddCircle(c, radius * 1.45f, colors::kAccent, 0, radius * 0.3f);
    ctx.draw->AddCircleFilled(c, radius, m.selected ? colors::kAccent : colors::kMarker);
    ctx.draw->AddCircle(c, radius, colors::kBackground, 0, 2.0f);
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

void drawLabels(DrawContext& ctx, const std::vector<Marker>& markers, float radius) {
    std::vector<map::LabelCandidate> candidates;
    std::vector<Rectf> blocked;
    for (size_t i = 0; i < markers.size(); ++i) {
        const auto& m = markers[i];
        // Beside the marker on the side text starts from: right of it, or left in Arabic.
        ImVec2 size = measureText(ctx, shown(ctx, m.place->name), ctx.fonts.small);
        float gap = radius * 1.6f;
        Rectf r{ctx.rtl ? m.at.x - gap - size.x : m.at.x + gap, m.at.y - size.y / 2, size.x,
                size.y};
        candidates.push_back({r, (m.selected ? 1000.f : 0.f) + float(m.events), int(i)});
        blocked.push_back({m.at.x - radius, m.at.y - radius, radius * 2, radius * 2});
    }
    std::vector<Shown> countryNames;
    size_t placeCount = candidates.size();
    addCountryLabels(ctx, ctx.exhibit.cameras().map(), candidates, countryNames);
    std::vector<Rectf> rects;  // by candidate order, before the edge filter reorders nothing
    for (const auto& c : candidates) rects.push_back(c.rect);
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
            drawText(ctx, countryNames[index], ctx.fonts.small, r, IM_COL32(200, 210, 220, 150),
                     Align::Start, 1, false);
            ctx.exhibit.targets().addLabel(std::string(countryNames[index].text), r);
            continue;
        }
        const auto& m = markers[size_t(key)];
        const Rectf& r = rects[size_t(key)];
        ctx.draw->AddRectFilled({r.x - 3, r.y - 1}, {r.x + r.w + 3, r.y + r.h + 1},
                                IM_COL32(16, 22, 30, 170), 3);
        drawText(ctx, shown(ctx, m.place->name), ctx.fonts.small, r,
                 m.selected ? colors::kAccent : colors::kText, Align::Start, 1, false);
        ctx.exhibit.targets().addLabel(m.place->name.get(ctx.language), r);
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
    for (const auto& m : markers) drawMarker(ctx, m, radius);
    drawLabels(ctx, markers, radius);
    // Targets are finger-sized (9 mm) even where the drawn dot is smaller.
    float half = ctx.layout.minTargetPx / 2;
    for (const auto& m : markers)
        ctx.exhibit.targets().add("place:" + m.place->id,
                                  {m.at.x - half, m.at.y - half, half * 2, half * 2});
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
