#include "kiosk/session/state_dump.h"

#include <cmath>

#include "kiosk/core/iso_time.h"

namespace kiosk::session {
namespace {

using nlohmann::json;

json rectJson(const Rectf& r) {
    return json::array({std::lround(r.x), std::lround(r.y), std::lround(r.w), std::lround(r.h)});
}

json nullable(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

std::string dayToIso(double day) {
    return formatIsoDate(Millis(std::floor(day)) * 86'400'000);
}

json cardJson(const Exhibit& x) {
    const auto& sel = x.visit().selection();
    const char* kind = !sel.event.empty()   ? "event"
                       : !sel.actor.empty() ? "actor"
                       : !sel.place.empty() ? "place"
                                            : nullptr;
    const std::string& id = !sel.event.empty()   ? sel.event
                            : !sel.actor.empty() ? sel.actor
                                                 : sel.place;
    return {
        {"kind", kind ? json(kind) : json(nullptr)}, {"id", kind ? json(id) : json(nullptr)},
        {"open", x.visit().card().amount()},         {"rect", rectJson(x.layout().card)},
        {"scroll", x.visit().card().scroll()},       {"max_scroll", x.visit().card().maxScroll()}};
}

json contentJson(const Exhibit& x) {
    if (!x.library()) return {{"events", 0}, {"version", nullptr}};
    const auto& lib = *x.library();
    return {{"events", lib.events().size()},
            {"actors", lib.actors().size()},
            {"places", lib.places().size()},
            {"version", std::to_string(lib.settings().version)}};
}

}  // namespace

json dumpState(const Exhibit& x, const RendererInfo& renderer) {
    const auto& m = x.cameras().map();
    const auto& t = x.cameras().time();
    json targets = json::array();
    for (const auto& target : x.targets().items())
        targets.push_back({{"id", target.id}, {"rect", rectJson(target.rect)}});
    json labels = json::array();
    for (const auto& l : x.targets().labels())
        labels.push_back({{"text", l.text}, {"rect", rectJson(l.rect)}});
    json texts = json::array();
    for (const auto& t : x.targets().texts())
        texts.push_back({{"text", t.text},
                         {"language", t.language},
                         {"rtl", t.rtl},
                         {"truncated", t.truncated},
                         {"scrolls", t.scrolls},
                         {"marker", t.marker},
                         {"cap_mm", std::round(t.capMm * 100) / 100},
                         {"rect", rectJson(t.rect)},
                         {"clip", rectJson(t.clip)}});
    // The map's clusters as last drawn: their target ids and their places' ids and names.
    json clusters = json::array();
    if (const auto* lib = x.library())
        for (const auto& g : x.cameras().markerClusters().last()) {
            if (!g.cluster()) continue;
            json ids = json::array(), names = json::array();
            std::string id = "mapcluster:";
            for (int k : g.keys) {
                const auto& p = lib->places()[size_t(k)];
                id += (ids.empty() ? "" : ",") + p.id;
                ids.push_back(p.id);
                names.push_back(p.name.get("en"));
            }
            clusters.push_back({{"id", id}, {"places", ids}, {"names", names}});
        }
    json state = {
        {"mode", modeName(x.mode())},
        {"clock", formatIsoUtc(x.clock().wallMs())},
        {"content", contentJson(x)},
        {"selected",
         {{"event", nullable(x.visit().selection().event)},
          {"actor", nullable(x.visit().selection().actor)},
          {"place", nullable(x.visit().selection().place)}}},
        {"size", {std::lround(x.layout().screen.w), std::lround(x.layout().screen.h)}},
        {"map",
         {{"center", {m.center().lat, m.center().lon}},
          {"zoom", m.zoom()},
          {"rect", rectJson(m.viewport())},
          {"clusters", clusters},
          {"fan_out", x.cameras().fanOut()},
          {"cluster_builds", x.cameras().markerClusters().builds()}}},
        {"timeline",
         {{"start", dayToIso(t.start())},
          {"end", dayToIso(t.end())},
          {"start_day", t.start()},
          {"end_day", t.end()},
          {"rect", rectJson(t.viewport())}}},
        {"card", cardJson(x)},
        {"filter", {{"actor", nullable(x.visit().actorFilter())}}},
        {"language", x.visit().language()},
        {"targets", targets},
        {"labels", labels},
        {"texts", texts},
        {"direction", x.visit().rightToLeft() ? "rtl" : "ltr"},
        {"frames",
         {{"rendered", x.frames().rendered},
          {"idle_wakeups", x.frames().idleWakeups},
          {"last_input_frame", x.frames().lastInputFrame}}},
        {"touch_feedback", x.touch().marks().size()},
        {"renderer",
         {{"video_driver", renderer.videoDriver},
          {"gl_renderer", renderer.renderer},
          {"max_texture_size", renderer.maxTextureSize},
          {"font_atlas", {renderer.fontAtlasWidth, renderer.fontAtlasHeight}},
          {"glyph_atlas",
           {{"side", renderer.glyphAtlasSide},
            {"glyphs", renderer.glyphAtlasGlyphs},
            {"used_rows", renderer.glyphAtlasUsedRows},
            {"resets", renderer.glyphAtlasResets}}},
          {"layout_cache",
           {{"entries", renderer.layoutCacheEntries}, {"misses", renderer.layoutCacheMisses}}},
          {"kept_texts_redrawn", renderer.keptTextsRedrawn}}},
        {"layout",
         {{"portrait", x.layout().portrait},
          {"body_px", x.layout().bodyPx},
          {"pixels_per_mm", x.layout().pixelsPerMm},
          {"min_target_px", x.layout().minTargetPx}}},
    };
    if (x.mode() == Mode::Error) state["error"] = x.errorMessage();
    const auto& hours = x.schedule().openingHours().status();
    state["schedule"] = {
        {"open", hours.open},
        {"clock_trusted", hours.clockTrusted},
        {"reason", hours.reason},
        {"next_change", hours.nextChange ? json(formatIsoUtc(*hours.nextChange)) : json(nullptr)},
        {"week", x.schedule().openingHours().weekAhead(x.clock().wallMs())}};
    state["staff"] = {{"stage", staffStageName(x.staff().stage())},
                      {"message", x.staff().message()},
                      {"digits", x.staff().digitsTyped()}};
    state["notices"] = nlohmann::json::array();
    for (const auto& n : x.notices().items())
        state["notices"].push_back({{"text", n.text}, {"problem", n.problem}});
    state["display"] = {{"on", x.schedule().displayOn()},
                        {"switches", x.schedule().displaySwitches()}};
    if (x.mode() == Mode::Attract)
        state["attract"] = {{"tour", x.schedule().attract().tour().id},
                            {"stop", x.schedule().attract().position().stop},
                            {"stops_shown", x.schedule().attract().stopsShown()},
                            {"presentation", x.schedule().presentation()},
                            {"prompt", x.schedule().attractPrompt()}};
    return state;
}

}  // namespace kiosk::session
