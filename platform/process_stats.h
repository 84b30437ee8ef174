#pragma once
// What the process costs the board: CPU time and resident memory, for the state dump,
// the idle benchmark and the soak test.

namespace kiosk::platform {

struct ProcessStats {
    double cpuSeconds = 0;  // user + system
    long maxRssKb = 0;
};

ProcessStats processStats();

}  // namespace kiosk::platform
