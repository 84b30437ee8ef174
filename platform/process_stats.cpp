#include "platform/process_stats.h"

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace kiosk::platform {

ProcessStats processStats() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    ProcessStats stats{seconds(u.ru_utime) + seconds(u.ru_stime), u.ru_maxrss, 0};
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    if (statm >> pages >> resident) stats.rssKb = resident * (sysconf(_SC_PAGESIZE) / 1024);
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::string key;
    long kb = 0;
    std::getline(rollup, key);  // the address range line
    while (rollup >> key >> kb) {
        if (key == "Pss:") stats.pssKb = kb;
        if (key == "Pss_Anon:") stats.pssAnonKb = kb;
        rollup.ignore(256, '\n');  // the "kB" unit
    }
    return stats;
}

long millisSinceProcessStart() {
    std::ifstream in("/proc/self/stat");
    std::string stat;
    if (!std::getline(in, stat)) return -1;
    // Field 22 (starttime, in clock ticks since boot) counts from after the ")" of field 2.
    auto close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    long ticks = sysconf(_SC_CLK_TCK);
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    if (field.empty() || ticks <= 0) return -1;
    double started = std::stod(field) / double(ticks);
    return long((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - started) * 1000.0);
}

}  // namespace kiosk::platform
