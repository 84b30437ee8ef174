// The map geography's costs: loading assets/world.geo (once, at start) and the per-frame CPU
// work of the static-buffer design (culling parts against the view, listing draw runs), on the
// shipped asset and on a 10x denser copy, to show that per-frame cost ignores coastline detail.
//   bench_map_asset [google benchmark flags]   times (no assertion on them)
//   valgrind --tool=callgrind --collect-atstart=no bench_map_asset --instructions
#include <benchmark/benchmark.h>
#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "kiosk/map/geo_asset.h"
#include "kiosk/map/geo_asset_format.h"
#include "kiosk/map/geo_mesh.h"

using namespace kiosk;
using namespace kiosk::map;

namespace {

constexpr int kDensity = 10;

std::filesystem::path worldPath() {
    return std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/world.geo";
}

GeoAsset loadOrExit(const std::filesystem::path& path);

const GeoAsset& world() {
    static const GeoAsset asset = loadOrExit(worldPath());
    return asset;
}

WorldVertex lerp(WorldVertex a, WorldVertex b, float t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

// Every outline segment gets factor-1 more points; every triangle is fanned into factor
// slivers. Ranges and bounds keep their meaning, so culling sees the same countries and parts.
void densifyCountry(const GeoAsset& in, const Country& c, int factor, GeoAsset& out) {
    Country d = c;
    d.vertices.first = std::uint32_t(out.vertices.size());
    d.strips.first = std::uint32_t(out.outlines.size());
    d.triangles = {std::uint32_t(out.triangleCount()), c.triangles.count * factor};
    for (std::size_t s = c.strips.first; s < c.strips.end(); ++s) {
        const OutlineStrip& strip = in.outlines[s];
        OutlineStrip dense{std::uint32_t(out.vertices.size()), 0, strip.closed};
        const std::uint32_t segments = strip.closed ? strip.vertexCount : strip.vertexCount - 1;
        for (std::uint32_t i = 0; i < segments; ++i) {
            WorldVertex a = in.vertices[strip.firstVertex + i];
            WorldVertex b = in.vertices[strip.firstVertex + (i + 1) % strip.vertexCount];
            for (int k = 0; k < factor; ++k) out.vertices.push_back(lerp(a, b, float(k) / factor));
        }
        if (!strip.closed) out.vertices.push_back(in.vertices[strip.firstVertex + segments]);
        dense.vertexCount = std::uint32_t(out.vertices.size()) - dense.firstVertex;
        out.outlines.push_back(dense);
    }
    for (std::size_t t = c.triangles.first; t < c.triangles.end(); ++t) {
        const std::uint32_t* ix = &in.indices[3 * t];
        const auto apex = std::uint32_t(out.vertices.size());
        out.vertices.push_back(in.vertices[ix[0]]);
        for (int k = 0; k <= factor; ++k) {
            out.vertices.push_back(lerp(in.vertices[ix[1]], in.vertices[ix[2]], float(k) / factor));
        }
        for (std::uint32_t k = 0; k < std::uint32_t(factor); ++k) {
            out.indices.insert(out.indices.end(), {apex, apex + 1 + k, apex + 2 + k});
        }
    }
    d.vertices.count = std::uint32_t(out.vertices.size()) - d.vertices.first;
    for (std::size_t p = c.parts.first; p < c.parts.end(); ++p) {
        CountryPart part = in.parts[p];
        const std::uint32_t offset = part.triangles.first - c.triangles.first;
        part.triangles = {d.triangles.first + offset * factor, part.triangles.count * factor};
        part.strips.first = d.strips.first + (part.strips.first - c.strips.first);
        out.parts[p] = part;
    }
    out.countries.push_back(d);
}

GeoAsset loadOrExit(const std::filesystem::path& path) {
    GeoAssetResult r = loadGeoAsset(path);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.error.c_str());
        std::exit(1);
    }
    return std::move(*r.asset);
}

// KIOSK_DENSE_GEO names an asset from `node tools/geo/build.mjs --densify 10 --out FILE`;
// without it the benchmark densifies the shipped asset itself.
const GeoAsset& denseWorld() {
    static const GeoAsset asset = [] {
        if (const char* file = std::getenv("KIOSK_DENSE_GEO")) return loadOrExit(file);
        GeoAsset out;
        out.parts.resize(world().parts.size());
        for (const Country& c : world().countries) densifyCountry(world(), c, kDensity, out);
        return out;
    }();
    return asset;
}

const GeoAsset& assetFor(std::int64_t which) {
    return which == 0 ? world() : denseWorld();
}

WorldBox viewFor(std::int64_t which) {
    MapView view;
    view.setViewport({0, 0, 1920, 1080});
    if (which == 0) view.setView({20, 0}, 1);         // the whole world
    if (which == 1) view.setView({31.5, 35.0}, 6);    // the Levant
    if (which == 2) view.setView({31.5, 34.45}, 11);  // Gaza City, street level
    return visibleWorldBox(view);
}

