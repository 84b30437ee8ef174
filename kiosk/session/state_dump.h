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
    int fontAtlasWidth = 0, fontAtlasHeight = 0;  // ImGui's own (its built-in font only)
    // The text layer's glyph atlas (kiosk/text): bounded, glyphs rasterised when first drawn.
    int glyphAtlasSide = 0, glyphAtlasGlyphs = 0, glyphAtlasUsedRows = 0, glyphAtlasResets = 0;
    std::size_t layoutCacheEntries = 0, layoutCacheMisses = 0;
    // Texts drawn again from their kept vertices while the map's scene held still (issue 17).
    std::uint64_t keptTextsRedrawn = 0;
};

nlohmann::json dumpState(const Exhibit& exhibit, const RendererInfo& renderer);

}  // namespace kiosk::session
