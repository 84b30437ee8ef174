// The story card: an event, an actor or a place, one tap away. A fixed top bar (what it is,
// Close), scrolling content, and for events a fixed bottom bar with Previous and Next.
#include <string>
#include <vector>

#include "kiosk/timeline/date_label.h"
#include "kiosk/ui/card_writer.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

struct Action {
    std::string chip;  // "chip:actor:<id>", "row:event:<id>", ...
};

std::vector<Chip> actorChips(const content::Library& lib, const std::vector<std::string>& ids,
                             const std::string& lang) {
    std::vector<Chip> chips;
    for (const auto& id : ids)
        if (const auto* a = lib.actor(id))
            chips.push_back({"chip:actor:" + id, a->shortName.get(lang)});
    return chips;
}

std::string sourceLine(const content::Source& s) {
    std::string line =
        s.publisher.empty() ? s.title : s.publisher + ", \u201c" + s.title + "\u201d";
    if (s.date) line += ", " + timeline::formatDatePoint(*s.date);
    return line;
}

void eventCard(CardWriter& w, DrawContext& ctx, const content::Event& e, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    const auto& lang = ctx.exhibit.visit().language();
    w.text(e.title.get(lang), ctx.fonts.title, ctx.fonts.titlePx, colors::kText,
           ctx.layout.unit * 0.5f);
    w.text(timeline::formatDateRange(e.when, lang), ctx.fonts.bold, ctx.fonts.bodyPx,
           colors::kAccent, ctx.layout.unit);
    w.paragraphs(e.body.empty() ? e.summary.get(lang) : e.body.get(lang));
    for (const auto& q : e.quotes) {
        const auto* speaker = lib.actor(q.speaker);
        const auto* source = lib.source(q.source);
        std::string who = speaker ? speaker->name.get(lang) : q.speaker;
        if (source) who += ", as reported by " + source->publisher;
        w.quote(q.text.get(lang), who);
    }
    if (!e.actors.empty()) {
        w.sectionTitle("Who");
        if (auto id = w.chips(actorChips(lib, e.actors, lang)); !id.empty()) act.chip = id;
    }
    if (!e.places.empty()) {
        w.sectionTitle("Where");
        std::vector<Chip> chips;
        for (const auto& id : e.places)
            if (const auto* p = lib.place(id))
                chips.push_back({"chip:place:" + id, p->name.get(lang)});
        if (auto id = w.chips(chips); !id.empty()) act.chip = id;
    }
    w.sectionTitle("Sources");
    for (const auto& id : e.sources)
        if (const auto* s = lib.source(id))
            w.text(sourceLine(*s), ctx.fonts.small, ctx.fonts.smallPx, colors::kTextDim,
                   ctx.layout.unit * 0.4f);
    // Pictures close the card: story, people, places, sources, then pictures.
    if (!e.media.empty()) w.space(ctx.layout.unit);
    for (const auto& id : e.media)
        if (const auto* m = lib.mediaItem(id)) w.picture(*m, lang);
}

void eventRows(CardWriter& w, DrawContext& ctx, std::span<const std::size_t> events, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    const auto& lang = ctx.exhibit.visit().language();
    for (auto i : events) {
        const auto& e = lib.events()[i];
        if (w.row("row:event:" + e.id, e.title.get(lang), timeline::formatDateRange(e.when, lang)))
            act.chip = "row:event:" + e.id;
    }
}

void actorCard(CardWriter& w, DrawContext& ctx, const content::Actor& a, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    const auto& lang = ctx.exhibit.visit().language();
    w.text(a.name.get(lang), ctx.fonts.title, ctx.fonts.titlePx, colors::kText,
           ctx.layout.unit * 0.5f);
    w.text(a.role.get(lang), ctx.fonts.bold, ctx.fonts.bodyPx, colors::kAccent, ctx.layout.unit);
    w.paragraphs(a.description.get(lang));
    if (!a.affiliations.empty()) {
        w.sectionTitle("Part of");
        if (auto id = w.chips(actorChips(lib, a.affiliations, lang)); !id.empty()) act.chip = id;
    }
    w.sectionTitle("Events");
    if (ctx.exhibit.visit().actorFilter() != a.id &&
        w.chips({{"button:filter", "Show only these on the map and timeline"}}) == "button:filter")
        act.chip = "filter:" + a.id;
    eventRows(w, ctx, lib.eventsByActor(a.id), act);
}

void placeCard(CardWriter& w, DrawContext& ctx, const content::Place& p, Action& act) {
    const auto& lib = *ctx.exhibit.library();
    w.text(p.name.get(ctx.exhibit.visit().language()), ctx.fonts.title, ctx.fonts.titlePx,
           colors::kText, ctx.layout.unit);
    w.sectionTitle("What happened here");
    eventRows(w, ctx, lib.eventsByPlace(p.id), act);
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

const char* kindLabel(const session::Selection& s) {
    if (!s.event.empty()) return "Event";
    if (!s.actor.empty()) return "Who";
    return "Place";
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
    ctx.draw->AddLine({c.x, c.y}, {c.x, c.y + c.h}, colors::kAccent, 3);
    bool isEvent = lib.event(sel.event) != nullptr;
    Rectf area{c.x + u * 2.5f, c.y + bar, c.w - u * 5, c.h - bar - (isEvent ? bar : u * 2)};
    Action act;
    {
        ctx.draw->PushClipRect({area.x - u, area.y}, {area.x + area.w + u, area.y + area.h}, true);
        CardWriter w(ctx, area, x.visit().card().scroll());
        if (const auto* e = lib.event(sel.event))
            eventCard(w, ctx, *e, act);
        else if (const auto* a = lib.actor(sel.actor))
            actorCard(w, ctx, *a, act);
        else if (const auto* p = lib.place(sel.place))
            placeCard(w, ctx, *p, act);
        x.visit().setCardExtent(w.height() + u * 2, area.h);
        ctx.draw->PopClipRect();
    }
    ctx.draw->AddText(ctx.fonts.bold, ctx.fonts.smallPx,
                      {c.x + u * 2.5f, c.y + (bar - ctx.fonts.smallPx) / 2}, colors::kTextDim,
                      kindLabel(sel));
    float closeW = std::max(ctx.layout.minTargetPx * 2.2f, ctx.fonts.bodyPx * 4.5f);
    bool close =
        touchButton(ctx, "button:close", {c.x + c.w - closeW - u * 2, c.y + u, closeW, 0}, "Close");
    bool prev = false, next = false;
    if (isEvent) {
        auto index = lib.eventIndex(sel.event).value_or(0);
        float bw = (c.w - u * 7) / 2, by = c.y + c.h - bar + u;
        prev = touchButton(ctx, "button:previous", {c.x + u * 2.5f, by, bw, 0}, "\u2039 Earlier",
                           true, index > 0);
        next = touchButton(ctx, "button:next", {c.x + u * 4.5f + bw, by, bw, 0}, "Later \u203a",
                           true, index + 1 < lib.events().size());
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