void setLabels(benchmark::State& state) {
    static const char* const views[] = {"world z1", "Levant z6", "Gaza z11"};
    state.SetLabel(std::string(state.range(0) == 0 ? "real" : "10x dense") + ", " +
                   views[state.range(1)]);
}

void BM_LoadWorldAssetFromFile(benchmark::State& state) {
    for (auto _ : state) {
        GeoAssetResult r = loadGeoAsset(worldPath());
        if (!r.ok()) return state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.asset->vertices.data());
    }
    state.SetBytesProcessed(state.iterations() *
                            std::int64_t(std::filesystem::file_size(worldPath())));
}
BENCHMARK(BM_LoadWorldAssetFromFile)->Unit(benchmark::kMillisecond);

void BM_ParseAsset(benchmark::State& state) {
    const std::vector<std::uint8_t> bytes = encodeGeoAsset(assetFor(state.range(0)));
    for (auto _ : state) {
        GeoAssetResult r = parseGeoAsset(bytes, "bench");
        if (!r.ok()) return state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.asset->vertices.data());
    }
    state.SetLabel(state.range(0) == 0 ? "real" : "10x dense");
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["vertices"] = double(assetFor(state.range(0)).vertices.size());
    state.counters["triangles"] = double(assetFor(state.range(0)).triangleCount());
}
BENCHMARK(BM_ParseAsset)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_BuildMeshesOnce(benchmark::State& state) {
    const GeoAsset& asset = assetFor(state.range(0));
    for (auto _ : state) {
        FillMesh fill = buildFillMesh(asset);
        LineMesh lines = buildOutlineMesh(asset);
        benchmark::DoNotOptimize(fill.vertices.data());
        benchmark::DoNotOptimize(lines.vertices.data());
    }
    state.SetLabel(state.range(0) == 0 ? "real" : "10x dense");
}
BENCHMARK(BM_BuildMeshesOnce)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// What a frame costs on the CPU: fills and outlines culled and listed; no vertex is touched.
void BM_VisibleRunsPerFrame(benchmark::State& state) {
    const GeoAsset& asset = assetFor(state.range(0));
    const FillMesh fill = buildFillMesh(asset);
    const LineMesh lines = buildOutlineMesh(asset);
    const WorldBox view = viewFor(state.range(1));
    std::vector<CountryRun> fillRuns, lineRuns;
    for (auto _ : state) {
        visibleCountryRuns(fill, asset, view, fillRuns);
        visibleCountryRuns(lines, asset, view, lineRuns);
        benchmark::DoNotOptimize(fillRuns.data());
        benchmark::DoNotOptimize(lineRuns.data());
    }
    setLabels(state);
    state.counters["runs"] = double(fillRuns.size() + lineRuns.size());
    std::uint64_t drawn = 0;
    for (const CountryRun& r : fillRuns) drawn += r.run.count;
    state.counters["fill_vertices_drawn"] = double(drawn);
}
BENCHMARK(BM_VisibleRunsPerFrame)->ArgsProduct({{0, 1}, {0, 1, 2}})->Unit(benchmark::kMicrosecond);

// Under callgrind (--collect-atstart=no): one dump per case. The map's per-frame model work
// (culling) depends on the view and the coastline, not on the content's events or places:
// those are drawn by the UI and counted per scene by tools/bench-frame.
int instructions() {
    auto dump = [](const char* name) {
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT(name);
    };
    const std::vector<std::uint8_t> bytes = encodeGeoAsset(world());
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    benchmark::DoNotOptimize(crc32(std::span(bytes).subspan(geo_format::kHeaderBytes)));
    dump("crc32 of the shipped asset's payload, once");
    CALLGRIND_TOGGLE_COLLECT;
    GeoAssetResult parsed = parseGeoAsset(bytes, "bench");
    dump("parse of the shipped asset, CRC included, once");
    benchmark::DoNotOptimize(parsed.asset.has_value());
    for (std::int64_t which : {0, 1}) {
        const GeoAsset& asset = assetFor(which);
        const FillMesh fill = buildFillMesh(asset);
        const LineMesh lines = buildOutlineMesh(asset);
        std::vector<CountryRun> fillRuns, lineRuns;
        for (std::int64_t v : {0, 1, 2}) {
            const WorldBox view = viewFor(v);
            CALLGRIND_TOGGLE_COLLECT;
            for (int i = 0; i < 100; ++i) {
                visibleCountryRuns(fill, asset, view, fillRuns);
                visibleCountryRuns(lines, asset, view, lineRuns);
            }
            char name[64];
            std::snprintf(name, sizeof name, "cull per frame x100, %s, view %d",
                          which == 0 ? "real" : "10x dense", int(v));
            dump(name);
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--instructions") return instructions();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
