#pragma once
// Running another program from kiosk-content, without a shell: posix_spawn and a wait.
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::tools {

struct ChildResult {
    bool started = false;
    int exitCode = -1;  // the child's exit status; -1 if it did not start or was killed
    int signal = 0;     // the signal that ended it, or 0
    std::string error;  // why it did not start (strerror), when !started
};

// Runs `program` with `args` (argv[1..]) and the current environment, its stdout and stderr
// appended to `logFile` (created 0644 if missing, never followed if it is a symlink), and
// waits for it. Blocks; safe to call from one thread at a time.
ChildResult runChild(const std::filesystem::path& program, const std::vector<std::string>& args,
                     const std::filesystem::path& logFile);

// This program's own file (/proc/self/exe), or empty when it cannot be read.
std::filesystem::path selfExecutable();

}  // namespace kiosk::tools
