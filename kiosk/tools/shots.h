#pragma once
// kiosk-content shots, the parts without processes or files: the replay script that opens
// every card, and the judgement of a state dump (docs/scenario-runner.md) for clipped text.
// The rules are those of tests/scenario/test_languages.cpp (checkFits), applied per card.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::tools::shots {

struct Size {
    int w = 0, h = 0;
    std::string name() const { return std::to_string(w) + "x" + std::to_string(h); }
};

// "800x480" -> {800, 480}; false unless both are 320..8192 (the runner's limits).
bool parseSize(const std::string& text, Size& size);

// One card's shot in a run: the card ("event:<id>") and the files the run writes for it.
struct Shot {
    std::string card;
    std::string png, state;  // absolute paths
};

// Milliseconds from one card's open step to its capture: the card's 280 ms slide and the
// map's 1.2 s flight are over by then (simulated time, so waiting costs nothing).
inline constexpr long kSettleMs = 2000;

// A replay script (JSON Lines) that switches to `language` (none for "", the default), then
// opens each shot's card in turn and captures a screenshot and a state dump of it.
std::string replayScript(const std::string& language, const std::vector<Shot>& shots);

// A text that does not fit, from one state dump.
struct Clipped {
    std::string text;              // as drawn
    bool truncated = false;        // cut short with an ellipsis
    int overflowPx = 0;            // how far its ink box leaves its clip (or the screen), 0 if not
    bool belowFold = false;        // in the card's scrolling text, out of sight until scrolled to
    std::string describe() const;  // "\"text…\" is cut (truncated)" or "... by 12 px)"
};

// What one shot shows. `problem` is set when the card was not shown at all (wrong mode,
// card or language), with the reason.
struct Verdict {
    std::string problem;
    std::vector<Clipped> clipped;
    bool clean() const { return problem.empty() && clipped.empty(); }
};

// Judges a state dump taken with `card` open in `language`. A text is clipped when it was
// cut with an ellipsis (`truncated`), or when its ink box (`rect`) leaves its clip rectangle
// or the screen by more than 1 px. Text in a scrolling card (`scrolls`) is cut at the card's
// top and bottom on purpose, so only its sides count. A count on a map marker may leave the
// map with its marker, and is judged only for truncation.
Verdict judge(const nlohmann::json& state, const std::string& card, const std::string& language);

// At most `maxChars` characters of UTF-8 text, with "…" when cut; never splits a character.
std::string shorten(const std::string& text, std::size_t maxChars = 60);

}  // namespace kiosk::tools::shots
