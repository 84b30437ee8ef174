#include "kiosk/map/geo_mesh.h"

namespace kiosk::map {
namespace {

DrawRun runOf(IndexRange r, std::uint32_t verticesEach) {
    return {r.first * verticesEach, r.count * verticesEach};
}

std::uint32_t segmentCount(const OutlineStrip& s) {
    return s.closed ? s.vertexCount : s.vertexCount - 1;
}

// segmentStart[i]: the first segment of strip i in the line mesh; one more entry at the end.
std::vector<std::uint32_t> segmentStarts(const GeoAsset& asset) {
    std::vector<std::uint32_t> starts;
    starts.reserve(asset.outlines.size() + 1);
    std::uint32_t next = 0;
    for (const OutlineStrip& s : asset.outlines) {
        starts.push_back(next);
        next += segmentCount(s);
    }
    starts.push_back(next);
    return starts;
}

DrawRun lineRunOf(const std::vector<std::uint32_t>& starts, IndexRange strips) {
    const std::uint32_t first = starts[strips.first];
    return {2 * first, 2 * (starts[strips.first + strips.count] - first)};
}

}  // namespace

FillMesh buildFillMesh(const GeoAsset& asset) {
    FillMesh mesh;
    mesh.vertices.reserve(asset.indices.size());
    for (std::uint32_t index : asset.indices) mesh.vertices.push_back(asset.vertices[index]);
    mesh.countryRuns.reserve(asset.countries.size());
    for (const Country& c : asset.countries) mesh.countryRuns.push_back(runOf(c.triangles, 3));
    mesh.partRuns.reserve(asset.parts.size());
    for (const CountryPart& p : asset.parts) mesh.partRuns.push_back(runOf(p.triangles, 3));
    return mesh;
}

LineMesh buildOutlineMesh(const GeoAsset& asset) {
    const std::vector<std::uint32_t> starts = segmentStarts(asset);
    LineMesh mesh;
    mesh.vertices.reserve(std::size_t(starts.back()) * 2);
    for (const OutlineStrip& s : asset.outlines) {
        for (std::uint32_t i = 0; i < segmentCount(s); ++i) {
            mesh.vertices.push_back(asset.vertices[s.firstVertex + i]);
            mesh.vertices.push_back(asset.vertices[s.firstVertex + (i + 1) % s.vertexCount]);
        }
    }
    mesh.countryRuns.reserve(asset.countries.size());
    for (const Country& c : asset.countries)
        mesh.countryRuns.push_back(lineRunOf(starts, c.strips));
    mesh.partRuns.reserve(asset.parts.size());
    for (const CountryPart& p : asset.parts) mesh.partRuns.push_back(lineRunOf(starts, p.strips));
    return mesh;
}

void visibleCountryRuns(const StaticMesh& mesh, const GeoAsset& asset, const WorldBox& view,
                        std::vector<CountryRun>& out) {
    out.clear();
    if (mesh.partRuns.size() != asset.parts.size()) return;  // a mesh of another asset
    for (std::uint32_t ci = 0; ci < asset.countries.size(); ++ci) {
        const Country& c = asset.countries[ci];
        if (!c.bounds.overlaps(view)) continue;
        for (std::uint64_t pi = c.parts.first; pi < c.parts.end(); ++pi) {
            const DrawRun run = mesh.partRuns[pi];
            if (run.count == 0 || !asset.parts[pi].bounds.overlaps(view)) continue;
            if (!out.empty() && out.back().country == ci && out.back().run.end() == run.first) {
                out.back().run.count += run.count;
            } else {
                out.push_back({ci, run});
            }
        }
    }
}

WorldBox visibleWorldBox(const MapView& view) {
    const WorldPoint c = toWorld(view.center());
    const double s = view.pixelsPerWorldUnit();
    const double halfW = view.viewport().w / 2 / s, halfH = view.viewport().h / 2 / s;
    return {float(c.x - halfW), float(c.y - halfH), float(c.x + halfW), float(c.y + halfH)};
}

}  // namespace kiosk::map
