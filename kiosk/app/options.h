#pragma once
// The exhibit's command line, as a plain struct. Every option is documented in --help and in
// docs/scenario-runner.md.
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

struct AppParams {
    bool fullscreen = true;
    bool headless = false;
    int width = 0, height = 0;             // 0: the display's own size
    std::string contentDir;                // empty: the bundled content
    std::string watchDir;                  // --watch: contentDir, reloaded on each change
    std::string assetsDir;                 // empty: the installed or source assets/
    std::string clock;                     // ISO 8601 start of simulated or shown time
    std::string replayPath;                // JSON Lines script; implies simulated time
    double quitAfterS = 0;                 // outside replay: quit after this much real time
    double maxSimS = 8 * 86400;            // replay: stop at this much simulated time
    int simFps = 60;                       // replay: frames per simulated second while moving
    bool rasterizeAll = false;             // replay: rasterize every frame, not only captures
    std::string screenshotPath;            // written at exit
    std::string statePath;                 // written at exit
    std::string panel;                     // "7in", "96dpi", "auto"
    std::string touchRotate;               // "0", "90", "180", "270"
    std::string touchCalibrate;            // "minX,minY,maxX,maxY" of the panel's raw range
    std::string dataDir;                   // updates, usage log; empty: no updates, no usage log
    std::string configPath;                // empty: /etc/mediation-map/kiosk.conf if it exists
    std::string mountRoot;                 // where USB sticks appear; empty: no USB updates
    std::vector<std::string> trustedKeys;  // minisign public key files or base64 lines
    std::string staffPin;                  // opens the staff panel; empty: the panel stays locked
    std::string exhibitId;                 // packages must name it; empty: the default id
    bool fallback = false;                 // crash loop: only the "temporarily unavailable" screen
    bool help = false;
    bool version = false;
    bool printConfig = false;  // print the effective settings (config_file.h) and exit
};

struct ParseResult {
    AppParams params;
    std::string error;  // non-empty: print it with the usage and exit 2
};

ParseResult parseArgs(const std::vector<std::string>& args);
std::string usageText();

// The bundled content: next to an installed binary, else the source tree's content/.
std::string defaultContentDir();
std::string defaultAssetsDir();
// Where a desktop run keeps its data when neither --data-dir nor kiosk.conf names a folder:
// $XDG_STATE_HOME/mediation-map, else ~/.local/state/mediation-map; empty without a home.
// Headless and replay runs have no default: they write nothing unless asked.
std::string defaultDataDir();

}  // namespace kiosk::app
