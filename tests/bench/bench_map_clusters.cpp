// Marker clustering's cost (issue 14): computed once when the zoom, the map's width or the
// filter changes, and reused by every other frame. Measured on the bundled places at the
// home zoom and on 10k places (worldwide plus a dense town) from the world view to city
// level; the cache-hit case is what a frame that only pans, or redraws, pays.
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include "kiosk/map/clusters.h"

using namespace kiosk::map;

namespace {

constexpr double kFinger = 48;      // 9 mm on the 7" panel, layout.minTargetPx
constexpr double kMapWidth = 1100;  // px: the 1920x1080 layout's map at zoom 1

std::vector<MarkerInput> bundled() {
    std::ifstream in(std::filesystem::path(KIOSK_SOURCE_DIR) / "content/places.json");
    auto j = nlohmann::json::parse(in);
    std::vector<MarkerInput> out;
    for (const auto& p : j["places"])
        out.push_back({toWorld({p["lat"].get<double>(), p["lon"].get<double>()}), int(out.size()),
                       1 + int(out.size()) % 5});
    return out;
}

std::vector<MarkerInput> tenThousand() {
    std::mt19937 rng(14);
    std::uniform_real_distribution<double> lat(-60, 70), lon(-180, 180);
    std::vector<MarkerInput> out;
    for (int i = 0; i < 9500; ++i) out.push_back({toWorld({lat(rng), lon(rng)}), i, 1 + i % 7});
    for (int i = 0; i < 500; ++i)  // a dense town: 500 places a few hundred metres apart
        out.push_back({toWorld({31.78 + 0.003 * (i % 10), 35.22 + 0.003 * (i / 10)}), 9500 + i, 1});
    return out;
}

double scaleAt(double zoom) {
    return kMapWidth * std::pow(2.0, zoom - 1);
}

void BM_ClusterBundled(benchmark::State& state) {
    auto places = bundled();
    double zoom = double(state.range(0)) / 10;
    size_t groups = 0;
    for (auto _ : state) {
        auto g = clusterMarkers(places, scaleAt(zoom), kFinger);
        groups = g.size();
        benchmark::DoNotOptimize(g.data());
    }
    state.counters["places"] = double(places.size());
    state.counters["markers"] = double(groups);
}
BENCHMARK(BM_ClusterBundled)->Arg(35)->Arg(60)->Unit(benchmark::kMicrosecond);

void BM_Cluster10k(benchmark::State& state) {
    static const auto places = tenThousand();
    double zoom = double(state.range(0)) / 10;
    size_t groups = 0;
    for (auto _ : state) {
        auto g = clusterMarkers(places, scaleAt(zoom), kFinger);
        groups = g.size();
        benchmark::DoNotOptimize(g.data());
    }
    state.counters["places"] = double(places.size());
    state.counters["markers"] = double(groups);
}
BENCHMARK(BM_Cluster10k)->Arg(10)->Arg(35)->Arg(60)->Arg(110)->Unit(benchmark::kMillisecond);

// A frame whose key did not change: the cache answers without clustering.
void BM_CacheHit10k(benchmark::State& state) {
    static const auto places = tenThousand();
    MarkerClusters cache;
    MarkerClusters::Key key{scaleAt(3.5), kFinger, &places, ""};
    auto fill = [](std::vector<MarkerInput>& in) { in = places; };
    cache.groups(key, fill);
    for (auto _ : state) benchmark::DoNotOptimize(cache.groups(key, fill).data());
    state.counters["builds"] = double(cache.builds());
}
BENCHMARK(BM_CacheHit10k)->Unit(benchmark::kNanosecond);

}  // namespace

BENCHMARK_MAIN();
