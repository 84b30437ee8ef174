// events.json and tours.json: the story itself, and the guided tours through it.
#include <atomic>
#include <future>
#include <system_error>
#include <unordered_set>

#include "kiosk/content/collections.h"

namespace kiosk::content::detail {
namespace {

void readQuote(const FileScope& scope, const JsonValue& item, const JsonPath& at,
               std::vector<Quote>& quotes) {
    ObjectReader reader(scope, item, at, "quote", {"text", "speaker", "source"});
    if (!reader.isObject()) return;
    Quote quote;
    quote.text = reader.text("text", Need::Required);
    quote.speaker = reader.ref("speaker", Need::Required, scope.catalog().actors);
    quote.source = reader.ref("source", Need::Required, scope.catalog().sources);
    quotes.push_back(std::move(quote));
}

Event readEvent(const ObjectReader& reader, const Catalog& catalog) {
    Event event;
    event.id = reader.id();
    event.title = reader.text("title", Need::Required);
    event.summary = reader.text("summary", Need::Required);
    event.body = reader.text("body", Need::Optional);
    if (auto when = reader.when("when", Need::Required)) event.when = *when;
    event.track = reader.ref("track", Need::Required, catalog.tracks);
    event.actors = reader.refs("actors", Need::Optional, catalog.actors);
    event.places = reader.refs("places", Need::Optional, catalog.places);
    event.sources = reader.refs("sources", Need::Required, catalog.sources);
    event.media = reader.refs("media", Need::Optional, catalog.media);
    reader.forEach("quotes", Need::Optional, "a list of quotes [{\"text\": ...}]",
                   [&](const JsonValue& item, const JsonPath& at, std::size_t) {
                       readQuote(reader.scope(), item, at, event.quotes);
                   });
    event.background = reader.flag("background", false);
    return event;
}

void readStop(const FileScope& scope, const JsonValue& item, const JsonPath& at, Tour& tour) {
    ObjectReader reader(scope, item, at, "tour stop", {"event", "dwell_s", "caption"});
    if (!reader.isObject()) return;
    TourStop stop;
    stop.event = reader.ref("event", Need::Required, scope.catalog().events);
    stop.dwellS = reader.number("dwell_s", Need::Optional, 3, 120).value_or(stop.dwellS);
    stop.caption = reader.text("caption", Need::Optional);
    tour.stops.push_back(std::move(stop));
}

// An event's reader: it warns about any field not listed here.
ObjectReader eventReader(const FileScope& scope, const JsonValue& item, const JsonPath& at) {
    return {scope,
            item,
            at,
            "event",
            {"id", "title", "summary", "body", "when", "track", "actors", "places", "sources",
             "quotes", "media", "background"}};
}

// Items [from, to) of the events list, read into a scope of their own.
struct EventsPart {
    ProblemLog problems;
    TextLedger ledger;
    std::vector<Event> events;

