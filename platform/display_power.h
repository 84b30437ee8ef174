#pragma once
// Switching the panel off outside opening hours and on again at opening time. The exhibit
// decides (session::Exhibit::displayOn()); this carries it out on the board. Where the
// board offers no way, the exhibit still renders nothing while closed: a black screen.
#include <memory>
#include <string>
#include <vector>

namespace kiosk::platform {

class DisplayPower {
  public:
    virtual ~DisplayPower() = default;
    // False when the panel could not be switched; error() then says why, for the staff log.
    virtual bool set(bool on) = 0;
    // How it switches: "bl_power", "dpms", "black-frames" or "recording".
    virtual std::string method() const = 0;
    virtual std::string error() const { return {}; }
};

// Records the calls and switches nothing: headless runs, the scenario runner and tests.
class RecordingDisplayPower final : public DisplayPower {
  public:
    bool set(bool on) override {
        calls.push_back(on);
        return true;
    }
    std::string method() const override { return "recording"; }
    std::vector<bool> calls;
};

// The board's own way for the video driver SDL chose ("KMSDRM", "x11", "offscreen", ...);
// drmFd is SDL's DRM device (from SDL_GetWindowWMInfo) under KMSDRM, else -1.
std::unique_ptr<DisplayPower> makeDisplayPower(const std::string& videoDriver, int drmFd);
// The same with the sysfs tree elsewhere (tests use a fake one). Under KMSDRM: bl_power when
// a backlight's bl_power is writable, else DPMS when drmFd is a KMS device with a connected
// connector, else black frames; any other driver: black frames.
std::unique_ptr<DisplayPower> makeDisplayPower(const std::string& videoDriver, int drmFd,
                                               const std::string& sysfsRoot);

}  // namespace kiosk::platform
