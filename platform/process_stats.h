#pragma once
// What the process costs the board: CPU time and resident memory, for the state dump,
// the idle benchmark and the soak test.

namespace kiosk::platform {

struct ProcessStats {
    double cpuSeconds = 0;  // user + system
    long maxRssKb = 0;
    long rssKb = 0;  // resident now, from /proc/self/statm: a leak shows as growth over days
    // From /proc/self/smaps_rollup (-1 if unreadable): the proportional set size, the process
    // alone with shared libraries split among their users, and its anonymous part (heap,
    // Mesa's buffers, stacks): the memory this process really adds.
    long pssKb = -1, pssAnonKb = -1;
};

ProcessStats processStats();

// Milliseconds since the kernel started this process (exec included), for the start-up
// figure: service start to first frame. -1 if /proc cannot tell.
long millisSinceProcessStart();

}  // namespace kiosk::platform
