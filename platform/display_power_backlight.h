#pragma once
// The official Raspberry Pi 7" DSI panel exposes its backlight in sysfs; writing bl_power
// switches the panel off (4, FB_BLANK_POWERDOWN) and on (0, FB_BLANK_UNBLANK).
#include <filesystem>
#include <optional>

#include "platform/display_power.h"

namespace kiosk::platform {

class BacklightPower final : public DisplayPower {
  public:
    // blPower is the attribute file, e.g. /sys/class/backlight/rpi_backlight/bl_power.
    explicit BacklightPower(std::filesystem::path blPower) : path_(std::move(blPower)) {}
    bool set(bool on) override;
    std::string method() const override { return "bl_power"; }
    std::string error() const override { return error_; }
    const std::filesystem::path& path() const { return path_; }

    // The first backlight with a bl_power file under SYSFS/class/backlight, by name order.
    static std::optional<std::filesystem::path> find(const std::filesystem::path& sysfsRoot);

  private:
    std::filesystem::path path_;
    std::string error_;
};

// Does nothing: the exhibit draws black and stops drawing while closed.
class BlackFramesPower final : public DisplayPower {
  public:
    bool set(bool) override { return true; }
    std::string method() const override { return "black-frames"; }
};

}  // namespace kiosk::platform
