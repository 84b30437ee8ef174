#include "platform/kms_device.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace kiosk::platform {

void chooseKmsDevice() {
    if (std::getenv("SDL_KMSDRM_DEVICE_INDEX")) return;
    std::error_code ec;
    auto target = std::filesystem::canonical("/dev/dri/by-path/platform-gpu-card", ec);
    if (ec) return;
    std::string name = target.filename().string();  // "card1"
    if (name.rfind("card", 0) != 0) return;
    setenv("SDL_KMSDRM_DEVICE_INDEX", name.substr(4).c_str(), 1);
}

}  // namespace kiosk::platform
