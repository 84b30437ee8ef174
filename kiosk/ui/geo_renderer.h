#pragma once
// Draws the countries from static GL buffers built once at start. Each frame costs a cull of
// the countries in view and one glDrawArrays per visible run, whatever the coastline detail.
// Drawn through an ImDrawList callback, so ImGui's 16-bit index limit never applies.
#include <imgui.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "kiosk/map/geo_asset.h"
#include "kiosk/map/geo_mesh.h"
#include "kiosk/map/map_view.h"

namespace kiosk::ui {

// How a country is shaded: ordinary, a state in the story, or involved in the selection.
enum class CountryTone : std::uint8_t { Plain, Story, Selected };

class GeoRenderer {
  public:
    ~GeoRenderer();
    // Uploads the meshes. Returns false with error() set if the GL program cannot be built.
    bool init(std::shared_ptr<const map::GeoAsset> asset);
    bool ready() const { return program_ != 0; }
    const std::string& error() const { return error_; }

    // Queues the map's countries into the draw list, clipped to the view's viewport.
    // tones: one per country of the asset (index order).
    void draw(ImDrawList* list, const map::MapView& view, const std::vector<CountryTone>& tones,
              ImVec2 displaySize);

  private:
    static void callback(const ImDrawList*, const ImDrawCmd* cmd);
    void render();

    std::shared_ptr<const map::GeoAsset> asset_;
    map::FillMesh fill_;
    map::LineMesh lines_;
    unsigned fillBuffer_ = 0, lineBuffer_ = 0, program_ = 0;
    int attrWorld_ = -1, uniScale_ = -1, uniOffset_ = -1, uniColor_ = -1;
    // This frame's draw, read by the callback during ImGui's render.
    struct Frame {
        float scale[2], offset[2];
        int scissor[4];
        std::vector<map::CountryRun> fillRuns, lineRuns;
        std::vector<CountryTone> tones;
    } frame_;
    std::string error_;
};

}  // namespace kiosk::ui
