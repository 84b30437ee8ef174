// kiosk-content shots: a screenshot of every card in every language at chosen sizes, and a
// check that no text in them is clipped. kiosk-content links no SDL or GL: the exhibit itself
// (`kiosk --headless`, docs/scenario-runner.md) takes the pictures, one run per size and
// language, opening each card with the replay script's open step.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/schedule/evaluate.h"
#include "kiosk/tools/child_process.h"
#include "kiosk/tools/cli.h"
#include "kiosk/tools/shots.h"
#include "kiosk/tools/shots_output.h"

namespace kiosk::tools {
namespace {

namespace fs = std::filesystem;
using shots::Size;

constexpr const char* kDefaultSizes = "800x480,1280x800,1080x1920";
constexpr const char* kEmptyConfig =
    "# kiosk-content shots: no installation settings (data folder, USB, keys) for its runs\n";

struct ShotsArgs {
    std::string folder, out, clock, kiosk, panel;
    std::vector<Size> sizes;
    std::vector<std::string> languages, cards;
    bool help = false;
};

int runShots(std::span<const std::string_view> args, CommandIo& io);

}  // namespace

const Command kShotsCommand{
    "shots",
    "shots DIR OUT [--sizes WxH,...] [--languages CODES] [--cards IDS] [--clock ISO]",
    "screenshot every card in every language, and check that no text is clipped",
    "Runs the exhibit headless (the kiosk program next to this one, or --kiosk PATH) on the\n"
    "content folder DIR, opens every card (events, actors, places) in every language at each\n"
    "size, and writes into OUT (created if missing; nothing is written outside it):\n"
    "  OUT/SIZE/LANG/event-ID.png   one screenshot per card, language and size, with its\n"
    "                               state dump beside it (.json)\n"
    "  OUT/index.html               a contact sheet for a browser, grouped by card\n"
    "  OUT/report.txt               every clipped text, and the summary\n"
    "A text is clipped when it is cut short with an ellipsis, or when it reaches outside its\n"
    "box or the screen (a card's scrolling text only at its sides). Each is printed as\n"
    "  SIZE LANG CARD: \"text\" is cut (truncated / outside its box by N px)\n"
    "\n"
    "Options:\n"
    "  --sizes WxH,...    screen sizes in pixels (default 800x480,1280x800,1080x1920: the\n"
    "                     smallest panel, a tablet and a portrait kiosk, where text is tightest)\n"
    "  --languages CODES  only these languages, e.g. en,ar (default: all in exhibit.json)\n"
    "  --cards IDS        only these cards, e.g. event:oslo-i-accord,place:cairo\n"
    "  --clock ISO8601    the exhibit's clock (default: the first hour the content's schedule\n"
    "                     is open, from its version date on)\n"
    "  --panel SPEC       the panel's physical size, as kiosk --panel (7in, 15.6in, 96dpi)\n"
    "  --kiosk PATH       the exhibit program to run\n"
    "  --help             show this help\n"
    "\n"
    "Content with errors is not shot: fix what kiosk-content validate lists first.\n"
    "Exit status: 0 no text is clipped, 1 a text is clipped or a shot failed, 2 the command\n"
    "was used wrongly.\n",
    runShots,
};

namespace {

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in{std::string(text)};
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

std::optional<std::string> parseArgs(std::span<const std::string_view> args, ShotsArgs& a) {
    std::vector<std::string> positional;
    std::string sizes = kDefaultSizes;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        auto value = [&](std::string& into) -> bool {
            if (i + 1 == args.size() || args[i + 1].empty()) return false;
            into = args[++i];
            return true;
        };
        std::string languages, cards;
        if (arg == "--help" || arg == "-h") {
            a.help = true;
        } else if (arg == "--sizes") {
            if (!value(sizes)) return "--sizes expects sizes such as 800x480,1080x1920";
        } else if (arg == "--languages") {
            if (!value(languages)) return "--languages expects codes such as en,ar";
            a.languages = splitList(languages);
        } else if (arg == "--cards") {
            if (!value(cards)) return "--cards expects cards such as event:oslo-i-accord";
            a.cards = splitList(cards);
        } else if (arg == "--clock") {
            if (!value(a.clock) || !parseIsoTime(a.clock))
                return "--clock expects a time such as 2026-12-01T11:00:00";
        } else if (arg == "--panel") {
            if (!value(a.panel)) return "--panel expects a size such as 15.6in or 96dpi";
        } else if (arg == "--kiosk") {
            if (!value(a.kiosk)) return "--kiosk expects the path of the kiosk program";
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "unknown option " + std::string(arg);
        } else {
            positional.emplace_back(arg);
        }
    }
    if (a.help) return std::nullopt;
    if (positional.size() != 2) return "expected a content folder and an output folder";
    a.folder = positional[0];
    a.out = positional[1];
    for (const std::string& s : splitList(sizes)) {
        Size size;
        if (!shots::parseSize(s, size))
            return "--sizes: \"" + s + "\" is not WIDTHxHEIGHT with each 320 to 8192";
        a.sizes.push_back(size);
    }
    if (a.sizes.empty()) return "--sizes lists no size";
    return std::nullopt;
}

// The kiosk program: --kiosk, else next to this program (installed), else the build tree's.
fs::path findKiosk(const std::string& given) {
    if (!given.empty()) return given;
    fs::path self = selfExecutable();
    for (fs::path candidate :
         {self.parent_path() / "kiosk", self.parent_path().parent_path() / "app" / "kiosk"}) {
        std::error_code ec;
        if (!self.empty() && fs::is_regular_file(candidate, ec)) return candidate;
    }
    return {};
}

// The first whole hour (UTC), from the content's version date on, at which the exhibit is
// open with no scheduled attract-only slot for `needMs`. Without one: noon UTC the day before
// the version date, when the exhibit ignores its schedule as an untrusted clock and stays open.
std::string defaultClock(const content::Settings& settings, long needMs) {
    Millis from = schedule::utcStartOfDay(settings.versionDate.firstDay());
    auto setup = schedule::setUpSchedule(settings.scheduleJson);
    if (setup.problems.empty())
        for (int hour = 0; hour < 14 * 24; ++hour) {
            Millis t = from + Millis(hour) * 3'600'000;
            auto status = schedule::evaluate(setup.schedule, setup.zone, t, from);
            if (status.open && !status.variant && status.clockTrusted &&
                (!status.nextChange || *status.nextChange >= t + needMs))
                return formatIsoUtc(t);
        }
    return formatIsoUtc(from - 12 * 3'600'000);
}

// OUT/<relative>, made if missing, refusing any symlink on the way (OUT itself included).
std::optional<std::string> makeFolder(const fs::path& out, const fs::path& relative) {
    fs::path at = out;
    std::vector<fs::path> parts{fs::path()};
    for (const auto& p : relative) parts.push_back(p);
    for (const auto& part : parts) {
        if (!part.empty()) at /= part;
        std::error_code ec;
        auto st = fs::symlink_status(at, ec);
        if (fs::is_symlink(st))
            return at.string() + " is a symbolic link; shots writes no file through one";
        if (fs::exists(st) && !fs::is_directory(st)) return at.string() + " is not a folder";
        if (!fs::exists(st) && !fs::create_directory(at, ec) && ec)
            return "cannot create " + at.string() + ": " + ec.message();
    }
    return std::nullopt;
}

// Removes a file left by an earlier run (a link only as a link), so a shot that failed is not
// mistaken for one that worked, and the exhibit never writes through a planted link.
bool clearFile(const fs::path& file) {
    std::error_code ec;
    auto st = fs::symlink_status(file, ec);
    if (fs::is_directory(st)) return false;
    fs::remove(file, ec);
    return !ec;
}

bool writeFile(const fs::path& file, const std::string& text) {
    if (!clearFile(file)) return false;
    std::ofstream f(file, std::ios::binary);
    f << text;
    return bool(f.flush());
}

std::string titleOf(const content::Library& lib, const std::string& card) {
    auto kind = card.substr(0, card.find(':')), id = card.substr(card.find(':') + 1);
    if (kind == "event" && lib.event(id)) return lib.event(id)->title.get("en");
    if (kind == "actor" && lib.actor(id)) return lib.actor(id)->name.get("en");
    if (kind == "place" && lib.place(id)) return lib.place(id)->name.get("en");
    return {};
}

struct RunSettings {
    fs::path kiosk, out, content;
    std::string clock, panel;
};

// One exhibit run: every card at one size in one language, judged and appended to `taken`.
// Returns false when the run failed (said on io.out), none when nothing could be written.
std::optional<bool> shootRun(const RunSettings& run, const content::Library& lib, Size size,
                             const std::string& language, const std::string& switchTo,
                             const std::vector<std::string>& cards,
                             std::vector<shots::Taken>& taken, CommandIo& io) {
    fs::path rel = fs::path(size.name()) / language;
    if (auto problem = makeFolder(run.out, rel)) {
        io.out << "kiosk-content shots: " << *problem << '\n';
        return std::nullopt;
    }
    fs::path dir = run.out / rel;
    std::vector<shots::Shot> plan;
    for (const std::string& card : cards) {
        std::string name = card;
        std::replace(name.begin(), name.end(), ':', '-');
        plan.push_back({card, (dir / (name + ".png")).string(), (dir / (name + ".json")).string()});
        clearFile(plan.back().png);
        clearFile(plan.back().state);
    }
    // No installation settings: on a kiosk itself, /etc/mediation-map/kiosk.conf would give
    // the run a data folder (usage log, installed updates) outside OUT.
    if (!writeFile(dir / "replay.jsonl", shots::replayScript(switchTo, plan)) ||
        !writeFile(dir / "kiosk.conf", kEmptyConfig) || !clearFile(dir / "kiosk.log")) {
        io.out << "kiosk-content shots: cannot write in " << dir.string() << '\n';
        return std::nullopt;
    }
    std::vector<std::string> argv{"--headless",
                                  "--size",
                                  size.name(),
                                  "--content",
                                  run.content.string(),
                                  "--clock",
                                  run.clock,
                                  "--replay",
                                  (dir / "replay.jsonl").string(),
                                  "--config",
                                  (dir / "kiosk.conf").string()};
    if (!run.panel.empty()) argv.insert(argv.end(), {"--panel", run.panel});
    ChildResult child = runChild(run.kiosk, argv, dir / "kiosk.log");
    bool ok = child.started && child.exitCode == 0;
    if (!ok)
        io.out << size.name() << " " << language << ": the exhibit "
               << (!child.started ? "did not start (" + child.error + ")"
                   : child.signal ? "was killed by signal " + std::to_string(child.signal)
                                  : "exited with " + std::to_string(child.exitCode))
               << "; see " << (dir / "kiosk.log").string() << '\n';
    for (const shots::Shot& shot : plan) {
        nlohmann::json state;
        std::ifstream in(shot.state);
        if (in) state = nlohmann::json::parse(in, nullptr, false);
        shots::Taken t{size.name(),
                       language,
                       shot.card,
                       titleOf(lib, shot.card),
                       (rel / fs::path(shot.png).filename()).string(),
                       size.w,
                       size.h,
                       shots::judge(state, shot.card, language)};
        std::error_code ec;
        if (!fs::is_regular_file(shot.png, ec) && t.verdict.problem.empty())
            t.verdict.problem = "no screenshot was written";
        for (const std::string& line : shots::problemLines(t)) io.out << line << '\n';
        taken.push_back(std::move(t));
    }
    return ok;
}

int runShots(std::span<const std::string_view> args, CommandIo& io) {
    ShotsArgs a;
    if (auto mistake = parseArgs(args, a)) return usageError(kShotsCommand, *mistake, io);
    if (a.help) {
        printCommandHelp(kShotsCommand, io.out);
        return kExitOk;
    }
    auto started = std::chrono::steady_clock::now();
    content::LoadOptions options;
    content::LoadResult loaded = content::loadContent(a.folder, options);
    if (!loaded.library) {
        for (const content::Problem& p : loaded.problems)
            if (p.severity == content::Problem::Severity::Error) io.out << p.format() << '\n';
        io.out << a.folder << ": the content has " << loaded.errors
               << " errors; fix them (kiosk-content validate " << a.folder
               << ") before taking shots\n";
        return kExitProblems;
    }
    const content::Library& lib = *loaded.library;
    std::vector<std::string> languages, cards;
    for (const auto& l : lib.settings().languages) languages.push_back(l.code);
    for (const auto& e : lib.events()) cards.push_back("event:" + e.id);
    for (const auto& x : lib.actors()) cards.push_back("actor:" + x.id);
    for (const auto& p : lib.places()) cards.push_back("place:" + p.id);
    for (const auto& code : a.languages)
        if (std::find(languages.begin(), languages.end(), code) == languages.end())
            return usageError(kShotsCommand, "--languages: exhibit.json lists no \"" + code + "\"",
                              io);
    for (const auto& card : a.cards)
        if (std::find(cards.begin(), cards.end(), card) == cards.end())
            return usageError(kShotsCommand, "--cards: the content has no card \"" + card + "\"",
                              io);
    if (!a.languages.empty()) languages = a.languages;
    if (!a.cards.empty()) cards = a.cards;

    fs::path kiosk = findKiosk(a.kiosk);
    std::error_code ec;
    if (kiosk.empty() || !fs::is_regular_file(kiosk, ec))
        return usageError(kShotsCommand,
                          "cannot find the kiosk program" +
                              (a.kiosk.empty() ? std::string(" next to this one; give --kiosk PATH")
                                               : ": " + a.kiosk + " is not a file"),
                          io);
    fs::path out = fs::absolute(a.out, ec);
    if (auto problem = makeFolder(out, {})) {
        io.out << "kiosk-content shots: " << *problem << '\n';
        return kExitProblems;
    }
    long needMs = long(cards.size()) * (shots::kSettleMs + 500) + 60'000;
    std::string clock = a.clock.empty() ? defaultClock(lib.settings(), needMs) : a.clock;

    RunSettings run{kiosk, out, fs::absolute(a.folder, ec), clock, a.panel};
    std::vector<shots::Taken> taken;
    int failedRuns = 0;
    for (const Size& size : a.sizes)
        for (const std::string& language : languages) {
            std::string code = language == lib.settings().defaultLanguage ? "" : language;
            auto result = shootRun(run, lib, size, language, code, cards, taken, io);
            if (!result) return kExitProblems;
            failedRuns += !*result;
        }

    int bad = 0, clipped = 0;
    std::set<std::pair<std::string, std::string>> different;  // a text recurs on many cards
    for (const auto& t : taken) {
        bad += !t.verdict.clean();
        clipped += int(t.verdict.clipped.size());
        for (const auto& c : t.verdict.clipped) different.insert({t.language, c.text});
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::ostringstream summary;
    summary << taken.size() << " shots (" << cards.size() << " cards, " << languages.size()
            << " languages, " << a.sizes.size() << " sizes) in " << int(seconds + 0.5) << " s; "
            << clipped << " clipped texts";
    if (int(different.size()) < clipped) summary << " (" << different.size() << " different)";
    summary << " in " << bad << " shots";
    if (failedRuns) summary << "; " << failedRuns << " runs failed";
    std::string header =
        "kiosk-content shots " + run.content.string() + "\nclock " + clock + "\n\n";
    std::string title = "Shots of " + lib.settings().title.get("en");
    if (!writeFile(out / "report.txt", shots::reportText(header, taken, summary.str())) ||
        !writeFile(out / "index.html", shots::contactSheet(title, taken, summary.str()))) {
        io.out << "kiosk-content shots: cannot write the report in " << out.string() << '\n';
        return kExitProblems;
    }
    io.out << summary.str() << "\nsee " << (out / "index.html").string() << '\n';
    return bad > 0 || failedRuns > 0 ? kExitProblems : kExitOk;
}

}  // namespace
}  // namespace kiosk::tools
