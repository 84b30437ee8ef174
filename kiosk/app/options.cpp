#include "kiosk/app/options.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>

namespace kiosk::app {
namespace {

bool parseSize(const std::string& s, int& w, int& h) {
    auto x = s.find('x');
    if (x == std::string::npos) return false;
    auto a = std::from_chars(s.data(), s.data() + x, w);
    auto b = std::from_chars(s.data() + x + 1, s.data() + s.size(), h);
    return a.ec == std::errc() && b.ec == std::errc() && a.ptr == s.data() + x &&
           b.ptr == s.data() + s.size() && w >= 320 && h >= 240 && w <= 8192 && h <= 8192;
}

bool parseSeconds(const std::string& s, double& out) {
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end && *end == '\0' && !s.empty() && std::isfinite(out) && out >= 0;
}

using ValueHandler = std::function<std::string(AppParams&, const std::string&)>;

const std::map<std::string, ValueHandler>& valueOptions() {
    static const std::map<std::string, ValueHandler> options = {
        {"--size",
         [](AppParams& p, const std::string& v) {
             return parseSize(v, p.width, p.height) ? "" : "--size wants WxH, e.g. 1920x1080";
         }},
        {"--content",
         [](AppParams& p, const std::string& v) {
             p.contentDir = v;
             return "";
         }},
        {"--watch",
         [](AppParams& p, const std::string& v) {
             p.contentDir = v;
             p.watchDir = v;
             return "";
         }},
        {"--assets",
         [](AppParams& p, const std::string& v) {
             p.assetsDir = v;
             return "";
         }},
        {"--clock",
         [](AppParams& p, const std::string& v) {
             p.clock = v;
             return "";
         }},
        {"--replay",
         [](AppParams& p, const std::string& v) {
             p.replayPath = v;
             return "";
         }},
        {"--screenshot",
         [](AppParams& p, const std::string& v) {
             p.screenshotPath = v;
             return "";
         }},
        {"--state",
         [](AppParams& p, const std::string& v) {
             p.statePath = v;
             return "";
         }},
        {"--panel",
         [](AppParams& p, const std::string& v) {
             p.panel = v;
             return "";
         }},
        {"--touch-rotate",
         [](AppParams& p, const std::string& v) {
             p.touchRotate = v;
             return "";
         }},
        {"--touch-calibrate",
         [](AppParams& p, const std::string& v) {
             p.touchCalibrate = v;
             return "";
         }},
        {"--data-dir",
         [](AppParams& p, const std::string& v) {
             p.dataDir = v;
             return "";
         }},
        {"--config",
         [](AppParams& p, const std::string& v) {
             p.configPath = v;
             return "";
         }},
        {"--mount-root",
         [](AppParams& p, const std::string& v) {
             p.mountRoot = v;
             return "";
         }},
        {"--trusted-key",
         [](AppParams& p, const std::string& v) {
             p.trustedKeys.push_back(v);
             return "";
         }},
        {"--quit-after",
         [](AppParams& p, const std::string& v) {
             return parseSeconds(v, p.quitAfterS) ? "" : "--quit-after wants seconds, e.g. 10";
         }},
        {"--sim-fps",
         [](AppParams& p, const std::string& v) {
             double fps = 0;
             if (!parseSeconds(v, fps) || fps < 1 || fps > 240 || fps != int(fps))
                 return "--sim-fps wants a whole number from 1 to 240";
             p.simFps = int(fps);
             return "";
         }},
        {"--max-sim-seconds",
         [](AppParams& p, const std::string& v) {
             return parseSeconds(v, p.maxSimS) ? "" : "--max-sim-seconds wants seconds";
         }},
    };
    return options;
}

}  // namespace

ParseResult parseArgs(const std::vector<std::string>& args) {
    ParseResult r;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h")
            r.params.help = true;
        else if (a == "--version")
            r.params.version = true;
        else if (a == "--print-config")
            r.params.printConfig = true;
        else if (a == "--windowed")
            r.params.fullscreen = false;
        else if (a == "--fullscreen")
            r.params.fullscreen = true;
        else if (a == "--headless")
            r.params.headless = true;
        else if (a == "--fallback")
            r.params.fallback = true;
        else if (a == "--rasterize-all")
            r.params.rasterizeAll = true;
        else if (auto it = valueOptions().find(a); it != valueOptions().end()) {
            if (i + 1 >= args.size()) {
                r.error = a + " needs a value";
                return r;
            }
            r.error = it->second(r.params, args[++i]);
            if (!r.error.empty()) return r;
        } else {
            r.error = "unknown option " + a;
            return r;
        }
    }
    return r;
}

