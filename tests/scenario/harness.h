#pragma once
// Runs the real exhibit headless with a replay script and reads back its state dump, so UI
// behaviour is tested through the same flags a developer uses (docs/scenario-runner.md).
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace scenario_test {

using nlohmann::json;

struct Run {
    int exitCode = -1;
    json state;               // the state written at exit
    std::vector<json> dumps;  // states written by "state" steps, in order
    std::string log;          // stderr
    std::filesystem::path dir;
};

struct RunOptions {
    int width = 1920, height = 1080;
    std::string content;  // empty: the bundled content
    std::string clock = "2026-11-24T11:00:00Z";
    std::vector<std::string> extraArgs;
    bool screenshot = false;  // write dir/final.png
    // Rasterize every frame, as on a screen. Off, only screenshot frames are rasterized
    // (same state, same pictures); each suite keeps one such smoke run.
    bool rasterizeAll = false;
    std::string env;  // NAME=value words set for the kiosk (e.g. a debug switch)
};

// A script builder: times in ms, finger positions in pixels (converted to 0..1).
class Script {
  public:
    Script(int width, int height) : w_(width), h_(height) {}
    Script& down(long t, int finger, float x, float y);
    Script& move(long t, int finger, float x, float y);
    Script& up(long t, int finger, float x, float y);
    // A straight drag from a to b in steps, finger lifted at the end.
    Script& drag(long t, int finger, float x0, float y0, float x1, float y1, long ms,
                 int steps = 12, bool lift = true);
    Script& tap(long t, int finger, float x, float y);
    Script& state(long t);  // a mid-run state dump, read back into Run::dumps
    Script& screenshot(long t, const std::string& name);
    Script& wait(long t);
    Script& key(long t, const std::string& key);  // a key press ("F5": none uses it, a frame)
    Script& usbScan(long t);  // the mount root changed, as inotify reports on the board
    // An editor saves `text` as `path` in the --watch folder (replay's write_file step).
    Script& writeFile(long t, const std::string& path, const std::string& text);
    std::string text() const;

  private:
    json finger(const char* type, long t, int finger, float x, float y) const;
    int w_, h_;
    std::vector<json> lines_;
    int dumps_ = 0;
};

Run runKiosk(const std::string& name, const Script& script, const RunOptions& options = {});

// The bundled content: `key`'s value in content/`file` (e.g. "tours.json", "tours"), and
// exhibit.json's idle timeout in ms.
json bundled(const char* file, const char* key);
long idleTimeoutMs();
// The home screen's state at w x h with the bundled content, run once per size and kept.
const json& homeAt(int w, int h);

// Helpers on the state dump.
const json* findTarget(const json& state, const std::string& id);
std::vector<std::string> targetIds(const json& state, const std::string& prefix);
float centerX(const json& target);
float centerY(const json& target);

}  // namespace scenario_test
