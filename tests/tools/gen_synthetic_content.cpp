// gen-synthetic-content: writes a large, valid content folder whose every title says
// "SYNTHETIC", for benchmarks and for trying the exhibit with far more content than it has.
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "synthetic_content.h"

namespace {

constexpr std::string_view kUsage =
    "usage: gen-synthetic-content DIR [--events N] [--actors N] [--places N] [--seed N]\n"
    "  Writes a valid content folder into DIR (created if needed).\n"
    "  --events N   number of events (default 10000)\n"
    "  --actors N   number of actors, at least 20 (default 500)\n"
    "  --places N   number of places (default 1000)\n"
    "  --seed N     random seed, for reproducible content (default 1)\n";

bool readCount(std::string_view text, int& out) {
    char* end = nullptr;
    long value = std::strtol(std::string(text).c_str(), &end, 10);
    if (!end || *end != '\0' || value < 0 || value > 1'000'000) return false;
    out = int(value);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    kiosk::testing::SyntheticOptions options;
    std::string_view folder;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        int* target = arg == "--events"   ? &options.events
                      : arg == "--actors" ? &options.actors
                      : arg == "--places" ? &options.places
                                          : nullptr;
        int seed = 0;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if ((target || arg == "--seed") && i + 1 < argc &&
                   readCount(argv[i + 1], target ? *target : seed)) {
            if (!target) options.seed = std::uint32_t(seed);
            ++i;
        } else if (arg.empty() || arg[0] == '-' || !folder.empty()) {
            std::cerr << "gen-synthetic-content: unexpected " << arg << "\n" << kUsage;
            return 2;
        } else {
            folder = arg;
        }
    }
    if (folder.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    try {
        kiosk::testing::writeSyntheticContent(folder, options);
    } catch (const std::exception& e) {
        std::cerr << "gen-synthetic-content: " << e.what() << "\n";
        return 1;
    }
    std::cout << folder << ": " << options.events << " SYNTHETIC events written\n";
    return 0;
}
