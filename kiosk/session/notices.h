#pragma once
// Short messages for staff at the foot of the screen: an update's result, say. The newest
// three stay; each leaves after its time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/clock.h"

namespace kiosk::session {

struct Notice {
    std::string text;
    bool problem = false;
    Millis until = 0;
};

class NoticeBoard {
  public:
    static constexpr std::size_t kMaxShown = 3;

    void show(std::string text, bool problem, Millis now, Millis durationMs) {
        items_.push_back({std::move(text), problem, now + durationMs});
        if (items_.size() > kMaxShown) items_.erase(items_.begin());  // newest stay readable
    }
    // Drops the notices whose time is up; true if any left.
    bool expire(Millis now) {
        return std::erase_if(items_, [&](const Notice& n) { return now >= n.until; }) > 0;
    }
    std::optional<Millis> nextDeadline() const {
        std::optional<Millis> best;
        for (const auto& n : items_)
            if (!best || n.until < *best) best = n.until;
        return best;
    }
    // Takes back the notices that start with `prefix` (a problem since put right).
    bool withdraw(std::string_view prefix) {
        return std::erase_if(items_, [&](const Notice& n) {
                   return std::string_view(n.text).substr(0, prefix.size()) == prefix;
               }) > 0;
    }
    const std::vector<Notice>& items() const { return items_; }

  private:
    std::vector<Notice> items_;
};

}  // namespace kiosk::session
