// The map: sea, graticule, place markers with their event counts, and labels that never
// overlap. Country shapes arrive with the geography asset (issue: the map).
#include <cmath>
#include <string>
#include <vector>

#include "kiosk/map/labels.h"
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
    const auto& sel = ctx.exhibit.selection();
    const content::Event* selectedEvent = lib->event(sel.event);
    std::vector<Marker> out;
    for (const auto& p : lib->places()) {
        Vec2f at = view.project({p.lat, p.lon});
        if (!view.viewport().contains(at)) continue;  // culled to the view
        int count = int(lib->eventsByPlace(p.id).size());
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
        ImVec2 size = ctx.fonts.bold->CalcTextSizeA(ctx.fonts.smallPx, FLT_MAX, 0, n.c_str());
        ctx.draw->AddText(ctx.fonts.bold, ctx.fonts.smallPx, {c.x - size.x / 2, c.y - size.y / 2},
                          colors::kBackground, n.c_str());
    }
}

void drawLabels(DrawContext& ctx, const std::vector<Marker>& markers, float radius) {
    const auto& lang = ctx.exhibit.language();
    std::vector<map::LabelCandidate> candidates;
    std::vector<Rectf> blocked;
    for (size_t i = 0; i < markers.size(); ++i) {
        const auto& m = markers[i];
        const char* name = m.place->name.get(lang).c_str();
        Rectf r = textRect(ctx.fonts.small, ctx.fonts.smallPx,
                           {m.at.x + radius * 1.6f, m.at.y - ctx.fonts.smallPx * 0.6f}, name);
        candidates.push_back({r, (m.selected ? 1000.f : 0.f) + float(m.events), int(i)});
        blocked.push_back({m.at.x - radius, m.at.y - radius, radius * 2, radius * 2});
    }
    for (int key : map::placeLabels(candidates, blocked)) {
        const auto& m = markers[size_t(key)];
        const Rectf& r = candidates[size_t(key)].rect;
        ctx.draw->AddRectFilled({r.x - 3, r.y - 1}, {r.x + r.w + 3, r.y + r.h + 1},
                                IM_COL32(16, 22, 30, 170), 3);
        ctx.draw->AddText(ctx.fonts.small, ctx.fonts.smallPx, {r.x, r.y},
                          m.selected ? colors::kAccent : colors::kText,
                          m.place->name.get(ctx.exhibit.language()).c_str());
    }
}

}  // namespace

void drawMapPanel(DrawContext& ctx) {
    const auto& view = ctx.exhibit.mapView();
    const Rectf& r = view.viewport();
    ctx.draw->PushClipRect({r.x, r.y}, {r.x + r.w, r.y + r.h}, true);
    ctx.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, colors::kSea);
    drawGraticule(ctx, view);
    float radius = ctx.layout.minTargetPx * 0.32f;
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
