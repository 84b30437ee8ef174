#pragma once
// The main loop. In real time it renders only when something changed and otherwise sleeps
// until input or the next deadline. In replay it runs on simulated time: fixed 1/60 s frames
// while anything moves, and straight jumps to the next scripted event or timer otherwise.
#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/app/options.h"
#include "kiosk/app/sdl_input.h"
#include "kiosk/content/load.h"
#include "kiosk/core/clock.h"
#include "kiosk/input/touch_transform.h"
#include "kiosk/scenario/script.h"
#include "kiosk/session/exhibit.h"
#include "kiosk/session/pin_lockout.h"
#include "kiosk/session/state_dump.h"
#include "kiosk/session/usage_tracker.h"
#include "kiosk/ui/geo_renderer.h"
#include "kiosk/ui/picture_cache.h"
#include "kiosk/ui/staff_view.h"
#include "kiosk/ui/theme.h"
#include "kiosk/update/update_service.h"
#include "platform/display_power.h"
#include "platform/gl_window.h"
#include "platform/input_wait.h"
#include "platform/mount_watch.h"
#include "platform/service_notify.h"

namespace kiosk::app {

void log(const std::string& line);
std::vector<std::string> recentLog();  // the last lines, for the staff panel

class Runner {
  public:
    explicit Runner(AppParams params);
    ~Runner();
    // Returns the process exit code.
    int run();

  private:
    bool start();
    std::string bundledContentDir() const;
    // Before the window opens: recovers updates, starts --watch, returns the folder to show.
    std::string chooseContentDir();
    std::future<content::LoadResult> readContentAsync(const std::string& dir);
    // Shows `early` (dir read by readContentAsync), else the bundled content.
    void loadContent(const std::string& dir, content::LoadResult early);
    // `keepShown`: on errors, the content already shown stays, with a banner naming each
    // problem (file:line:col), instead of the error screen.
    bool loadContentFrom(const std::string& dir, bool keepShown = false);
    bool showLoaded(const std::string& dir, content::LoadResult result, bool keepShown = false);
    // Updates (runner_updates.cpp): recovery at start; returns the content folder to show.
    std::string setUpUpdates(const std::string& bundledDir);
    void pollUpdates();
    void applyStaffActions();
    void reloadContent(const update::ShownContent& shown);
    // --watch (runner_updates.cpp): the folder is watched with inotify; each change goes
    // through reloadContent, as a USB update does. Replay's write_file step writes a file
    // there and reports the change itself.
    void startWatch();
    void pollWatch();
    // A preview outside opening hours: the strip that says so, as a notice.
    void showClosedStrip();
    void writeWatchedFile(const std::string& path, const std::string& text);
    ui::StaffInfo staffInfo() const;
    void loadGeography();
    void openUsageLog();
    // Staff PIN (runner_staff.cpp): the lockout the last run left, and each PIN tried, logged
    // without its digits and saved in the data folder.
    void restoreStaffLockout();
    void noteStaffPins();
    void readClockInExhibitZone();
    void applyScreenSize();
    void rebuildFonts();
    void loadUiStrings();
    bool pumpEvents();
    // Runs the ImGui frame (layout, targets, state); `rasterize` false skips the GL drawing,
    // which replay does for frames nobody looks at (llvmpipe's rasterizing dominates tests).
    void renderFrame(bool rasterize = true);
    // Shows the rendered frame; the first one tells systemd the exhibit is up.
    void present();
    // After each update: the panel's power follows the exhibit, systemd hears a heartbeat.
    void afterUpdate();
    // The longest the loop may sleep: the watchdog wants a heartbeat before then.
    int capWait(int timeoutMs) const;
    // Once the screen has been still for a while after drawing, gives the heap's free pages
    // back (malloc_trim: llvmpipe's scene bins, decode and start-up garbage). Returns the ms
    // until it wants to look again, -1 when nothing is pending (runner_loops.cpp).
    int trimWhenStill(Millis now);
    void realtimeLoop();
    void replayLoop(const scenario::Script& script);
    void runCommand(const scenario::Step& step);
    void writeOutputs(const std::string& screenshot, const std::string& state);
    nlohmann::json state() const;

    AppParams params_;
    std::unique_ptr<Clock> clock_;
    ManualClock* simClock_ = nullptr;       // set in replay mode
    ShiftedClock* shiftedClock_ = nullptr;  // set by --clock outside replay
    platform::GlWindow window_;
    std::unique_ptr<platform::DisplayPower> display_;
    platform::ServiceNotifier service_;
    bool displayShown_ = true;
    long firstFrameMs_ = -1;          // process start to the first frame's swap
    long firstFrameFinishedMs_ = -1;  // ... to its pixels drawn (glFinish, a pixel read)
    std::unique_ptr<platform::InputWaiter> waiter_;
    std::unique_ptr<session::Exhibit> exhibit_;
    std::string dataDir_;  // empty: nothing is written
    std::unique_ptr<usage::UsageLog> usageLog_;
    std::unique_ptr<session::UsageTracker> usage_;
    std::unique_ptr<session::PinLockoutStore> pinStore_;
    std::unique_ptr<update::UpdateService> updates_;
    std::optional<update::ShownContent> pendingContent_;  // installed, shown at the idle reset
    platform::MountWatch mountWatch_;
    std::atomic<bool> sticksChanged_{false};
    std::string closedStrip_;                  // the strip shown now, "" for none
    std::atomic<bool> contentChanged_{false};  // before the watch, whose thread sets it
    platform::MountWatch contentWatch_;        // --watch: the content folder (inotify)
    int trustedKeys_ = 0;
    ui::Fonts fonts_;
    std::unique_ptr<ui::TextRenderer> text_;  // shaped text and its glyph atlas (one GL context)
    text::UiStrings uiStrings_;               // the interface catalog, assets/strings/ui.json
    ui::GeoRenderer geo_;
    std::unique_ptr<ui::PictureCache> pictures_;
    input::TouchTransform touch_;
    ScriptTimes scriptTimes_;  // replayed input's own times, in push order
    bool replaying_ = false;
    session::RendererInfo renderer_;
    int width_ = 0, height_ = 0;
    bool fontsDirty_ = true;
    bool imguiStarted_ = false;
    Millis lastFrameMs_ = 0;
    std::size_t rasterized_ = 0;  // frames whose pixels were drawn (replay skips the rest)
    Millis lastDrawnMs_ = 0;      // steady time of the last frame rendered
    bool trimPending_ = false;    // frames rendered since the last malloc_trim
    int heapTrims_ = 0;
    int failures_ = 0;
    bool quit_ = false;  // SDL_QUIT: SIGTERM, SIGINT or the window closed
};

}  // namespace kiosk::app
