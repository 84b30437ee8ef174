// The crash harness's victim: installs a package exactly as the kiosk does, and kills itself
// (SIGKILL, no clean-up of any kind) at a named step or before the Nth disk-changing operation.
//   update_crash_driver install DATA BUNDLED PUBKEY PACKAGE [--kill-at STEP | --kill-after-ops N]
//   update_crash_driver recover DATA BUNDLED PUBKEY      prints "shown: CONTENT_DIR"
// Without a kill, install prints "ops: N", the number of disk-changing operations it made.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiosk/update/trusted_keys.h"
#include "kiosk/update/updater.h"
#include "platform/fs_atomic.h"

namespace {

using namespace kiosk::update;

long gOperations = 0;
long gKillAfter = 0;  // 0: never

void countOperation(const char*, const std::filesystem::path&) {
    if (++gOperations == gKillAfter) std::raise(SIGKILL);
}

int usage() {
    std::fprintf(stderr,
                 "usage: update_crash_driver install|recover DATA BUNDLED PUBKEY [PACKAGE] "
                 "[--kill-at STEP | --kill-after-ops N]\n");
    return 2;
}

UpdaterConfig makeConfig(char** argv) {
    UpdaterConfig config;
    config.dataDir = argv[2];
    config.bundledContentDir = argv[3];
    config.bundledVersion = 1;
    TrustedKeyLoad keys = loadTrustedKeys({argv[4]});
    if (!keys.ok()) {
        std::fprintf(stderr, "%s\n", keys.error.c_str());
        std::exit(2);
    }
    config.trustedKeys = keys.keys;
    config.checkImages = true;
    return config;
}

void killAtStep(UpdaterConfig& config, std::string_view name) {
    config.onStep = [name = std::string(name)](UpdateStep step) {
        if (stepName(step) == name) std::raise(SIGKILL);
    };
}

int install(UpdaterConfig config, const char* package, int argc, char** argv) {
    for (int i = 6; i + 1 < argc; i += 2) {
        std::string_view option = argv[i];
        if (option == "--kill-at") killAtStep(config, argv[i + 1]);
        if (option == "--kill-after-ops") gKillAfter = std::atol(argv[i + 1]);
    }
    Updater updater(config);
    kiosk::platform::setFsOperationObserver(countOperation);
    UpdateResult result = updater.applyPackage(package);
    kiosk::platform::setFsOperationObserver(nullptr);
    if (!result.ok()) {
        std::fprintf(stderr, "refused: %s\n", result.refusal.reason.c_str());
        return 1;
    }
    std::printf("ops: %ld\n", gOperations);
    return 0;
}

int recover(UpdaterConfig config) {
    Updater updater(config);
    RecoveryReport report = updater.recover();
    for (const std::string& note : report.notes) std::fprintf(stderr, "note: %s\n", note.c_str());
    std::printf("shown: %s\n", report.shown.contentDir.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) return usage();
    std::string_view mode = argv[1];
    if (mode == "recover") return recover(makeConfig(argv));
    if (mode == "install" && argc >= 6) return install(makeConfig(argv), argv[5], argc, argv);
    return usage();
}
