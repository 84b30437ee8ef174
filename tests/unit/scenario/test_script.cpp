#include <doctest/doctest.h>

#include "kiosk/scenario/script.h"

using namespace kiosk::scenario;

TEST_CASE("a script reads every step type, in time order") {
    auto s = parseScript(
        R"({"t": 1200, "type": "finger_down", "finger": 1, "x": 0.42, "y": 0.61}
{"t": 100, "type": "mouse_move", "x": 640, "y": 400}

{"t": 1300, "type": "finger_up", "finger": 1, "x": 0.42, "y": 0.61}
{"t": 1400, "type": "key", "key": "Escape"}
{"t": 2000, "type": "screenshot", "path": "out.png"}
{"t": 2000, "type": "state", "path": "out.json"}
{"t": 9000, "type": "wait"}
)",
        "s.jsonl");
    REQUIRE(s.ok());
    REQUIRE(s.steps.size() == 7);
    CHECK(s.steps[0].type == StepType::MouseMove);
    CHECK(s.steps[0].x == 640);
    CHECK(s.steps[1].type == StepType::FingerDown);
    CHECK(s.steps[1].finger == 1);
    CHECK(s.steps[1].x == doctest::Approx(0.42));
    CHECK(s.steps[1].line == 1);
    CHECK(s.steps[3].key == "Escape");
    CHECK(s.steps[4].path == "out.png");
    CHECK(s.steps[5].type == StepType::State);
    CHECK(s.lastTime() == 9000);
}

TEST_CASE("every bad line is reported with its file and line") {
    auto s = parseScript(
        R"({"t": 0, "type": "wait"}
{"t": -5, "type": "wait"}
not json
{"t": 10, "type": "teleport"}
{"t": 10, "type": "finger_down", "x": 0.5, "y": 0.5}
{"t": 10, "type": "finger_down", "finger": 2, "x": 1.5, "y": 0.5}
{"t": 10, "type": "screenshot"}
)",
        "bad.jsonl");
    CHECK(s.steps.size() == 1);
    REQUIRE(s.errors.size() == 6);
    CHECK(s.errors[0].rfind("bad.jsonl:2: ", 0) == 0);
    CHECK(s.errors[1] == "bad.jsonl:3: not valid JSON");
    CHECK(s.errors[2].find("unknown type \"teleport\"") != std::string::npos);
    CHECK(s.errors[3].find("\"finger\"") != std::string::npos);
    CHECK(s.errors[4].find("0..1") != std::string::npos);
    CHECK(s.errors[5].find("\"path\"") != std::string::npos);
}

TEST_CASE("a missing script file is an error, not a crash") {
    auto s = loadScript("/nonexistent/replay.jsonl");
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].find("cannot open") != std::string::npos);
}

TEST_CASE("a time too large for a replay is refused, not wrapped to a negative one") {
    // Found by tests/fuzz/fuzz_script: llround(1e300) gave a step at a negative time.
    auto s = parseScript("{\"t\": 1e300, \"type\": \"wait\"}\n{\"t\": 1e12, \"type\": \"wait\"}\n",
                         "big.jsonl");
    CHECK(s.steps.size() == 1);
    for (const Step& step : s.steps) CHECK(step.t >= 0);
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].rfind("big.jsonl:1: ", 0) == 0);
    CHECK(s.errors[0].find("\"t\"") != std::string::npos);
}

TEST_CASE("write_file names a file inside the --watch folder, with its text") {
    auto s = parseScript(R"({"t": 5, "type": "write_file", "path": "events.json", "text": "{}"}
{"t": 6, "type": "write_file", "path": "../escape.json", "text": "{}"}
{"t": 7, "type": "write_file", "path": "/etc/passwd", "text": ""}
{"t": 8, "type": "write_file", "path": "events.json"}
)",
                         "w.jsonl");
    REQUIRE(s.steps.size() == 1);
    CHECK(s.steps[0].type == StepType::WriteFile);
    CHECK(s.steps[0].path == "events.json");
    CHECK(s.steps[0].text == "{}");
    REQUIRE(s.errors.size() == 3);
    CHECK(s.errors[0] == "w.jsonl:2: \"path\" must stay inside the --watch folder");
    CHECK(s.errors[2].find("w.jsonl:4: expected \"path\"") == 0);
}

TEST_CASE("open names a card by kind and id; language names a code") {
    auto s = parseScript(R"({"t": 0, "type": "language", "language": "ar"}
{"t": 500, "type": "open", "card": "event:cairo-dialogue-2021"}
{"t": 600, "type": "open", "card": "place:cairo"}
{"t": 700, "type": "open", "card": "cairo-dialogue-2021"}
{"t": 800, "type": "open", "card": "event:"}
{"t": 900, "type": "language"}
)",
                         "o.jsonl");
    REQUIRE(s.steps.size() == 3);
    CHECK(s.steps[0].type == StepType::Language);
    CHECK(s.steps[0].target == "ar");
    CHECK(s.steps[1].type == StepType::Open);
    CHECK(s.steps[1].target == "event:cairo-dialogue-2021");
    CHECK(s.steps[2].target == "place:cairo");
    REQUIRE(s.errors.size() == 3);
    CHECK(s.errors[0] ==
          "o.jsonl:4: \"card\" must be \"event:<id>\", \"actor:<id>\" or \"place:<id>\"");
    CHECK(s.errors[1].find("o.jsonl:5: \"card\" must be") == 0);
    CHECK(s.errors[2].find("o.jsonl:6: expected \"language\"") == 0);
}
