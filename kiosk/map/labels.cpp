#include "kiosk/map/labels.h"

#include <algorithm>

namespace kiosk::map {

std::vector<int> placeLabels(std::vector<LabelCandidate> candidates,
                             const std::vector<Rectf>& blocked) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.priority > b.priority; });
    std::vector<Rectf> kept;
    std::vector<int> keys, groups;
    for (const auto& c : candidates) {
        if (c.group >= 0 && std::find(groups.begin(), groups.end(), c.group) != groups.end())
            continue;
        auto hits = [&](const Rectf& r) { return r.overlaps(c.rect); };
        if (std::any_of(kept.begin(), kept.end(), hits)) continue;
        if (std::any_of(blocked.begin(), blocked.end(), hits)) continue;
        kept.push_back(c.rect);
        keys.push_back(c.key);
        if (c.group >= 0) groups.push_back(c.group);
    }
    return keys;
}

}  // namespace kiosk::map
