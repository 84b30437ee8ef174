// bench_timeline: the timeline's per-frame model work (events in view -> lane points ->
// clusters) on 10,000 SYNTHETIC events, from the whole story down to a single week. The cost
// should follow the events in view, not the events in the content.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "kiosk/content/load.h"
#include "kiosk/timeline/clusters.h"
#include "kiosk/timeline/lane_layout.h"
#include "synthetic_content.h"

namespace {

namespace fs = std::filesystem;

const kiosk::content::Library& library() {
    static std::shared_ptr<const kiosk::content::Library> lib = [] {
        fs::path dir = fs::temp_directory_path() / "kiosk-bench-timeline";
        fs::remove_all(dir);
        kiosk::testing::writeSyntheticContent(dir, {});
        auto result = kiosk::content::loadContent(dir, {});
        fs::remove_all(dir);
        return result.library;
    }();
    return *lib;
}

// range(0): days in view, centred in the content's time span.
void BM_TimelineFrame(benchmark::State& state) {
    const auto& lib = library();
    double first = double(lib.events().front().when.firstDay());
    double last = double(lib.events().back().when.lastDay());
    double span = std::min(double(state.range(0)), last - first);
    kiosk::timeline::TimeView view;
    view.setViewport({0, 0, 1100, 600});
    view.setBounds(first, last);
    view.setRange((first + last - span) / 2, (first + last + span) / 2);
    std::size_t visible = 0, items = 0;
    for (auto _ : state) {
        auto points =
            kiosk::timeline::visibleLanePoints(lib, view, 11, [](std::size_t) { return true; });
        auto clustered = kiosk::timeline::clusterLanes(points, 28);
        visible = points.size();
        items = clustered.size();
        benchmark::DoNotOptimize(clustered);
    }
    state.counters["events_in_content"] = double(lib.events().size());
    state.counters["events_in_view"] = double(visible);
    state.counters["items_drawn"] = double(items);
}
BENCHMARK(BM_TimelineFrame)
    ->Arg(7)
    ->Arg(31)
    ->Arg(365)
    ->Arg(3650)
    ->Arg(100000)
    ->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
