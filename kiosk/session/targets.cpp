#include "kiosk/session/targets.h"

namespace kiosk::session {

const Target* Targets::hit(Vec2f p, std::string_view prefix) const {
    const Target* best = nullptr;
    float bestDist = 0;
    for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
        if (!it->rect.contains(p) || it->id.rfind(prefix, 0) != 0) continue;
        Vec2f c = it->rect.center();
        float d = (c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y);
        if (!best || d < bestDist) {
            best = &*it;
            bestDist = d;
        }
    }
    return best;
}

}  // namespace kiosk::session
