#include "platform/display_power_backlight.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace kiosk::platform {
namespace fs = std::filesystem;

bool BacklightPower::set(bool on) {
    // A single write(2): sysfs takes the whole value at once and reports errors from it.
    const char* value = on ? "0\n" : "4\n";
    int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        error_ = path_.string() + ": " + std::strerror(errno);
        return false;
    }
    ssize_t n = ::write(fd, value, 2);
    int writeErrno = errno;
    ::close(fd);
    if (n != 2) {
        error_ = path_.string() + ": " + (n < 0 ? std::strerror(writeErrno) : "short write");
        return false;
    }
    error_.clear();
    return true;
}

std::optional<fs::path> BacklightPower::find(const fs::path& sysfsRoot) {
    std::error_code ec;
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(sysfsRoot / "class/backlight", ec)) {
        auto file = entry.path() / "bl_power";
        if (fs::exists(file, ec)) found.push_back(file);
    }
    if (found.empty()) return std::nullopt;
    std::sort(found.begin(), found.end());
    return found.front();
}

}  // namespace kiosk::platform
