// kiosk: the Mediation Map exhibit.
#include <cstdio>
#include <vector>

#include "kiosk/app/config_file.h"
#include "kiosk/app/options.h"
#include "kiosk/app/runner.h"
#include "kiosk/update/verifier.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = kiosk::app::parseArgs(args);
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "kiosk: %s\n\n%s", parsed.error.c_str(),
                     kiosk::app::usageText().c_str());
        return 2;
    }
    if (parsed.params.help) {
        std::fputs(kiosk::app::usageText().c_str(), stdout);
        return 0;
    }
    if (parsed.params.version) {
        std::printf("kiosk %s\n", KIOSK_VERSION);
        return 0;
    }
    // The installation's settings; the command line wins. A bad line is reported, not fatal.
    auto& params = parsed.params;
    std::string config =
        params.configPath.empty() ? kiosk::app::kDefaultConfigPath : params.configPath;
    auto read = kiosk::app::applyConfigFile(config, params);
    if (!params.configPath.empty() && !read.found)
        std::fprintf(stderr, "kiosk: %s: cannot read the settings file\n", config.c_str());
    for (const auto& e : read.errors) std::fprintf(stderr, "kiosk: %s\n", e.c_str());
    if (params.printConfig) {
        // For the USB mount helper: the settings exactly as the exhibit reads them.
        if (params.exhibitId.empty()) params.exhibitId = kiosk::update::kDefaultExhibitId;
        std::fputs(kiosk::app::formatEffectiveConfig(params, config).c_str(), stdout);
        return 0;
    }
    kiosk::app::Runner runner(params);
    return runner.run();
}
