#include "platform/process_stats.h"

#include <sys/resource.h>

namespace kiosk::platform {

ProcessStats processStats() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {seconds(u.ru_utime) + seconds(u.ru_stime), u.ru_maxrss};
}

}  // namespace kiosk::platform
