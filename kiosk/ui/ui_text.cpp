// The exhibit's interface strings. TEMPORARY English table until the catalog lands.
#include <map>

#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

Shown ui(DrawContext& ctx, std::string_view key, UiArgs args) {
    static const std::map<std::string_view, std::string_view> english = {
        {"button.home", "Home"},
        {"button.close", "Close"},
        {"button.earlier", "Earlier"},
        {"button.later", "Later"},
        {"filter.only", "Only {name}"},
        {"card.kind.event", "Event"},
        {"card.kind.actor", "Who"},
        {"card.kind.place", "Place"},
        {"card.who", "Who"},
        {"card.where", "Where"},
        {"card.sources", "Sources"},
        {"card.part_of", "Part of"},
        {"card.events", "Events"},
        {"card.show_only_these", "Show only these on the map and timeline"},
        {"card.quote_reported_by", "{speaker}, as reported by {publisher}"},
        {"card.what_happened_here", "What happened here"},
        {"card.place.city", "City"},
        {"card.place.region", "Region"},
        {"card.place.country", "Country"},
        {"card.place.stories", "Stories here: {count}, {span}"},
        {"card.picture_unavailable", "(picture unavailable)"},
        {"closed.headline", "Closed"},
        {"staff.pin_title", "Staff PIN"},
        {"staff.pin_delete", "Del"},
        {"staff.pin_ok", "OK"},
        {"staff.cancel", "Cancel"},
        {"staff.panel_title", "Staff panel"},
        {"staff.update_history", "Update history"},
        {"staff.recent_log", "Recent log"},
        {"staff.touch_test", "Touch test"},
        {"staff.roll_back", "Roll back to v{version}"},
        {"staff.nothing_to_roll_back", "Nothing to roll back"},
        {"staff.export_usage", "Export usage to USB"},
        {"staff.close", "Close"},
        {"staff.done", "Done"},
        {"staff.languages", "Languages"},
        {"staff.language_status", "{language}: {status}, {missing} texts missing"},
        {"staff.review.draft", "draft, not yet reviewed"},
        {"staff.review.reviewed", "reviewed"},
        {"unavailable.headline", "Temporarily unavailable"},
        {"unavailable.line", "This exhibit is taking a short break. Please come back soon."},
    };
    auto it = english.find(key);
    std::string s(it == english.end() ? key : it->second);
    for (const auto& [name, value] : args) {
        std::string token = std::string("{") + name + "}";
        if (auto at = s.find(token); at != std::string::npos) s.replace(at, token.size(), value);
    }
    return {keep(ctx, std::move(s)), "en"};
}

}  // namespace kiosk::ui
