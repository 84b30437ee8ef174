#pragma once
// A replay script: JSON Lines of timed input for the headless scenario runner.
// See docs/scenario-runner.md. Pure model; the app turns these into SDL events.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/clock.h"

namespace kiosk::scenario {

enum class StepType {
    FingerDown,
    FingerMove,
    FingerUp,
    MouseDown,
    MouseUp,
    MouseMove,
    Key,
    Wait,
    Screenshot,
    State,
    UsbScan,    // the USB mount root changed, as the board's inotify watch would report
    WriteFile,  // replay only: write `text` to `path` in the --watch folder, as an editor saves
    Open,       // opens the card `target` ("event:<id>", "actor:<id>", "place:<id>") as a tap
    Language,   // switches to the language `target` ("ar") as its button would
};

struct Step {
    Millis t = 0;  // from the start of the run
    StepType type = StepType::Wait;
    std::int64_t finger = 0;
    float x = 0, y = 0;  // fingers: 0..1 of the window; mouse: pixels
    int button = 1;
    std::string key;     // SDL key name, e.g. "Escape"
    std::string path;    // screenshot or state output; write_file: relative to the --watch folder
    std::string text;    // write_file: the file's new text
    std::string target;  // open: the card, "event:<id>"; language: its code
    int line = 0;        // where it came from, for error messages
};

struct Script {
    std::vector<Step> steps;          // in time order (stable for equal t)
    std::vector<std::string> errors;  // "script.jsonl:3: ..." each
    bool ok() const { return errors.empty(); }
    Millis lastTime() const { return steps.empty() ? 0 : steps.back().t; }
};

Script parseScript(std::string_view text, const std::string& name);
Script loadScript(const std::filesystem::path& file);

std::string_view stepTypeName(StepType type);

}  // namespace kiosk::scenario
