#pragma once
// GPU-ready arrays made once from the geography, and the per-frame list of what to draw.
// The renderer uploads a mesh's vertices to a static buffer once; each frame it asks
// visibleCountryRuns for the runs to draw with glDrawArrays, so per-frame CPU work depends on
// the number of countries and parts in view, never on how detailed the coastlines are.
// Meshes are non-indexed (GLES 2 without OES_element_index_uint, and no 65,536-vertex limit).
#include <cstdint>
#include <span>
#include <vector>

#include "kiosk/map/geo_asset.h"
#include "kiosk/map/map_view.h"

namespace kiosk::map {

struct DrawRun {
    std::uint32_t first = 0, count = 0;  // vertices in the mesh's buffer
    std::uint64_t end() const { return std::uint64_t(first) + count; }
};

struct StaticMesh {
    std::vector<WorldVertex> vertices;  // world coordinates; the shader applies the camera
    std::vector<DrawRun> countryRuns;   // one per GeoAsset::countries entry, same order
    std::vector<DrawRun> partRuns;      // one per GeoAsset::parts entry, same order
};
struct FillMesh : StaticMesh {};  // GL_TRIANGLES: three vertices per triangle
struct LineMesh : StaticMesh {};  // GL_LINES: two vertices per outline segment

FillMesh buildFillMesh(const GeoAsset& asset);
LineMesh buildOutlineMesh(const GeoAsset& asset);

struct CountryRun {
    std::uint32_t country = 0;  // index into GeoAsset::countries, for the colour
    DrawRun run;
};

// The runs whose parts overlap `view`, in buffer order; neighbouring parts of one country are
// merged into one run. `out` is cleared and refilled: keep it across frames and it stops
// allocating. Touches no vertex.
void visibleCountryRuns(const StaticMesh& mesh, const GeoAsset& asset, const WorldBox& view,
                        std::vector<CountryRun>& out);

// The part of the world the view shows, for visibleCountryRuns.
WorldBox visibleWorldBox(const MapView& view);

}  // namespace kiosk::map
