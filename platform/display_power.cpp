#include "platform/display_power.h"

namespace kiosk::platform {

// Until the board's methods exist, every driver records the calls (the screen goes black).
std::unique_ptr<DisplayPower> makeDisplayPower(const std::string&, int) {
    return std::make_unique<RecordingDisplayPower>();
}

}  // namespace kiosk::platform
