// Content updates in the running exhibit: recovery at start, sticks watched and checked off
// the drawing thread, new content shown once no visitor is mid-visit, staff banners, and the
// staff panel's actions.
#include <SDL.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kiosk/app/runner.h"
#include "kiosk/core/text_file.h"
#include "kiosk/core/utf8.h"
#include "kiosk/update/trusted_keys.h"

namespace kiosk::app {
namespace {

constexpr Millis kNoticeMs = 60'000;

std::int64_t versionOf(const std::string& contentDir) {
    TextFile file = readTextFile(contentDir + "/exhibit.json", 16 * 1024 * 1024);
    auto j = nlohmann::json::parse(file.text, nullptr, false);
    if (j.is_object() && j.contains("version") && j["version"].is_number_integer())
        return j["version"].get<std::int64_t>();
    return 0;
}

// "2026-11-27T10:00:00Z installed 1 -> 2" from a history line, for the staff panel.
std::string historyLine(const std::string& line) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) return toValidUtf8(line);
    auto text = [&](const char* key) {
        return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
    };
    auto number = [&](const char* key) {
        return j.contains(key) && j[key].is_number() ? std::to_string(j[key].get<long long>())
                                                     : std::string("?");
    };
    std::string out = text("time").substr(0, 16) + "  " + text("event") + " " + number("from") +
                      " -> " + number("to");
    if (!text("code").empty()) out += "  " + text("code") + ": " + text("reason");
    return out;
}

}  // namespace

std::string Runner::setUpUpdates(const std::string& bundledDir) {
    if (dataDir_.empty()) return bundledDir;
    auto keys = update::loadTrustedKeys(params_.trustedKeys);
    if (!keys.ok()) log("trusted keys: " + keys.error);
    trustedKeys_ = int(keys.keys.size());
    update::UpdaterConfig config;
    config.dataDir = dataDir_;
    config.trustedKeys = keys.keys;
    if (!params_.exhibitId.empty()) config.exhibitId = params_.exhibitId;
    config.bundledContentDir = bundledDir;
    config.bundledVersion = versionOf(bundledDir);
    config.clock = clock_.get();
    updates_ = std::make_unique<update::UpdateService>(config, dataDir_);
    auto report = updates_->recover();
    for (const auto& note : report.notes) log("updates: " + note);
    if (report.fellBack)
        exhibit_->showNotice("The installed content was damaged; showing version " +
                                 std::to_string(report.shown.version) + " (see the log)",
                             true, kNoticeMs);
    updates_->setOnFinished([] {
        SDL_Event wake{};
        wake.type = SDL_USEREVENT;
        SDL_PushEvent(&wake);
    });
    if (!params_.mountRoot.empty()) {
        if (trustedKeys_ == 0) log("USB updates: no trusted keys, every package will be refused");
        bool realtime = params_.replayPath.empty();
        if (realtime && !mountWatch_.start(params_.mountRoot, [this] {
                sticksChanged_ = true;
                SDL_Event wake{};
                wake.type = SDL_USEREVENT;
                SDL_PushEvent(&wake);
            }))
            log("USB updates: cannot watch " + params_.mountRoot + ": " + mountWatch_.error());
        sticksChanged_ = true;  // a stick plugged in before start is looked at too
    }
    return report.shown.contentDir.string();
}

void Runner::startWatch() {
    if (params_.watchDir.empty() || !params_.replayPath.empty()) return;  // replay: write_file
    if (!contentWatch_.start(params_.watchDir, [this] {
            contentChanged_ = true;
            SDL_Event wake{};
            wake.type = SDL_USEREVENT;
            SDL_PushEvent(&wake);
        }))
        log("--watch: cannot watch " + params_.watchDir + ": " + contentWatch_.error());
    else
        log("--watch: reloading " + params_.watchDir + " on each change");
}

void Runner::writeWatchedFile(const std::string& path, const std::string& text) {
    std::string file = params_.watchDir + "/" + path, temporary = file + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary);
        out << text;
    }
    std::rename(temporary.c_str(), file.c_str());  // as editors save: whole files at once
    contentChanged_ = true;
}

void Runner::showClosedStrip() {
    std::string strip = exhibit_->schedule().closedStrip();
    if (strip == closedStrip_) return;
    if (!closedStrip_.empty()) exhibit_->withdrawNotices(closedStrip_);
    closedStrip_ = strip;
    if (!strip.empty()) exhibit_->showNotice(strip, false, 7 * 86'400'000LL);
}

