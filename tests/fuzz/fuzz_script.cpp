// Replay scripts (kiosk/scenario/script.h): JSON Lines of timed input. What parses must keep
// the header's promises: steps in time order, times >= 0, fingers inside the window.
#include "fuzz_support.h"
#include "kiosk/scenario/script.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk::scenario;
    Script script = parseScript(kiosk::fuzz::asText(data, size), "fuzz.jsonl");
    for (std::size_t i = 0; i < script.steps.size(); ++i) {
        const Step& step = script.steps[i];
        FUZZ_CHECK(step.t >= 0);
        if (i > 0) FUZZ_CHECK(script.steps[i - 1].t <= step.t);
        if (step.type == StepType::FingerDown || step.type == StepType::FingerMove ||
            step.type == StepType::FingerUp)
            FUZZ_CHECK(step.x >= 0 && step.x <= 1 && step.y >= 0 && step.y <= 1);
        FUZZ_CHECK(stepTypeName(step.type) != "?");
    }
    for (const std::string& error : script.errors) FUZZ_CHECK(error.rfind("fuzz.jsonl:", 0) == 0);
    return 0;
}
