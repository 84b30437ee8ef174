#pragma once
// The in-memory content model: immutable once loaded, shared by every view.
// No SDL or ImGui here; see docs/content-format.md for the files it comes from.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::content {

// A visitor-facing text in several languages; English is the fallback.
struct Text {
    std::map<std::string, std::string, std::less<>> byLanguage;
    const std::string& get(std::string_view language) const;
    // The language get() answers in: language itself, or "en" when it falls back.
    std::string_view languageOf(std::string_view language) const;
    bool empty() const { return byLanguage.empty(); }
};

enum class Precision { Day, Month, Season, Year };
enum class Season { None, Spring, Summer, Autumn, Winter };

// One end of a date, stored at the precision the content gave it. Never more precise.
struct DatePoint {
    int year = 0;
    int month = 0;  // 1..12 when precision is Day or Month
    int day = 0;    // 1..31 when precision is Day
    Season season = Season::None;
    Precision precision = Precision::Year;
    bool approximate = false;

    // The first and last day this point can mean, as days since 1970-01-01.
    std::int64_t firstDay() const;
    std::int64_t lastDay() const;
};

struct DateRange {
    DatePoint start;
    std::optional<DatePoint> end;
    Text display;  // optional override, e.g. "early 2021"

    std::int64_t firstDay() const { return start.firstDay(); }
    std::int64_t lastDay() const { return end ? end->lastDay() : start.lastDay(); }
    bool approximate() const { return start.approximate || (end && end->approximate); }
};

struct Quote {
    Text text;
    std::string speaker;  // actor id
    std::string source;   // source id
};

struct Event {
    std::string id;
    Text title, summary, body;
    DateRange when;
    std::string track;
    std::vector<std::string> actors, places, sources, media;
    std::vector<Quote> quotes;
    bool background = false;
};

enum class ActorKind { State, Organization, Party, Person };

struct Actor {
    std::string id;
    ActorKind kind = ActorKind::Person;
    Text name, shortName, role, description;
    std::vector<std::string> affiliations;
    std::string home;  // place id or empty
    std::string iso;   // ISO 3166-1 alpha-3, states only
};

enum class PlaceKind { City, Region, Country };

struct Place {
    std::string id;
    Text name;
    double lat = 0, lon = 0;
    PlaceKind kind = PlaceKind::City;
};

struct Track {
    std::string id;
    Text name;
    std::uint32_t rgb = 0x808080;  // 0xRRGGBB
};

struct Era {
    std::string id;
    Text name;
    DateRange when;
};

struct Source {
    std::string id;
    std::string title, publisher, url;
    std::optional<DatePoint> date;
};

struct Media {
    std::string id;
    std::string file;  // relative to the content folder, as written
    std::string path;  // resolved absolute path
    Text caption, credit, alt;
    int width = 0, height = 0;  // from the image header, checked at load
};

struct TourStop {
    std::string event;
    double dwellS = 8;
    Text caption;  // empty: show the event's summary
};

struct Tour {
    std::string id;
    Text title;
    std::vector<TourStop> stops;
};

// Whether a native-speaking curator has signed off a language's texts (exhibit.json "review").
enum class Review { Draft, Reviewed };

struct Language {
    std::string code, name;
    bool rtl = false;
    // Absent in exhibit.json: Reviewed for "en" (the original the others are translated from),
    // Draft for every other language, also when it is the default_language.
    Review review = Review::Draft;
    std::string reviewedBy;               // "reviewed_by", may be empty
    std::optional<DatePoint> reviewedOn;  // "reviewed_on", a day
    // The numbering system for the dates and numbers the exhibit formats itself, as a CLDR
    // numbering-system id: "latn" (0-9) or "arab" (Arabic-Indic digits); empty: CLDR's default
    // for the language.
    std::string digits;
};

struct Settings {
    int format = 1;
    std::int64_t version = 0;
    DatePoint versionDate;
    Text title, subtitle;
    Text attractPrompt;  // "Touch to explore" in every language; English default if absent
    std::vector<Language> languages;
    std::string defaultLanguage = "en";
    double mapLat = 0, mapLon = 0, mapZoom = 1;
    DateRange timeline;
    int idleTimeoutS = 90;
    std::string scheduleJson = "{}";  // raw; the schedule module parses it
};

// The loaded content. Events are sorted by start day, then id; indexes refer to events().
class Library {
  public:
    const Settings& settings() const { return settings_; }
    std::span<const Event> events() const { return events_; }
    std::span<const Actor> actors() const { return actors_; }
    std::span<const Place> places() const { return places_; }
    std::span<const Track> tracks() const { return tracks_; }
    std::span<const Era> eras() const { return eras_; }
    std::span<const Source> sources() const { return sources_; }
    std::span<const Media> media() const { return media_; }
    std::span<const Tour> tours() const { return tours_; }

    const Event* event(std::string_view id) const;
    const Actor* actor(std::string_view id) const;
    const Place* place(std::string_view id) const;
    const Track* track(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const Media* mediaItem(std::string_view id) const;
    std::optional<std::size_t> eventIndex(std::string_view id) const;

    // Indexes into events(), in time order.
    std::span<const std::size_t> eventsByActor(std::string_view actorId) const;
    std::span<const std::size_t> eventsByPlace(std::string_view placeId) const;
    // Events whose [firstDay, lastDay] overlaps [fromDay, toDay], in time order.
    std::vector<std::size_t> eventsOverlapping(std::int64_t fromDay, std::int64_t toDay) const;

  private:
    friend class LibraryBuilder;
    Settings settings_;
    std::vector<Event> events_;
    std::vector<Actor> actors_;
    std::vector<Place> places_;
    std::vector<Track> tracks_;
    std::vector<Era> eras_;
    std::vector<Source> sources_;
    std::vector<Media> media_;
    std::vector<Tour> tours_;
    // Lookup and time indexes, built once by LibraryBuilder::finish().
    std::unordered_map<std::string, std::size_t> eventById_, actorById_, placeById_, trackById_,
        sourceById_, mediaById_;
    std::unordered_map<std::string, std::vector<std::size_t>> byActor_, byPlace_;
    std::int64_t longestEventDays_ = 0;
};

}  // namespace kiosk::content
