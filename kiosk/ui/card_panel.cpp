// The story card: an event, an actor or a place, one tap away. A fixed top bar (what it is,
// Close), scrolling content, and for events a fixed bottom bar with Previous and Next.
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "kiosk/core/contrast.h"
#include "kiosk/timeline/date_label.h"
#include "kiosk/timeline/lane_layout.h"
#include "kiosk/ui/card_writer.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

struct Action {
    std::string chip;  // "chip:actor:<id>", "row:event:<id>", ...
};

std::vector<Chip> actorChips(const DrawContext& ctx, const std::vector<std::string>& ids) {
    std::vector<Chip> chips;
    for (const auto& id : ids)
        if (const auto* a = ctx.exhibit.library()->actor(id))
            chips.push_back({"chip:actor:" + id, shown(ctx, a->shortName)});
    return chips;
}

// Sources are cited as published: their titles stay in their own language (mostly English).
std::string sourceLine(const content::Source& s) {
    std::string line =
        s.publisher.empty() ? s.title : s.publisher + ", \u201c" + s.title + "\u201d";
    if (s.date) line += ", " + timeline::formatDatePoint(*s.date);
    return line;
}

Shown dateOf(DrawContext& ctx, const content::DateRange& when) {
    return {keep(ctx, timeline::formatDateRange(when, ctx.language)), ctx.language};
}

void eventCard(CardWriter& w, DrawContext& ctx, const content::Event& e, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    w.text(shown(ctx, e.title), ctx.fonts.cardTitle, colors::kText, ctx.layout.unit * 0.5f);
    w.text(dateOf(ctx, e.when), ctx.fonts.bold, colors::kAccent, ctx.layout.unit);
    w.paragraphs(e.body.empty() ? shown(ctx, e.summary) : shown(ctx, e.body));
    for (const auto& q : e.quotes) {
        const auto* speaker = lib.actor(q.speaker);
        const auto* source = lib.source(q.source);
        Shown who = speaker ? shown(ctx, speaker->name) : english(q.speaker);
        if (source)
            who = ui(ctx, "card.quote_reported_by",
                     {{"speaker", std::string(who.text)}, {"publisher", source->publisher}});
        w.quote(shown(ctx, q.text), who);
    }
    if (!e.actors.empty()) {
        w.sectionTitle(ui(ctx, "card.who"));
        if (auto id = w.chips(actorChips(ctx, e.actors)); !id.empty()) act.chip = id;
    }
    if (!e.places.empty()) {
        w.sectionTitle(ui(ctx, "card.where"));
        std::vector<Chip> chips;
        for (const auto& id : e.places)
            if (const auto* p = lib.place(id))
                chips.push_back({"chip:place:" + id, shown(ctx, p->name)});
        if (auto id = w.chips(chips); !id.empty()) act.chip = id;
    }
    w.sectionTitle(ui(ctx, "card.sources"));
    for (const auto& id : e.sources)
        if (const auto* s = lib.source(id))
            w.text(english(keep(ctx, sourceLine(*s))), ctx.fonts.small, colors::kTextDim,
                   ctx.layout.unit * 0.4f);
    // Pictures close the card: story, people, places, sources, then pictures.
    if (!e.media.empty()) w.space(ctx.layout.unit);
    for (const auto& id : e.media)
        if (const auto* m = lib.mediaItem(id)) w.picture(*m);
}

void eventRows(CardWriter& w, DrawContext& ctx, std::span<const std::size_t> events, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    for (auto i : events) {
        const auto& e = lib.events()[i];
        if (w.row("row:event:" + e.id, shown(ctx, e.title), dateOf(ctx, e.when)))
            act.chip = "row:event:" + e.id;
    }
}

void actorCard(CardWriter& w, DrawContext& ctx, const content::Actor& a, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    w.text(shown(ctx, a.name), ctx.fonts.cardTitle, colors::kText, ctx.layout.unit * 0.5f);
    w.text(shown(ctx, a.role), ctx.fonts.bold, colors::kAccent, ctx.layout.unit);
    w.paragraphs(shown(ctx, a.description));
    if (!a.affiliations.empty()) {
        w.sectionTitle(ui(ctx, "card.part_of"));
        if (auto id = w.chips(actorChips(ctx, a.affiliations)); !id.empty()) act.chip = id;
    }
    w.sectionTitle(ui(ctx, "card.events"));
    if (ctx.exhibit.visit().actorFilter() != a.id &&
        w.chips({{"button:filter", ui(ctx, "card.show_only_these")}}) == "button:filter")
        act.chip = "filter:" + a.id;
    eventRows(w, ctx, lib.eventsByActor(a.id), act);
}

// Where the place lies, in degrees: the content holds no description of places, so the
// locator line is what it does hold (its kind and position), then how many stories and when.
std::string locatorLine(const content::Place& p) {
    char text[64];
    std::snprintf(text, sizeof text, "%.2f\u00b0 %s, %.2f\u00b0 %s", std::abs(p.lat),
                  p.lat >= 0 ? "N" : "S", std::abs(p.lon), p.lon >= 0 ? "E" : "W");
    return text;
}

