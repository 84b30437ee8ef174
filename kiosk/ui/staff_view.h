#pragma once
// The staff panel's screens: the PIN pad, the information page with its actions, and the
// touch test pattern. What the exhibit itself does not know comes in StaffInfo.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

struct StaffInfo {
    std::string contentSource;  // "installed (version 7-1a2b3c4d)" or "bundled"
    std::optional<std::int64_t> previousVersion;
    std::vector<std::string> history;    // update history, newest last
    std::vector<std::string> recentLog;  // the staff log's last lines, newest last
    std::string dataDir, mountRoot;
    int trustedKeys = 0;
    bool updateBusy = false;
};

void drawStaffPanel(DrawContext& ctx, const StaffInfo& info);
// The two-corner hold in progress: a ring in each held corner.
void drawStaffHold(DrawContext& ctx);
void drawNotices(DrawContext& ctx);

}  // namespace kiosk::ui
