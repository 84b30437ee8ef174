#pragma once
// The installation's settings, kept by museum IT in /etc/mediation-map/kiosk.conf (written
// by the package, see docs/deployment.md): plain "key = value" lines, "#" starts a comment.
// The command line overrides the file; a key given twice counts from its first line (the
// later one is reported). Unknown keys and bad values are errors that name the
// file and line, and the exhibit starts with its defaults rather than refusing to start.
#include <string>
#include <vector>

#include "kiosk/app/options.h"

namespace kiosk::app {

inline constexpr const char* kDefaultConfigPath = "/etc/mediation-map/kiosk.conf";

struct ConfigRead {
    bool found = false;               // the file existed
    std::vector<std::string> errors;  // "kiosk.conf:12: staff_pin wants 4 to 8 digits"
};

// The settings in effect, for `kiosk --print-config` and the USB mount helper (which must
// read kiosk.conf exactly as the exhibit does): one "key=value" line each, in this order:
// config, data_dir, usb_mount_root, exhibit_id, staff_pin ("set" or "unset", never the PIN),
// panel, touch_rotate, touch_calibrate, content_dir, then one "trusted_key=" line per key as
// given (a key file or a base64 key line; `kiosk-content verify --pubkey` takes either).
// An unset value is empty. Line breaks in a value (only possible from the command line)
// become spaces.
std::string formatEffectiveConfig(const AppParams& params, const std::string& configPath);

// Applies the file's settings to `params` wherever the command line left them unset.
ConfigRead applyConfigFile(const std::string& path, AppParams& params);
// The same for text already read (tests); `name` is used in messages.
ConfigRead applyConfigText(const std::string& text, const std::string& name, AppParams& params);

}  // namespace kiosk::app
