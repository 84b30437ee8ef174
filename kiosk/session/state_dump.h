#pragma once
// The exhibit's observable state as JSON: what the scenario tests assert on.
// Field names are a contract with the tests and docs/scenario-runner.md; keep them.
#include <nlohmann/json.hpp>
#include <string>

#include "kiosk/session/exhibit.h"

namespace kiosk::session {

struct RendererInfo {
    std::string videoDriver, renderer;
    int maxTextureSize = 0;
    int fontAtlasWidth = 0, fontAtlasHeight = 0;
};

nlohmann::json dumpState(const Exhibit& exhibit, const RendererInfo& renderer);

}  // namespace kiosk::session
