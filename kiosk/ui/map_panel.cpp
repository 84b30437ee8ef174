// The map: sea, graticule, place markers with their event counts, and labels that never
// overlap. Country shapes arrive with the geography asset (issue: the map).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "kiosk/ui/geo_renderer.h"
#include "kiosk/ui/marker_mesh.h"
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

Rectf targetRect(DrawContext& ctx, Vec2f at) {
    float half = ctx.layout.minTargetPx / 2;
    return {at.x - half, at.y - half, half * 2, half * 2};
}

// A marker's shapes: nothing in them moves with time, so a still scene keeps their vertices.
void drawMarkerShapes(DrawContext& ctx, const session::SceneMarker& m, float radius) {
    ImVec2 c = toIm(m.at);
    // A cluster is a larger disc with a second ring, so it reads as "several here".
    float r = m.cluster ? radius * 1.2f : radius;
    if (m.cluster) ctx.draw->AddCircle(c, r * 1.25f, colors::kMarker, 0, radius * 0.2f);
    if (m.selected) ctx.draw->AddCircle(c, r * 1.45f, colors::kAccent, 0, radius * 0.3f);
    ctx.draw->AddCircleFilled(c, r, m.selected ? colors::kAccent : colors::kMarker);
    ctx.draw->AddCircle(c, r, colors::kBackground, 0, 2.0f);
}

// Piece i's text (a count, a label): kept while the scene holds still (marker_mesh.h).
void drawPieceText(DrawContext& ctx, MarkerMesh& mesh, std::size_t i, Shown s, Type type, Rectf box,
                   ImU32 color, Align align) {
    const KeptDraw* kept = mesh.keptText(i);
    if (kept && redrawText(ctx, *kept)) return;
    drawText(ctx, s, type, box, color, align, 1, false, mesh.keepText(i));
}

// Marker i of the scene: its shapes and its count, saved or drawn (marker_mesh.h).
void drawMarker(DrawContext& ctx, MarkerMesh& mesh, std::size_t i, const session::SceneMarker& m,
                float radius) {
    if (!mesh.replay(ctx.draw, i)) {
        mesh.record(ctx.draw, i);
        drawMarkerShapes(ctx, m, radius);
        mesh.stop(ctx.draw, i);
    }
    if (m.events > 0) {
        Vec2f size = m.countSize;  // measured when the scene was built
        ImVec2 c = toIm(m.at);
        ctx.marking = true;
        drawPieceText(ctx, mesh, i, {m.count, ctx.language}, ctx.fonts.smallBold,
                      {c.x - size.x / 2, c.y - size.y / 2, size.x, 0}, colors::kBackground,
                      Align::Center);
        ctx.marking = false;
    }
}

// The hub of an open fan-out: a quiet disc behind it and spokes to the true point.
void drawFanBackdrop(DrawContext& ctx, const std::vector<session::SceneMarker>& markers) {
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

// The labels that won their spots (session/map_scene.h): a place's on a dark backing, a
// country's quieter, without one. They are the mesh's pieces after the markers, from first.
void drawLabels(DrawContext& ctx, MarkerMesh& mesh, std::size_t first,
                const std::vector<session::SceneLabel>& labels) {
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const auto& l = labels[k];
        const Rectf& r = l.rect;
        std::size_t i = first + k;
        if (!mesh.replay(ctx.draw, i)) {
            mesh.record(ctx.draw, i);
            if (!l.country)
                ctx.draw->AddRectFilled({r.x - 3, r.y - 1}, {r.x + r.w + 3, r.y + r.h + 1},
                                        IM_COL32(16, 22, 30, 170), 3);
            mesh.stop(ctx.draw, i);
        }
        ImU32 color = l.country    ? colors::kCountryName
                      : l.selected ? colors::kAccent
                                   : colors::kText;
        drawPieceText(ctx, mesh, i, {l.text, l.language}, ctx.fonts.small, r, color, Align::Start);
        ctx.exhibit.targets().addLabel(l.text, r);
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
    auto& scene = ctx.exhibit.mapScene();
    session::MapSceneSizes sizes{radius, ctx.layout.minTargetPx, ctx.fonts.small.px,
                                 ctx.fonts.smallBold.px, attractOverlayBoxes(ctx)};
    scene.update(ctx.exhibit, sizes, [&](std::string_view text, std::string_view lang, bool count) {
        ImVec2 s = measureText(ctx, {text, lang}, count ? ctx.fonts.smallBold : ctx.fonts.small);
        return Vec2f{s.x, s.y};
    });
    const auto& markers = scene.markers();
    drawFanBackdrop(ctx, markers);  // beneath: it marks the fan, it hides nothing
    static MarkerMesh mesh;         // kept across frames, like the scene
    mesh.begin(ctx.draw, scene.generation(), ctx.text.generation(),
               markers.size() + scene.labels().size());
    std::size_t drawn = 0;  // a fan-out's markers last, on top
    for (int fanned = 0; fanned < 2; ++fanned)
        for (const auto& m : markers)
            if (m.fanned == bool(fanned)) drawMarker(ctx, mesh, drawn++, m, radius);
    drawLabels(ctx, mesh, markers.size(), scene.labels());
    // Targets are finger-sized (9 mm) even where the drawn dot is smaller; clustering keeps
    // them apart, and a fan-out's come last, on top.
    for (const auto& m : markers) ctx.exhibit.targets().add(m.target, targetRect(ctx, m.at));
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
