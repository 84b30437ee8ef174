#include "kiosk/session/cameras.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <string_view>
#include <vector>

#include "kiosk/map/context_zoom.h"
#include "kiosk/timeline/clusters.h"
#include "kiosk/timeline/home_window.h"

namespace kiosk::session {
namespace {

constexpr std::int64_t kBoundsMarginDays = 90;

Vec2f toScreen(input::Vec2 p) {
    return {p.x, p.y};
}

constexpr double kMaxFitZoom = 6.0;  // several places: region level
constexpr std::string_view kMapCluster = "mapcluster:";

std::vector<std::string> splitIds(std::string_view list) {
    std::vector<std::string> out;
    while (!list.empty()) {
        auto comma = list.find(',');
        if (comma != 0) out.emplace_back(list.substr(0, comma));
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace

void Cameras::setScreen(int width, int height, float pixelsPerMm) {
    map_.setScaleReference(computeLayout(width, height, pixelsPerMm, 0).map.w);
}

void Cameras::setBounds(const content::Library& library) {
    std::int64_t first = library.settings().timeline.firstDay();
    std::int64_t last = library.settings().timeline.lastDay() + 1;
    for (const auto& e : library.events()) {
        first = std::min(first, e.when.firstDay());
        last = std::max(last, e.when.lastDay() + 1);
    }
    time_.setBounds(double(first - kBoundsMarginDays), double(last + kBoundsMarginDays));
}

void Cameras::home(const content::Settings& s) {
    fanOut_.clear();
    map_.setView({s.mapLat, s.mapLon}, s.mapZoom);
    if (ctx_.library) {  // the story's own events, with no empty months around them
        auto [start, end] = timeline::homeWindow(*ctx_.library);
        time_.setRange(start, end);
    } else {
        time_.setRange(double(s.timeline.firstDay()), double(s.timeline.lastDay() + 1));
    }
}

void Cameras::relayout(float cardAmount) {
    ctx_.layout =
        computeLayout(ctx_.width, ctx_.height, ctx_.panel.pixelsPerMm(), cardAmount, ctx_.rtl);
    map_.setViewport(ctx_.layout.map);
    time_.setViewport(ctx_.layout.timeline);
    time_.setRightToLeft(ctx_.rtl);
}

void Cameras::flyToSelection(const Selection& selection, bool withCard) {
    const content::Library* library = ctx_.library.get();
    if (!library) return;
    std::vector<map::GeoPoint> points;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    auto addEvent = [&](const content::Event& e) {
        for (const auto& pid : e.places)
            if (auto* p = library->place(pid)) points.push_back({p->lat, p->lon});
        first = std::min(first, e.when.firstDay());
        last = std::max(last, e.when.lastDay() + 1);
    };
    if (auto* e = library->event(selection.event)) addEvent(*e);
    for (auto i : library->eventsByPlace(selection.place)) addEvent(library->events()[i]);
    for (auto i : library->eventsByActor(selection.actor)) addEvent(library->events()[i]);
    if (auto* p = library->place(selection.place)) points.push_back({p->lat, p->lon});
    Layout final = computeLayout(ctx_.width, ctx_.height, ctx_.panel.pixelsPerMm(),
                                 withCard ? 1 : 0, ctx_.rtl);
    // Attract's prompt and caption cover parts of the map: the selection goes between them.
    std::optional<Rectf> focus;
    if (!withCard)
        focus = Rectf{final.map.x, final.prompt.y + final.prompt.h, final.map.w,
                      final.caption.y - final.prompt.y - final.prompt.h};
    // The nearest coast or border stays in view, so a visitor knows where the place is (a
    // place beyond Mercator's limit too: its flight ends where land is).
    double maxZoom = kMaxFitZoom;
    double zoom1 = map_.pixelsPerWorldUnit() / std::pow(2.0, map_.zoom() - 1);
    if (!points.empty() && ctx_.geography) {
        map::WorldPoint lo{1, 1}, hi{0, 0};
        for (auto g : points) {
            auto w = map::toWorld(g);
            lo = {std::min(lo.x, w.x), std::min(lo.y, w.y)};
            hi = {std::max(hi.x, w.x), std::max(hi.y, w.y)};
        }
        map::WorldPoint mid{(lo.x + hi.x) / 2, (lo.y + hi.y) / 2};
        if (auto z = map::contextZoom(*ctx_.geography, mid, focus.value_or(final.map), zoom1))
            maxZoom = std::min(maxZoom, *z);
    }
    Millis now = ctx_.now();
    if (!points.empty()) map_.flyToFit(points, now, maxZoom, final.map, focus);
    if (first <= last) time_.flyToShow(double(first), double(last), now);
    ctx_.settle();
}

void Cameras::zoomToCluster(const std::string& id) {
    timeline::ClusterSpan span{};
    if (!timeline::parseClusterId(id, span)) return;
    double first = double(span.firstDay), last = double(span.lastDay + 1);
    double pad = std::max(2.0, (last - first) * 0.25);
    time_.flyTo(first - pad, last + pad, ctx_.now(), 600);
    ctx_.settle();
}

void Cameras::openMapCluster(const std::string& id) {
    const content::Library* library = ctx_.library.get();
    if (!library || id.rfind(kMapCluster, 0) != 0) return;
    std::vector<std::string> ids = splitIds(std::string_view(id).substr(kMapCluster.size()));
    std::vector<map::MarkerInput> members;
    map::WorldPoint sum{0, 0};
    for (const auto& pid : ids)
        if (const auto* p = library->place(pid)) {
            auto w = map::toWorld({p->lat, p->lon});
            members.push_back({w, int(members.size()), 1});
            sum = {sum.x + w.x, sum.y + w.y};
        }
    if (members.empty()) return;
    map::WorldPoint mid{sum.x / double(members.size()), sum.y / double(members.size())};
    double zoom1 = map_.pixelsPerWorldUnit() / std::pow(2.0, map_.zoom() - 1);
    double detail = map::zoomForGroundScale(map::kDetailKmPerMm, map::toGeo(mid).lat,
                                            ctx_.panel.pixelsPerMm(), zoom1);
    double maxZoom = std::min(map::MapView::kMaxZoom, detail);
    auto split = map::zoomToSplit(members, map_.zoom(), map_.pixelsPerWorldUnit(), maxZoom,
                                  ctx_.layout.minTargetPx + 1);
    if (split) {
        fanOut_.clear();
        map_.flyTo(map::toGeo(mid), *split, ctx_.now(), 600);
    } else {
        fanOut_ = std::move(ids);  // centred, so the fan is not cut by the map's edge
        map_.flyTo(map::toGeo(mid), map_.zoom(), ctx_.now(), 400);
    }
    ctx_.settle();
}

bool Cameras::applyMapGesture(const input::Gesture& g) {
    using K = input::GestureKind;
    if (g.kind == K::Pan || g.kind == K::Pinch || g.kind == K::DoubleTap) fanOut_.clear();
    switch (g.kind) {
        case input::GestureKind::Pan:
            map_.cancelFlight();
            map_.panBy(toScreen(g.delta));
            return true;
        case input::GestureKind::Pinch:
            map_.cancelFlight();
            map_.panBy(toScreen(g.delta));
            map_.zoomAbout(toScreen(g.at), g.scale);
            return true;
        case input::GestureKind::DoubleTap:
            map_.flyTo(map_.unproject(toScreen(g.at)), map_.zoom() + 1, ctx_.now(), 500);
            return true;
        default:
            return false;
    }
}

bool Cameras::applyTimelineGesture(const input::Gesture& g) {
    switch (g.kind) {
        case input::GestureKind::Pan:
            time_.cancelFlight();
            time_.panBy(g.delta.x);
            return true;
        case input::GestureKind::Pinch:
            time_.cancelFlight();
            time_.panBy(g.delta.x);
            time_.zoomAbout(g.at.x, g.scale);
            return true;
        case input::GestureKind::DoubleTap: {
            double quarter = (time_.end() - time_.start()) / 4;
            double day = time_.xToDay(g.at.x);
            time_.flyTo(day - quarter, day + quarter, ctx_.now(), 400);
            return true;
        }
        default:
            return false;
    }
}

void Cameras::wheel(Vec2f at, float steps) {
    double factor = std::pow(1.25, steps);
    if (ctx_.layout.map.contains(at)) {
        fanOut_.clear();
        map_.cancelFlight();
        map_.zoomAbout(at, factor);
    } else if (ctx_.layout.timeline.contains(at)) {
        time_.cancelFlight();
        time_.zoomAbout(at.x, factor);
    }
}

void Cameras::update(Millis now) {
    map_.update(now);
    time_.update(now);
}

}  // namespace kiosk::session