void Runner::pollWatch() {
    if (params_.watchDir.empty() || !contentChanged_.exchange(false)) return;
    update::ShownContent shown;
    shown.contentDir = params_.watchDir;
    shown.version = versionOf(params_.watchDir);
    reloadContent(shown);
}

void Runner::pollUpdates() {
    pollWatch();
    showClosedStrip();
    if (!updates_) return;
    if (sticksChanged_.exchange(false) && !params_.mountRoot.empty())
        updates_->scanMountRoot(params_.mountRoot);
    applyStaffActions();
    if (simClock_) updates_->waitIdle();  // simulated time does not wait for a real copy
    for (const auto& done : updates_->takeResults()) {
        std::string text = update::describe(done);
        log("updates: " + text);
        auto outcome = done.result.outcome;
        bool problem =
            !done.result.ok() || (outcome == update::UpdateResult::Outcome::ExportRequested &&
                                  done.exportNote.rfind("usage report written", 0) != 0);
        exhibit_->showNotice(toValidUtf8(text), problem, kNoticeMs);
        if (outcome == update::UpdateResult::Outcome::Installed ||
            outcome == update::UpdateResult::Outcome::RolledBack)
            pendingContent_ = done.result.shown;
    }
    // A visitor mid-visit keeps what they are reading; new content waits for the idle reset.
    // Staff at the panel see their change at once.
    if (pendingContent_ && (!exhibit_->visitorPresent() || exhibit_->staff().visible())) {
        auto shown = *pendingContent_;
        pendingContent_.reset();
        reloadContent(shown);
    }
}

void Runner::applyStaffActions() {
    for (auto action : exhibit_->staff().takeActions()) {
        if (action == session::StaffAction::RollBack) {
            log("staff: roll back requested");
            updates_->rollBack();
        } else if (updates_->sticks().empty()) {
            exhibit_->showNotice(
                toValidUtf8("Usage export: no USB stick found under " + params_.mountRoot), true,
                kNoticeMs);
        } else {
            updates_->exportTo(*updates_->sticks().begin(), "mediation-map-export");
        }
    }
}

void Runner::reloadContent(const update::ShownContent& shown) {
    bool wasAttracting = exhibit_->mode() == session::Mode::Attract;
    auto previous = exhibit_->library() ? exhibit_->library()->settings().version : 0;
    session::Selection kept = exhibit_->visit().selection();
    if (!loadContentFrom(shown.contentDir.string(), true)) {
        log("the new content could not be loaded; the last good content is still shown");
        return;
    }
    exhibit_->update();
    // What was selected stays selected where its id still exists (select* ignores others).
    if (!wasAttracting) {
        if (!kept.event.empty())
            exhibit_->visit().selectEvent(kept.event);
        else if (!kept.place.empty())
            exhibit_->visit().selectPlace(kept.place);
        else if (!kept.actor.empty())
            exhibit_->visit().selectActor(kept.actor);
    }
    // Hot reload: the same mode as before, with the new story.
    if (wasAttracting && exhibit_->mode() == session::Mode::Explore)
        exhibit_->schedule().startAttract();
    // An editor's save keeps the version number: say what happened, not "1 (was 1)".
    exhibit_->showNotice(shown.version == previous
                             ? "Reloaded content version " + std::to_string(shown.version)
                             : "Now showing content version " + std::to_string(shown.version) +
                                   " (was " + std::to_string(previous) + ")",
                         false, kNoticeMs);
}

ui::StaffInfo Runner::staffInfo() const {
    ui::StaffInfo info;
    if (!exhibit_->staff().visible()) return info;  // drawn only while the panel is open
    info.recentLog = recentLog();
    info.dataDir = toValidUtf8(dataDir_);  // config values, drawn by ImGui
    info.mountRoot = toValidUtf8(params_.mountRoot);
    info.trustedKeys = trustedKeys_;
    if (!updates_) {
        info.contentSource = "bundled (no data folder: updates are off)";
        return info;
    }
    auto snap = updates_->snapshot();
    info.contentSource = snap.shown.source == update::ContentSource::Installed
                             ? "installed from USB (" + snap.shown.versionName + ")"
                             : "bundled with the package";
    info.previousVersion = snap.previousVersion;
    for (const auto& line : snap.history) info.history.push_back(historyLine(line));
    info.updateBusy = updates_->busy();
    return info;
}

}  // namespace kiosk::app