    // Stops at the first problem, its own or the other half's (failed): the file is then
    // read in one piece, and whatever a half read is thrown away.
    void read(const JsonValue& list, std::size_t from, std::size_t to, const ReadState& state,
              std::atomic<bool>& failed) {
        ledger.glyphs = state.ledger.glyphs;
        ledger.languagePointer = state.ledger.languagePointer;
        ledger.uncovered = state.ledger.uncovered;
        FileScope scope("events.json", problems, state.languages, state.catalog, ledger);
        JsonPath top;
        JsonPath listPath(top, "events");  // as ObjectReader::forEach names the items
        events.reserve(to - from);
        for (std::size_t i = from; i < to && !failed.load(std::memory_order_relaxed); ++i) {
            JsonPath at(listPath, i);  // the reader keeps a reference
            ObjectReader reader = eventReader(scope, list[i], at);
            if (reader.isObject()) events.push_back(readEvent(reader, state.catalog));
            if (!clean()) failed = true;
        }
    }
    bool clean() const {
        return problems.listed.empty() && problems.unlistedErrors == 0 &&
               problems.unlistedWarnings == 0;
    }
};

// The two halves of a large events list at once, this thread and another; false when that
// cannot be done the same as in one piece (see LoadOptions::readThreads): nothing is added.
bool readEventsInHalves(const JsonValue& root, ReadState& state) {
    constexpr std::size_t kWorthAThread = 2000;  // events; a thread costs about 50 of them
    if (state.options.readThreads < 2 || !root.isObject() || root.size() != 1) return false;
    const JsonValue* list = root.find("events");
    if (!list || !list->isArray() || list->size() < kWorthAThread) return false;
    std::size_t n = list->size(), half = n / 2;
    int suggestions = state.catalog.suggestionsLeft;
    EventsPart first, second;
    std::atomic<bool> failed{false};
    std::future<void> other;
    try {
        other = std::async(std::launch::async, [&] { second.read(*list, half, n, state, failed); });
    } catch (const std::system_error&) {
        return false;
    }
    first.read(*list, 0, half, state, failed);
    other.get();
    // Any problem, and the order problems are found in could show (the "did you mean"
    // budget, the cap on listed problems): read in one piece instead.
    // A repeated id is a problem too, reported by UniqueIds in one piece.
    std::unordered_set<std::string_view> seen;
    seen.reserve(n);
    bool unique = !failed;
    for (const EventsPart* part : {&first, &second})
        for (const Event& event : part->events) unique = unique && seen.insert(event.id).second;
    if (!unique || !first.clean() || !second.clean() || first.events.size() != half ||
        second.events.size() != n - half) {
        state.catalog.suggestionsLeft = suggestions;
        return false;
    }
    TextLedger& ledger = state.ledger;
    for (EventsPart* part : {&first, &second}) {
        ledger.texts += part->ledger.texts;
        for (auto& [code, gaps] : part->ledger.missing) {
            MissingTexts& into = ledger.missing[code];
            for (auto& p : gaps.listed)
                if (into.listed.size() < MissingTexts::kMaxKept)
                    into.listed.push_back(std::move(p));
            into.count += gaps.count;
        }
    }
    state.builder.reserveEvents(n);
    for (EventsPart* part : {&first, &second})
        for (Event& event : part->events) state.builder.add(std::move(event));
    state.counts.events += int(n);
    state.eventsInHalves = true;
    return true;
}

}  // namespace

void UniqueIds::check(const FileScope& scope, const std::string& id, const JsonPath& itemPath,
                      std::size_t index) {
    if (id.empty()) return;
    auto [first, inserted] = firstIndex_.emplace(id, index);
    if (inserted) return;
    scope.error(JsonPath(itemPath, "id"), "the id " + inQuotes(id) + " is already used by " +
                                              listPointer_ + "/" + std::to_string(first->second) +
                                              "; ids must be unique among " + kindPlural_);
}

void readEvents(const JsonValue& root, ReadState& state) {
    FileScope scope("events.json", state);
    UniqueIds ids("/events", "events");
    if (readEventsInHalves(root, state)) return;
    if (const JsonValue* list = root.isObject() ? root.find("events") : nullptr;
        list && list->isArray())
        state.builder.reserveEvents(list->size());
    forEachItem(scope, root, "events", {"events"},
                [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                    ObjectReader reader = eventReader(scope, item, at);
                    if (!reader.isObject()) return;
                    Event event = readEvent(reader, state.catalog);
                    ids.check(scope, event.id, at, index);
                    state.builder.add(std::move(event));
                    ++state.counts.events;
                });
}

void readTours(const JsonValue& root, ReadState& state) {
    FileScope scope("tours.json", state);
    UniqueIds ids("/tours", "tours");
    forEachItem(scope, root, "tours", {"tours"},
                [&](const JsonValue& item, const JsonPath& at, std::size_t index) {
                    ObjectReader reader(scope, item, at, "tour", {"id", "title", "stops"});
                    if (!reader.isObject()) return;
                    Tour tour;
                    tour.id = reader.id();
                    tour.title = reader.text("title", Need::Required);
                    ids.check(scope, tour.id, at, index);
                    reader.forEach("stops", Need::Required,
                                   "a list of stops [{\"event\": ..., \"dwell_s\": 12}]",
                                   [&](const JsonValue& stop, const JsonPath& stopAt, std::size_t) {
                                       readStop(scope, stop, stopAt, tour);
                                   });
                    if (const JsonValue* stops = reader.field("stops", Need::Optional, "");
                        stops && stops->isArray() && stops->empty())
                        scope.error(JsonPath(at, "stops"),
                                    "this tour has no stops; expected "
                                    "at least one stop");
                    state.builder.add(std::move(tour));
                    ++state.counts.tours;
                });
}

}  // namespace kiosk::content::detail
