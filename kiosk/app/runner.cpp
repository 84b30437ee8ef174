#include "kiosk/app/runner.h"

#include <cstdlib>

#include <GLES2/gl2.h>
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstdio>
#include <deque>
#include <future>

#include "kiosk/app/capture.h"
#include "kiosk/app/sdl_input.h"
#include "kiosk/content/load.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/core/utf8.h"
#include "kiosk/input/panel.h"
#include "kiosk/ui/screen.h"
#include "platform/process_stats.h"

namespace kiosk::app {
namespace {}  // namespace

namespace {
std::deque<std::string> recent;  // the staff panel's "recent log"
}  // namespace

void log(const std::string& text) {
    // Lines quote paths, labels and config values; the staff panel draws them with ImGui.
    std::string line = toValidUtf8(text);
    std::fprintf(stderr, "kiosk: %s\n", line.c_str());
    recent.push_back(line);
    if (recent.size() > 12) recent.pop_front();
}

std::vector<std::string> recentLog() {
    return {recent.begin(), recent.end()};
}

Runner::Runner(AppParams params) : params_(std::move(params)) {}

Runner::~Runner() {
    if (imguiStarted_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
}

bool Runner::start() {
    Millis wallStart = SystemClock().wallMs();
    if (!params_.clock.empty()) {
        auto t = parseIsoTime(params_.clock);
        if (!t) {
            log("--clock wants an ISO 8601 time such as 2026-11-27T10:00:00Z, not " +
                params_.clock);
            return false;
        }
        wallStart = t->utcMs;
    }
    if (!params_.replayPath.empty()) {
        auto sim = std::make_unique<ManualClock>(wallStart);
        simClock_ = sim.get();
        clock_ = std::move(sim);
    } else if (!params_.clock.empty()) {
        auto shifted = std::make_unique<ShiftedClock>(wallStart);
        shiftedClock_ = shifted.get();
        clock_ = std::move(shifted);
    } else {
        clock_ = std::make_unique<SystemClock>();
    }
    exhibit_ = std::make_unique<session::Exhibit>(*clock_);
    exhibit_->staff().configure(params_.staffPin);
    // The content needs no window: its folder is chosen (updates' recovery, --watch) and read
    // on a worker while the window, GL and the fonts start on this thread.
    std::string contentDir;
    std::future<content::LoadResult> early;
    if (!params_.fallback) {
        openUsageLog();
        contentDir = chooseContentDir();
        early = readContentAsync(contentDir);
    }
    platform::WindowParams wp;
    wp.fullscreen = params_.fullscreen && !params_.headless;
    wp.headless = params_.headless;
    wp.width = params_.width;
    wp.height = params_.height;
    if (!window_.open(wp)) {
        log(window_.error());
        return false;
    }
    const auto& info = window_.info();
    renderer_ = {info.videoDriver, info.renderer, info.maxTextureSize, 0, 0};
    log("video " + info.videoDriver + ", GL " + info.version + " on " + info.renderer +
        ", max texture " + std::to_string(info.maxTextureSize));
    waiter_ = std::make_unique<platform::InputWaiter>(info.videoDriver);
    display_ = params_.headless ? std::make_unique<platform::RecordingDisplayPower>()
                                : platform::makeDisplayPower(info.videoDriver, window_.drmFd());
    log("display power: " + display_->method());
    auto touch = input::parseTouchTransform(params_.touchRotate, params_.touchCalibrate);
    if (!touch.transform) {
        log(touch.error);
        return false;
    }
    touch_ = *touch.transform;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing a visitor did survives a restart
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplSDL2_InitForOpenGL(window_.sdl(), window_.glContext());
    ImGui_ImplOpenGL3_Init("#version 100");
    imguiStarted_ = true;
    text_ = std::make_unique<ui::TextRenderer>();
    if (!text_->error().empty()) log("text: " + text_->error());
    loadUiStrings();
    pictures_ = std::make_unique<ui::PictureCache>(
        renderer_.maxTextureSize, [](const std::string& path, const std::string& error) {
            log("picture " + path + " cannot be shown: " + error);
        });
    // A finished decode wakes the main loop (SDL_PushEvent is safe from any thread).
    pictures_->setOnFinished([] {
        SDL_Event wake{};
        wake.type = SDL_USEREVENT;
        SDL_PushEvent(&wake);
    });
    if (params_.fallback) {
        // Restarted too often: show a calm screen and touch nothing that might crash again.
        exhibit_->setContentError(
            "the exhibit stopped repeatedly; see journalctl -u mediation-map");
    } else {
        loadGeography();  // while the worker may still be reading the content
        loadContent(contentDir, early.get());
        restoreStaffLockout();  // after loadContent(): --clock is read in the exhibit's zone
    }
    applyScreenSize();
    return true;
}

void Runner::openUsageLog() {
    dataDir_ = params_.dataDir;
    bool simulated = !params_.replayPath.empty() || params_.headless;
    if (dataDir_.empty() && !simulated) dataDir_ = defaultDataDir();
    if (dataDir_.empty()) return;
    std::string error;
    usageLog_ = usage::UsageLog::open(dataDir_, *clock_, error);
    if (!usageLog_) {
        log("usage log: " + error + "; visits are not recorded");
        return;
    }
    usage_ = std::make_unique<session::UsageTracker>(*usageLog_);
    log("data folder " + dataDir_);
}

// A --clock without an offset is the exhibit's local time, in its schedule's time zone.
void Runner::readClockInExhibitZone() {
    auto parsed = parseIsoTime(params_.clock);
    if (!parsed || parsed->hadOffset) return;
    auto asUtc = schedule::TimeZone::utc().toLocal(parsed->utcMs);
    Millis local =
        exhibit_->schedule().openingHours().zone().fromLocal(asUtc.date(), asUtc.minuteOfDay);
    Millis shift = local + parsed->utcMs % 60000 - parsed->utcMs;
    if (simClock_) simClock_->jumpWall(shift);
    if (shiftedClock_) shiftedClock_->jumpWall(shift);
}

// The map's countries. Without them the exhibit still runs, with places on a plain sea.
void Runner::loadGeography() {
    std::string dir = params_.assetsDir.empty() ? defaultAssetsDir() : params_.assetsDir;
    auto result = map::loadGeoAsset(dir + "/world.geo");
    if (!result.ok()) {
        log(result.error + "; the map shows no countries");
        return;
    }
    auto asset = std::make_shared<const map::GeoAsset>(std::move(*result.asset));
    if (!geo_.init(asset)) {
        log(geo_.error() + "; the map shows no countries");
        return;
    }
    exhibit_->setGeography(asset);
}

void Runner::applyScreenSize() {
    window_.drawableSize(width_, height_);
    auto parsed = input::parsePanelSetting(params_.panel);
    if (!parsed.setting) log("--panel: " + parsed.error + "; using auto");
    auto panel = input::PanelGeometry::fromSetting(parsed.setting.value_or(input::PanelSetting{}),
                                                   width_, height_);
    exhibit_->setScreen(width_, height_, panel);
    fontsDirty_ = true;
}

// The type scale follows the screen; the glyph atlas starts over at the new sizes. ImGui's
// own atlas holds only its small built-in font, built once (all text is ours).
void Runner::rebuildFonts() {
    fonts_ = ui::typeScale(exhibit_->layout());
    text_->configure(fonts_.bodyPx, renderer_.maxTextureSize);
    if (!ImGui::GetIO().Fonts->IsBuilt()) {
        ui::buildImGuiFont();
        // The backend's device objects include the font texture: made here, NewFrame does
        // not make them again (which uploaded the font a second time and rebuilt its copies).
        ImGui_ImplOpenGL3_DestroyDeviceObjects();
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        // GL has the pixels; ImGui's RGBA and alpha copies (a third of a MB) go. The atlas
        // stays built (TexReady), so this runs once.
        ImGui::GetIO().Fonts->ClearTexData();
    }
    renderer_.fontAtlasWidth = ImGui::GetIO().Fonts->TexWidth;
    renderer_.fontAtlasHeight = ImGui::GetIO().Fonts->TexHeight;
    ui::applyStyle(exhibit_->layout());
    fontsDirty_ = false;
}

// Drains SDL's queue into the exhibit; returns true if anything visible may have changed.
bool Runner::pumpEvents() {
    SDL_Event e;
    InputResult r;
    InputContext ctx{width_, height_, !params_.fullscreen || params_.headless, touch_, {}};
    // Each event at its own time, not this frame's: a slow frame must not shorten a tap.
    Millis clockNow = clock_->steadyMs();
    Uint32 ticksNow = SDL_GetTicks();
    ctx.eventTime = [&](const SDL_Event& e) -> Millis {
        if (replaying_) return scriptTimes_.take().value_or(clockNow);
        return eventTimeOnClock(e.common.timestamp, ticksNow, clockNow);
    };
    while (SDL_PollEvent(&e)) handleSdlEvent(e, *exhibit_, ctx, r);
    if (r.quit) quit_ = true;
    if (r.resized) applyScreenSize();
    // This frame shows the input: a touch that arrived before the frame is in the frame.
    if (r.input) exhibit_->frames().lastInputFrame = exhibit_->frames().rendered + 1;
    return r.input || r.resized || r.redraw;
}

void Runner::renderFrame(bool rasterize) {
    if (fontsDirty_) rebuildFonts();
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The backend polls SDL's mouse; the exhibit's own pointer (fingers, real mouse) wins.
    auto pointer = exhibit_->nextPointer();
    io.MousePos = ImVec2(pointer.pos.x, pointer.pos.y);
    io.MouseDown[0] = pointer.down;
    for (int b = 1; b < 5; ++b) io.MouseDown[b] = false;
    Millis now = clock_->steadyMs();
    io.DeltaTime = std::max(0.001f, float(now - lastFrameMs_) / 1000.f);
    io.DisplaySize = ImVec2(float(width_), float(height_));
    lastFrameMs_ = now;
    ImGui::NewFrame();
    pictures_->beginFrame();
    if (pictures_->uploadFinished()) exhibit_->noteRedraw();
    ui::drawScreen(*exhibit_, fonts_, *text_, &uiStrings_, geo_.ready() ? &geo_ : nullptr,
                   pictures_.get(), staffInfo());
    text_->endFrame();  // new glyphs reach the texture before the frame is rendered
    if (text_->wantsRedraw()) exhibit_->noteRedraw();
    auto ts = text_->stats();
    renderer_.glyphAtlasSide = ts.atlas.side;
    renderer_.glyphAtlasGlyphs = ts.atlas.glyphs;
    renderer_.glyphAtlasUsedRows = ts.atlas.usedRows;
    renderer_.glyphAtlasResets = ts.atlas.resets;
    renderer_.layoutCacheEntries = ts.cache.entries;
    renderer_.layoutCacheMisses = static_cast<std::size_t>(ts.cache.misses);
    renderer_.keptTextsRedrawn = ts.redrawn;
    ImGui::Render();
    ++exhibit_->frames().rendered;
    lastDrawnMs_ = clock_->steadyMs();
    trimPending_ = true;
    if (!rasterize) return;
    glViewport(0, 0, width_, height_);
    glClearColor(0.06f, 0.09f, 0.12f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++rasterized_;
}

void Runner::present() {
    window_.swap();
    if (firstFrameMs_ >= 0) return;
    firstFrameMs_ = platform::millisSinceProcessStart();
    // The swap only queues the frame (llvmpipe on SDL's offscreen driver draws it later, or at
    // exit): reading a pixel back waits until the first frame's pixels really exist.
    glFinish();
    unsigned char pixel[4];
    glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
    firstFrameFinishedMs_ = platform::millisSinceProcessStart();
    log("first frame " + std::to_string(firstFrameMs_) + " ms after the process started, " +
        "finished drawing at " + std::to_string(firstFrameFinishedMs_) + " ms");
    service_.ready();
}

void Runner::afterUpdate() {
    bool on = exhibit_->schedule().displayOn();
    if (on != displayShown_) {
        displayShown_ = on;
        if (!display_->set(on))
            log("display power (" + display_->method() + "): " + display_->error());
        log(std::string("display ") + (on ? "on" : "off") + ": " +
            exhibit_->schedule().openingHours().status().reason);
    }
    if (usage_) {
        usage_->observe(*exhibit_);
        usageLog_->tick();
    }
    noteStaffPins();
    pollUpdates();
    service_.heartbeat();
}

int Runner::capWait(int timeoutMs) const {
    int cap = int(service_.heartbeatIntervalMs());
    if (cap <= 0) return timeoutMs;
    return timeoutMs < 0 ? cap : std::min(timeoutMs, cap);
}

nlohmann::json Runner::state() const {
    auto st = session::dumpState(*exhibit_, renderer_);
    auto ps = platform::processStats();
    st["process"] = {{"cpu_s", ps.cpuSeconds},
                     {"max_rss_kb", ps.maxRssKb},
                     {"rss_kb", ps.rssKb},
                     {"pss_kb", ps.pssKb},
                     {"pss_anon_kb", ps.pssAnonKb},
                     {"idle_strategy", waiter_ ? waiter_->strategy() : ""},
                     {"first_frame_ms", firstFrameMs_},
                     {"first_frame_finished_ms", firstFrameFinishedMs_},
                     {"heap_trims", heapTrims_}};
    st["frames"]["rasterized"] = rasterized_;
    if (auto* rec = dynamic_cast<const platform::RecordingDisplayPower*>(display_.get()))
        st["display"]["power_calls"] = rec->calls;
    st["display"]["method"] = display_ ? display_->method() : "";
    st["pictures"] = {{"loaded", pictures_ ? pictures_->loadedCount() : 0}};
    if (usageLog_)
        st["usage"] = {{"folder", usageLog_->folder().string()},
                       {"dropped", usageLog_->droppedRecords()},
                       {"error", usageLog_->lastError()}};
    return st;
}

void Runner::writeOutputs(const std::string& screenshot, const std::string& statePath) {
    std::string error;
    if (!screenshot.empty() && !writeScreenshot(screenshot, width_, height_, error)) {
        log(error);
        ++failures_;
    }
    if (!statePath.empty() && !writeJsonFile(statePath, state(), error)) {
        log(error);
        ++failures_;
    }
}

int Runner::run() {
    if (!start()) return 1;
    if (!params_.replayPath.empty()) {
        auto script = scenario::loadScript(params_.replayPath);
        for (const auto& e : script.errors) log(e);
        if (!script.ok()) return 2;
        replayLoop(script);
    } else {
        realtimeLoop();
    }
    renderFrame();
    writeOutputs(params_.screenshotPath, params_.statePath);
    present();
    if (usage_) usage_->finish(*exhibit_);
    service_.stopping();
    return failures_ ? 1 : 0;
}

}  // namespace kiosk::app
