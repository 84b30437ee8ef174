#pragma once
// The installation's settings, kept by museum IT in /etc/mediation-map/kiosk.conf (written
// by the package, see docs/deployment.md): plain "key = value" lines, "#" starts a comment.
// The command line overrides the file. Unknown keys and bad values are errors that name the
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

// Applies the file's settings to `params` wherever the command line left them unset.
ConfigRead applyConfigFile(const std::string& path, AppParams& params);
// The same for text already read (tests); `name` is used in messages.
ConfigRead applyConfigText(const std::string& text, const std::string& name, AppParams& params);

}  // namespace kiosk::app
