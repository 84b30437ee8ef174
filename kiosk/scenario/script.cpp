#include "kiosk/scenario/script.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

#include "kiosk/core/text_file.h"

namespace kiosk::scenario {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxLineBytes = 4096;
constexpr std::size_t kMaxSteps = 1'000'000;
// About 31 years: far beyond any replay, and small enough that llround() cannot overflow.
constexpr double kMaxTimeMs = 1e12;

constexpr std::array<std::pair<std::string_view, StepType>, 14> kTypes{{
    {"finger_down", StepType::FingerDown},
    {"finger_move", StepType::FingerMove},
    {"finger_up", StepType::FingerUp},
    {"mouse_down", StepType::MouseDown},
    {"mouse_up", StepType::MouseUp},
    {"mouse_move", StepType::MouseMove},
    {"key", StepType::Key},
    {"wait", StepType::Wait},
    {"screenshot", StepType::Screenshot},
    {"state", StepType::State},
    {"usb_scan", StepType::UsbScan},
    {"write_file", StepType::WriteFile},
    {"open", StepType::Open},
    {"language", StepType::Language},
}};

bool isFinger(StepType t) {
    return t == StepType::FingerDown || t == StepType::FingerMove || t == StepType::FingerUp;
}
bool isMouse(StepType t) {
    return t == StepType::MouseDown || t == StepType::MouseUp || t == StepType::MouseMove;
}

// Reads one step; returns an error message, or empty on success.
std::string readStep(const json& j, Step& step) {
    if (!j.is_object()) return "expected a JSON object like {\"t\": 0, \"type\": \"wait\"}";
    if (!j.contains("t") || !j["t"].is_number() || !(j["t"].get<double>() >= 0) ||
        j["t"].get<double>() > kMaxTimeMs)
        return "expected \"t\": milliseconds from the start, a number from 0 to 1e12";
    step.t = Millis(std::llround(j["t"].get<double>()));
    if (!j.contains("type") || !j["type"].is_string()) return "expected \"type\": a string";
    auto name = j["type"].get<std::string>();
    auto it = std::find_if(kTypes.begin(), kTypes.end(), [&](auto& p) { return p.first == name; });
    if (it == kTypes.end())
        return "unknown type \"" + name +
               "\"; expected finger_down, finger_move, finger_up, mouse_down, mouse_up, "
               "mouse_move, key, wait, screenshot, state, usb_scan, write_file, open or language";
    step.type = it->second;
    if (isFinger(step.type) || isMouse(step.type)) {
        if (!j.contains("x") || !j.contains("y") || !j["x"].is_number() || !j["y"].is_number())
            return "expected numbers \"x\" and \"y\"";
        step.x = j["x"].get<float>();
        step.y = j["y"].get<float>();
        if (!std::isfinite(step.x) || !std::isfinite(step.y)) return "x and y must be finite";
        if (isFinger(step.type) && (step.x < 0 || step.x > 1 || step.y < 0 || step.y > 1))
            return "finger x and y are fractions of the window, 0..1";
    }
    if (isFinger(step.type)) {
        if (!j.contains("finger") || !j["finger"].is_number_integer())
            return "expected \"finger\": an integer id";
        step.finger = j["finger"].get<std::int64_t>();
    }
    if (isMouse(step.type) && j.contains("button")) {
        if (!j["button"].is_number_integer()) return "\"button\" must be an integer (1 = left)";
        step.button = j["button"].get<int>();
    }
    if (step.type == StepType::WriteFile) {
        if (!j.contains("path") || !j["path"].is_string() || !j.contains("text") ||
            !j["text"].is_string())
            return "expected \"path\" (a file in the --watch folder) and \"text\"";
        step.path = j["path"].get<std::string>();
        step.text = j["text"].get<std::string>();
        if (step.path.empty() || step.path[0] == '/' || step.path.find("..") != std::string::npos)
            return "\"path\" must stay inside the --watch folder";
    }
    if (step.type == StepType::Open) {
        if (!j.contains("card") || !j["card"].is_string())
            return "expected \"card\": \"event:<id>\", \"actor:<id>\" or \"place:<id>\"";
        step.target = j["card"].get<std::string>();
        std::string_view card = step.target;
        bool known = false;
        for (std::string_view kind : {"event:", "actor:", "place:"})
            known = known || (card.size() > kind.size() && card.substr(0, kind.size()) == kind);
        if (!known) return "\"card\" must be \"event:<id>\", \"actor:<id>\" or \"place:<id>\"";
    }
    if (step.type == StepType::Language) {
        if (!j.contains("language") || !j["language"].is_string() ||
            j["language"].get<std::string>().empty())
            return "expected \"language\": a code that exhibit.json lists, such as \"ar\"";
        step.target = j["language"].get<std::string>();
    }
    if (step.type == StepType::Key) {
        if (!j.contains("key") || !j["key"].is_string())
            return "expected \"key\": an SDL key name such as \"Escape\"";
        step.key = j["key"].get<std::string>();
    }
    if (step.type == StepType::Screenshot || step.type == StepType::State) {
        if (!j.contains("path") || !j["path"].is_string() || j["path"].get<std::string>().empty())
            return "expected \"path\": the file to write";
        step.path = j["path"].get<std::string>();
    }
    return {};
}

}  // namespace

std::string_view stepTypeName(StepType type) {
    for (auto& [name, t] : kTypes)
        if (t == type) return name;
    return "?";
}

Script parseScript(std::string_view text, const std::string& name) {
    Script script;
    std::size_t start = 0;
    int lineNo = 0;
    while (start < text.size() && script.steps.size() < kMaxSteps) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        auto where = name + ":" + std::to_string(lineNo) + ": ";
        if (line.size() > kMaxLineBytes) {
            script.errors.push_back(where + "line longer than 4096 bytes");
            continue;
        }
        json j = json::parse(line, nullptr, false);
        if (j.is_discarded()) {
            script.errors.push_back(where + "not valid JSON");
            continue;
        }
        Step step;
        step.line = lineNo;
        if (auto err = readStep(j, step); !err.empty())
            script.errors.push_back(where + err);
        else
            script.steps.push_back(std::move(step));
    }
    std::stable_sort(script.steps.begin(), script.steps.end(),
                     [](const Step& a, const Step& b) { return a.t < b.t; });
    return script;
}

Script loadScript(const std::filesystem::path& file) {
    // Read as every text file is (BOM, CRLF); at most a full script of maximal lines.
    TextFile read = readTextFile(file, kMaxSteps * 256);
    Script s;
    if (read.status == TextFile::Status::TooLarge)
        s.errors.push_back(file.string() + ": the replay script is too large");
    else if (!read.ok())
        s.errors.push_back(file.string() + ": cannot open the replay script");
    else if (auto encoding = findEncodingProblem(read.text))
        s.errors.push_back(file.string() + ":" + std::to_string(encoding->line) + ": " +
                           encoding->message);
    else
        return parseScript(read.text, file.string());
    return s;
}

}  // namespace kiosk::scenario