const char* placeKindKey(content::PlaceKind kind) {
    switch (kind) {
        case content::PlaceKind::Region:
            return "card.place.region";
        case content::PlaceKind::Country:
            return "card.place.country";
        case content::PlaceKind::City:
            break;
    }
    return "card.place.city";
}

void placeCard(CardWriter& w, DrawContext& ctx, const content::Place& p, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    w.text(shown(ctx, p.name), ctx.fonts.cardTitle, colors::kText, ctx.layout.unit * 0.5f);
    w.text(ui(ctx, placeKindKey(p.kind)), ctx.fonts.bold, colors::kAccent, ctx.layout.unit * 0.3f);
    w.text(english(keep(ctx, locatorLine(p))), ctx.fonts.small, colors::kTextDim,
           ctx.layout.unit * 0.3f);
    auto events = lib.eventsByPlace(p.id);
    if (!events.empty()) {
        // From the first story's start to the last one's end, at the content's precision.
        const auto& first = lib.events()[events.front()].when;
        const auto& last = lib.events()[events.back()].when;
        content::DateRange span{first.start, last.end ? *last.end : last.start, {}};
        if (events.size() == 1) span = first;
        std::string when = timeline::formatDateRange(span, ctx.language);
        w.text(ui(ctx, "card.place.stories",
                  {{"count", std::to_string(events.size())}, {"span", when}}),
               ctx.fonts.body, colors::kText, ctx.layout.unit);
    }
    w.sectionTitle(ui(ctx, "card.what_happened_here"));
    eventRows(w, ctx, events, act);
}

void perform(session::Exhibit& x, const std::string& chip) {
    auto idAfter = [&](const char* prefix) { return chip.substr(std::string(prefix).size()); };
    if (chip.rfind("chip:actor:", 0) == 0)
        x.visit().selectActor(idAfter("chip:actor:"));
    else if (chip.rfind("chip:place:", 0) == 0)
        x.visit().selectPlace(idAfter("chip:place:"));
    else if (chip.rfind("row:event:", 0) == 0)
        x.visit().selectEvent(idAfter("row:event:"));
    else if (chip.rfind("filter:", 0) == 0)
        x.visit().setActorFilter(idAfter("filter:"));
}

const char* kindKey(const session::Selection& s) {
    if (!s.event.empty()) return "card.kind.event";
    if (!s.actor.empty()) return "card.kind.actor";
    return "card.kind.place";
}

// The line above a card's title: an event's track, with the shape and colour its markers
// have on the timeline (the legend when the timeline has no room for lane names), else the
// card's kind. The track name takes two lines at most; if it needs more, the kind shows.
void drawKindLine(DrawContext& ctx, Rectf line, const Rectf& card) {
    const auto& lib = *ctx.exhibit.library();
    const auto& sel = ctx.exhibit.visit().selection();
    Shown kind = ui(ctx, kindKey(sel));
    ImU32 color = colors::kTextDim;
    float shapeW = 0;
    const content::Event* e = lib.event(sel.event);
    int lane = e ? timeline::laneOf(lib, *e) : -1;
    if (lane >= 0 && std::size_t(lane) < lib.tracks().size()) {
        const auto& track = lib.tracks()[std::size_t(lane)];
        Shown name = shown(ctx, track.name);
        float w = line.w - ctx.fonts.smallPx * 1.3f;
        float one = measureText(ctx, name, ctx.fonts.smallBold).y;
        ImVec2 size = measureText(ctx, name, ctx.fonts.smallBold, w, 3);
        if (w > 0 && size.x <= w + 1 && size.y <= std::min(one * 2.5f, line.h)) {
            kind = name;
            color = rgba(readableOn(track.rgb, palette::kPanel));
            shapeW = ctx.fonts.smallPx * 1.3f;
        }
    }
    float h = measureText(ctx, kind, ctx.fonts.smallBold, line.w - shapeW, 2).y;
    Rectf at =
        mirrored(ctx, {line.x + shapeW, line.y + (line.h - h) / 2, line.w - shapeW, h}, card);
    if (shapeW > 0) {
        float one = measureText(ctx, kind, ctx.fonts.smallBold).y;
        float sx = ctx.rtl ? at.x + at.w + shapeW * 0.45f : at.x - shapeW * 0.45f;
        trackShape(ctx.draw, {sx, at.y + one / 2}, ctx.fonts.smallPx * 0.32f, lane, color);
    }
    drawText(ctx, kind, ctx.fonts.smallBold, {at.x, at.y, at.w, 0}, color, Align::Start, 2);
}

// A chevron beside a button's label, pointing the way the button goes on screen.
void chevron(DrawContext& ctx, Rectf button, bool left) {
    float s = ctx.layout.unit * 0.9f, cy = button.y + button.h / 2;
    float cx = left ? button.x + ctx.layout.unit * 2 : button.x + button.w - ctx.layout.unit * 2;
    float d = left ? -s * 0.5f : s * 0.5f;  // the apex points the way the button goes
    ctx.draw->AddPolyline(
        std::array<ImVec2, 3>{ImVec2{cx - d, cy - s}, {cx + d, cy}, {cx - d, cy + s}}.data(), 3,
        colors::kText, 0, 3);
}

