#include "platform/display_power.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "platform/display_power_backlight.h"
#include "platform/display_power_dpms.h"

namespace kiosk::platform {

std::unique_ptr<DisplayPower> makeDisplayPower(const std::string& videoDriver, int drmFd) {
    return makeDisplayPower(videoDriver, drmFd, "/sys");
}

std::unique_ptr<DisplayPower> makeDisplayPower(const std::string& videoDriver, int drmFd,
                                               const std::string& sysfsRoot) {
    std::string driver = videoDriver;
    std::transform(driver.begin(), driver.end(), driver.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    // Under X11 or Wayland the compositor owns the screen's power; leave it alone.
    if (driver != "kmsdrm") return std::make_unique<BlackFramesPower>();
    // A backlight (the official 7" panel) is switched at the source, independent of how the
    // panel's DSI bridge handles DPMS. Not writable: the package's udev rule is missing.
    if (auto bl = BacklightPower::find(sysfsRoot); bl && ::access(bl->c_str(), W_OK) == 0)
        return std::make_unique<BacklightPower>(*bl);
    if (auto dpms = DpmsPower::open(drmFd)) return dpms;
    return std::make_unique<BlackFramesPower>();
}

}  // namespace kiosk::platform
