// kiosk.conf (kiosk/app/config_file.h), and the values the exhibit reads from it next: the
// panel size, the touch rotation and calibration, and trusted keys given as base64 lines.
#include "fuzz_support.h"
#include "kiosk/app/config_file.h"
#include "kiosk/input/panel.h"
#include "kiosk/input/touch_transform.h"
#include "kiosk/update/minisign.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kiosk::app::AppParams params;
    std::string text(kiosk::fuzz::asText(data, size));
    kiosk::app::ConfigRead read = kiosk::app::applyConfigText(text, "kiosk.conf", params);
    for (const std::string& error : read.errors) FUZZ_CHECK(error.rfind("kiosk.conf:", 0) == 0);
    (void)kiosk::input::parsePanelSetting(params.panel);
    auto touch = kiosk::input::parseTouchTransform(params.touchRotate, params.touchCalibrate);
    if (touch.transform) {
        for (float raw : {0.0f, 0.5f, 1.0f}) {
            kiosk::input::Vec2 at = touch.transform->apply({raw, 1 - raw});
            FUZZ_CHECK(at.x >= 0 && at.x <= 1 && at.y >= 0 && at.y <= 1);  // clamped
        }
    }
    // Paths are not followed here: the harness reads no files named by its input.
    for (const std::string& key : params.trustedKeys)
        if (key.find('/') == std::string::npos) (void)kiosk::update::parsePublicKey(key);
    return 0;
}