// More of the card lies below: the content fades out at the foot of the visible area, over a
// downward chevron, until the card is scrolled to its end. below: px of content still hidden.
void scrollCue(DrawContext& ctx, const Rectf& area, float below) {
    if (below <= 1) return;
    float u = ctx.layout.unit, fade = std::min(area.h * 0.25f, u * 6);
    float bottom = area.y + area.h;
    ctx.draw->AddRectFilledMultiColor({area.x - u, bottom - fade}, {area.x + area.w + u, bottom},
                                      rgba(palette::kPanel, 0), rgba(palette::kPanel, 0),
                                      colors::kPanel, colors::kPanel);
    float s = u * 1.2f, cx = area.x + area.w / 2, cy = bottom - s * 0.9f;
    ctx.draw->AddCircleFilled({cx, cy}, s * 1.3f, colors::kAccent);
    ctx.draw->AddPolyline(std::array<ImVec2, 3>{ImVec2{cx - s * 0.6f, cy - s * 0.25f},
                                                {cx, cy + s * 0.35f},
                                                {cx + s * 0.6f, cy - s * 0.25f}}
                              .data(),
                          3, colors::kBackground, 0, 3);
    ctx.exhibit.targets().addLabel("scroll-cue",
                                   {cx - s * 1.3f, cy - s * 1.3f, s * 2.6f, s * 2.6f});
}

}  // namespace

void drawCardPanel(DrawContext& ctx) {
    auto& x = ctx.exhibit;
    const Rectf& c = ctx.layout.card;
    if (x.visit().card().amount() <= 0 || !x.library()) return;
    const auto& lib = *x.library();
    const auto& sel = x.visit().selection();
    float u = ctx.layout.unit, bar = ctx.layout.minTargetPx + u * 2;
    ctx.draw->PushClipRect({c.x, c.y}, {c.x + c.w, c.y + c.h}, true);
    ctx.draw->AddRectFilled({c.x, c.y}, {c.x + c.w, c.y + c.h}, colors::kPanel);
    float edgeX = ctx.rtl ? c.x + c.w - 1 : c.x;  // the edge that faces the map
    ctx.draw->AddLine({edgeX, c.y}, {edgeX, c.y + c.h}, colors::kAccent, 3);
    bool isEvent = lib.event(sel.event) != nullptr;
    Rectf area{c.x + u * 2.5f, c.y + bar, c.w - u * 5, c.h - bar - (isEvent ? bar : u * 2)};
    Action act;
    {
        ctx.draw->PushClipRect({area.x - u, area.y}, {area.x + area.w + u, area.y + area.h}, true);
        CardWriter w(ctx, area, x.visit().card().scroll());
        ctx.scrolling = true;
        if (const auto* e = lib.event(sel.event))
            eventCard(w, ctx, *e, act);
        else if (const auto* a = lib.actor(sel.actor))
            actorCard(w, ctx, *a, act);
        else if (const auto* p = lib.place(sel.place))
            placeCard(w, ctx, *p, act);
        ctx.scrolling = false;
        x.visit().setCardExtent(w.height() + u * 2, area.h);
        ctx.draw->PopClipRect();
        scrollCue(ctx, area, w.height() + u * 2 - area.h - x.visit().card().scroll());
    }
    Shown closeLabel = ui(ctx, "button.close");
    float closeW = std::max(ctx.layout.minTargetPx * 2.2f,
                            measureText(ctx, closeLabel, ctx.fonts.bold).x + u * 4);
    drawKindLine(ctx, {c.x + u * 2.5f, c.y, c.w - closeW - u * 6, bar}, c);
    bool close =
        touchButton(ctx, "button:close",
                    mirrored(ctx, {c.x + c.w - closeW - u * 2, c.y + u, closeW, 0}, c), closeLabel);
    bool prev = false, next = false;
    if (isEvent) {
        // Earlier sits where earlier time lies: left, or right when time runs right to left.
        auto index = lib.eventIndex(sel.event).value_or(0);
        float bw = (c.w - u * 7) / 2, by = c.y + c.h - bar + u;
        Rectf earlier = mirrored(ctx, {c.x + u * 2.5f, by, bw, ctx.layout.minTargetPx}, c);
        Rectf later = mirrored(ctx, {c.x + u * 4.5f + bw, by, bw, ctx.layout.minTargetPx}, c);
        prev = touchButton(ctx, "button:previous", earlier, ui(ctx, "button.earlier"), true,
                           index > 0);
        next = touchButton(ctx, "button:next", later, ui(ctx, "button.later"), true,
                           index + 1 < lib.events().size());
        if (index > 0) chevron(ctx, earlier, !ctx.rtl);
        if (index + 1 < lib.events().size()) chevron(ctx, later, ctx.rtl);
    }
    ctx.draw->PopClipRect();
    if (close)
        x.visit().clearSelection();
    else if (prev)
        x.visit().selectAdjacentEvent(-1);
    else if (next)
        x.visit().selectAdjacentEvent(1);
    else if (!act.chip.empty())
        perform(x, act.chip);
}

}  // namespace kiosk::ui