std::string usageText() {
    return R"(Usage: kiosk [OPTIONS]

The Mediation Map exhibit. Starts fullscreen with the bundled content.

Display:
  --windowed              a desktop preview window instead of fullscreen
  --fullscreen            fullscreen (the default)
  --headless              no display: SDL's offscreen driver with EGL (Mesa); for tests
  --size WxH              window size in pixels, e.g. 1920x1080 (default: the display's)
  --panel SPEC            the panel's physical size, for finger-sized targets and legible
                          text: a diagonal such as 7in or 15.6in, or a density such as 96dpi
                          (default: auto, taken as 140 dpi)
  --touch-rotate DEG      the touch panel is turned 0, 90, 180 or 270 degrees clockwise
                          relative to the picture
  --touch-calibrate RANGE the raw range a panel reports at the screen's edges, as
                          minX,minY,maxX,maxY (e.g. 0,0,0.66,0.66 for a USB panel that
                          only reaches two thirds of the screen)

Content and data:
  --content DIR           the content folder (default: the bundled content)
  --watch DIR             show DIR and reload it within a second of each change; while
                          it is broken, the last good content stays with a banner
  --assets DIR            prepared assets such as the map (default: the bundled assets)
  --data-dir DIR          where updates, logs and usage data live
  --config FILE           installation settings (default /etc/mediation-map/kiosk.conf);
                          the command line overrides them
  --mount-root DIR        where USB sticks are mounted, watched for content updates
  --trusted-key KEY       a minisign public key file (or its base64 line) that may sign
                          content updates; repeat for several

Time and scenario runs (see docs/scenario-runner.md):
  --clock ISO8601         the wall-clock time to start from, e.g. 2026-11-27T10:00:00Z
  --replay FILE           play a JSON Lines script of timed input in simulated time,
                          then exit once everything has settled
  --max-sim-seconds S     replay: stop after this much simulated time (default 8 days)
  --sim-fps N             replay: frames per simulated second while anything moves
                          (default 60); fewer make long runs such as soaks affordable
  --rasterize-all         replay: draw the pixels of every frame, not only of the first
                          frame and the captured ones (the state is the same either way)
  --quit-after S          outside replay: quit after S seconds of real time
  --screenshot FILE.png   write a screenshot when the run ends
  --state FILE.json       write the exhibit's observable state when the run ends

  --fallback              show only the "temporarily unavailable" screen, load nothing;
                          systemd starts this after the exhibit failed repeatedly
  --print-config          print the settings in effect (kiosk.conf and the command line)
                          as key=value lines, for scripts such as the USB mount helper
  --version               print the version
  -h, --help              this text
)";
}

namespace {

// Next to an installed binary (bin/../share/mediation-map/NAME), else the source tree's.
std::string bundledDir(const char* name, const char* marker, const char* sourceDir) {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto installed = exe.parent_path().parent_path() / "share/mediation-map" / name;
        if (std::filesystem::exists(installed / marker, ec)) return installed.string();
    }
    return sourceDir;
}

}  // namespace

std::string defaultContentDir() {
    return bundledDir("content", "exhibit.json", KIOSK_SOURCE_DIR "/content");
}

std::string defaultAssetsDir() {
    return bundledDir("assets", "world.geo", KIOSK_SOURCE_DIR "/assets");
}

std::string defaultDataDir() {
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
        return std::string(state) + "/mediation-map";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/state/mediation-map";
    return "";
}

}  // namespace kiosk::app
