#include "kiosk/session/visit.h"

#include <algorithm>
#include <string_view>

namespace kiosk::session {

void Visit::afterSelect() {
    atHome_ = false;
    collectSelectedCountries();
    card_.resetScroll();
    card_.setOpen(true, ctx_.now());
    cameras_.flyToSelection(selection_, true);
}

void Visit::selectEvent(const std::string& id) {
    if (!ctx_.library || !ctx_.library->event(id)) return;
    selection_ = {id, "", ""};
    afterSelect();
}

void Visit::selectPlace(const std::string& id) {
    if (!ctx_.library || !ctx_.library->place(id)) return;
    selection_ = {"", "", id};
    afterSelect();
}

void Visit::selectActor(const std::string& id) {
    if (!ctx_.library || !ctx_.library->actor(id)) return;
    selection_ = {"", id, ""};
    afterSelect();
}

void Visit::clearSelection() {
    selection_ = {};
    selectedCountries_.clear();
    flagsValid_ = false;
    atHome_ = false;
    card_.setOpen(false, ctx_.now());
    ctx_.settle();
}

void Visit::selectAdjacentEvent(int direction) {
    if (!ctx_.library) return;
    auto index = ctx_.library->eventIndex(selection_.event);
    if (!index) return;
    auto next = std::int64_t(*index) + direction;
    if (next < 0 || next >= std::int64_t(ctx_.library->events().size())) return;
    selectEvent(ctx_.library->events()[size_t(next)].id);
}

void Visit::showStop(const std::string& eventId) {
    selection_ = {eventId, "", ""};
    collectSelectedCountries();
    cameras_.flyToSelection(selection_, false);
}

// The states a selection involves: the actors that are states, and the states that the
// people and groups involved belong to.
void Visit::collectSelectedCountries() {
    selectedCountries_.clear();
    flagsValid_ = false;
    const content::Library* library = ctx_.library.get();
    if (!library) return;
    std::vector<std::string> actors;
    if (const auto* e = library->event(selection_.event)) actors = e->actors;
    if (!selection_.actor.empty()) actors.push_back(selection_.actor);
    auto addState = [&](const std::string& id) {
        const auto* a = library->actor(id);
        if (a && a->kind == content::ActorKind::State && !a->iso.empty())
            selectedCountries_.push_back(a->iso);
    };
    for (const auto& id : actors) {
        addState(id);
        if (const auto* a = library->actor(id))
            for (const auto& aff : a->affiliations) addState(aff);
    }
}

bool Visit::tapCountry(Vec2f at) {
    if (!ctx_.geography || !ctx_.library) return false;
    const auto& map = cameras_.map();
    const auto* country = map::countryAt(*ctx_.geography, map::toWorld(map.unproject(at)));
    if (!country) return false;
    for (const auto& a : ctx_.library->actors()) {
        if (a.kind == content::ActorKind::State && a.iso == country->iso) {
            selectActor(a.id);
            return true;
        }
    }
    return false;
}

void Visit::setActorFilter(const std::string& actorId) {
    if (!ctx_.library || !ctx_.library->actor(actorId)) return;
    actorFilter_ = actorId;
    noteInput();
}

void Visit::clearFilter() {
    actorFilter_.clear();
    noteInput();
}

bool Visit::passesFilter(const content::Event& e) const {
    if (actorFilter_.empty()) return true;
    return std::find(e.actors.begin(), e.actors.end(), actorFilter_) != e.actors.end();
}

bool Visit::isStoryCountry(const std::string& iso) const {
    if (!ctx_.library || iso.empty()) return false;
    for (const auto& a : ctx_.library->actors())
        if (a.kind == content::ActorKind::State && a.iso == iso) return true;
    return false;
}

bool Visit::isSelectedCountry(const std::string& iso) const {
    return std::find(selectedCountries_.begin(), selectedCountries_.end(), iso) !=
           selectedCountries_.end();
}

const std::vector<std::uint8_t>& Visit::countryFlags() {
    const auto* geo = ctx_.geography.get();
    std::size_t n = geo ? geo->countries.size() : 0;
    if (flagsValid_ && countryFlags_.size() == n) return countryFlags_;
    countryFlags_.assign(n, 0);
    if (geo && ctx_.library) {
        std::vector<std::string_view> story,
            selected(selectedCountries_.begin(), selectedCountries_.end());
        for (const auto& a : ctx_.library->actors())
            if (a.kind == content::ActorKind::State && !a.iso.empty()) story.push_back(a.iso);
        std::sort(story.begin(), story.end());
        std::sort(selected.begin(), selected.end());
        for (std::size_t i = 0; i < n; ++i) {
            const std::string& iso = geo->countries[i].iso;
            if (std::binary_search(story.begin(), story.end(), iso)) countryFlags_[i] |= kStory;
            if (std::binary_search(selected.begin(), selected.end(), iso))
                countryFlags_[i] |= kSelected;
        }
    }
    flagsValid_ = true;
    return countryFlags_;
}

void Visit::noteInput() {
    idle_.input(ctx_.now());
    atHome_ = false;
    ctx_.settle();
}

void Visit::reset() {
    selection_ = {};
    actorFilter_.clear();
    selectedCountries_.clear();
    flagsValid_ = false;
    card_.reset();
    if (ctx_.library) language_ = ctx_.library->settings().defaultLanguage;
    applyDirection();
    atHome_ = true;
    quietSince_ = ctx_.now();
}

bool Visit::setLanguage(const std::string& code) {
    if (!ctx_.library) return false;
    const auto& languages = ctx_.library->settings().languages;
    bool known = std::any_of(languages.begin(), languages.end(),
                             [&](const content::Language& l) { return l.code == code; });
    if (!known || !languageShown(code)) return false;
    language_ = code;
    applyDirection();
    ctx_.settle();
    return true;
}

bool Visit::languageShown(const std::string& code) const {
    return std::find(hiddenLanguages_.begin(), hiddenLanguages_.end(), code) ==
           hiddenLanguages_.end();
}

void Visit::applyDirection() {
    bool rtl = false;
    if (ctx_.library)
        for (const auto& l : ctx_.library->settings().languages)
            if (l.code == language_) rtl = l.rtl;
    card_.setRightToLeft(rtl);
    if (rtl == ctx_.rtl) return;
    ctx_.rtl = rtl;
    cameras_.relayout(card_.amount());
}

// Nobody touching for the idle time: since the last touch, or since the exhibit came to
// rest in explore (start-up, the end of attract) if nobody has touched since.
std::optional<Millis> Visit::idleDeadline() const {
    if (!ctx_.library || (ctx_.library->tours().empty() && atHome_)) return std::nullopt;
    Millis since = quietSince_;
    if (auto last = idle_.lastInput(); last && *last > since) since = *last;
    return since + idle_.timeoutMs();
}

void Visit::setCardExtent(float contentHeight, float viewHeight) {
    card_.setExtent(contentHeight, viewHeight);
}

}  // namespace kiosk::session
