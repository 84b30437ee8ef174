// kiosk: the Mediation Map exhibit.
#include <cstdio>
#include <vector>

#include "kiosk/app/options.h"
#include "kiosk/app/runner.h"

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
    kiosk::app::Runner runner(parsed.params);
    return runner.run();
}
