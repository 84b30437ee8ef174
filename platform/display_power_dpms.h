#pragma once
// DPMS through KMS: the connector's "DPMS" property on SDL's own DRM file descriptor (SDL is
// the DRM master, so no second open of /dev/dri/card* is needed or allowed).
#include <cstdint>
#include <memory>
#include <vector>

#include "platform/display_power.h"

namespace kiosk::platform {

class DpmsPower final : public DisplayPower {
  public:
    // Null when the device has no connected connector with a DPMS property (or fd is not DRM).
    static std::unique_ptr<DpmsPower> open(int drmFd, std::string* why = nullptr);
    bool set(bool on) override;
    std::string method() const override { return "dpms"; }
    std::string error() const override { return error_; }

  private:
    struct Target {
        std::uint32_t connector;
        std::uint32_t property;
    };
    DpmsPower(int fd, std::vector<Target> targets) : fd_(fd), targets_(std::move(targets)) {}
    int fd_;
    std::vector<Target> targets_;
    std::string error_;
};

}  // namespace kiosk::platform
