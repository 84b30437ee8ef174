// bench_timeline: the timeline's per-frame model work (events in view -> lane points ->
// clusters) on the bundled content (36 events) and on 1,000 and 10,000 SYNTHETIC events, from
// the whole story down to a single week. Through the lane index (sorted once per content and
// filter), a frame costs what is in view, and nothing while the view holds still.
//   bench_timeline [google benchmark flags]   times (no assertion on them)
//   valgrind --tool=callgrind --collect-atstart=no bench_timeline --instructions
//       instructions per frame, one callgrind dump per case (see tools/bench-frame for the app)
#include <benchmark/benchmark.h>
#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>

#include "kiosk/content/load.h"
#include "kiosk/timeline/clusters.h"
#include "kiosk/timeline/lane_layout.h"
#include "synthetic_content.h"

namespace {

namespace fs = std::filesystem;

// events: 36 is the bundled content; other sizes are synthetic.
const kiosk::content::Library& library(int events) {
    static std::map<int, std::shared_ptr<const kiosk::content::Library>> loaded;
    auto& lib = loaded[events];
    if (lib) return *lib;
    if (events == 36) {
        lib = kiosk::content::loadContent(fs::path(KIOSK_SOURCE_DIR) / "content", {}).library;
    } else {
        fs::path dir = fs::temp_directory_path() / "kiosk-bench-timeline";
        fs::remove_all(dir);
        kiosk::testing::SyntheticOptions options;
        options.events = events;
        kiosk::testing::writeSyntheticContent(dir, options);
        lib = kiosk::content::loadContent(dir, {}).library;
        fs::remove_all(dir);
    }
    if (!lib) {
        std::fprintf(stderr, "bench_timeline: content of %d events did not load\n", events);
        std::exit(1);
    }
    return *lib;
}

// `span` days in view (capped at the whole story), centred in the content's time span.
kiosk::timeline::TimeView viewOf(const kiosk::content::Library& lib, double span) {
    double first = double(lib.events().front().when.firstDay());
    double last = double(lib.events().back().when.lastDay());
    span = std::min(span, last - first);
    kiosk::timeline::TimeView view;
    view.setViewport({0, 0, 1100, 600});
    view.setBounds(first, last);
    view.setRange((first + last - span) / 2, (first + last + span) / 2);
    return view;
}

// One frame: moving says whether the view moved since the last (a zoom in or out by 0.1%).
std::size_t frame(kiosk::timeline::LaneIndex& index, const kiosk::content::Library& lib,
                  kiosk::timeline::TimeView& view, bool moving, bool& flip) {
    if (moving) view.zoomAbout(550, (flip = !flip) ? 1.001 : 1 / 1.001);
    index.update(lib, "", [](std::size_t) { return true; });
    return index.clustered(view, 11, 28, SIZE_MAX).size();
}

// range(0): events in the content; range(1): days in view; range(2): 1 if the view moves.
void BM_TimelineFrame(benchmark::State& state) {
    const auto& lib = library(int(state.range(0)));
    auto view = viewOf(lib, double(state.range(1)));
    kiosk::timeline::LaneIndex index;
    bool flip = false;
    std::size_t items = 0;
    for (auto _ : state) {
        items = frame(index, lib, view, state.range(2) != 0, flip);
        benchmark::DoNotOptimize(items);
    }
    state.counters["events_in_content"] = double(lib.events().size());
    state.counters["events_in_view"] = double(index.visible(view, 11, SIZE_MAX).size());
    state.counters["items_drawn"] = double(items);
}
BENCHMARK(BM_TimelineFrame)
    ->ArgsProduct({{36, 1000, 10000}, {31, 365, 100000}, {0, 1}})
    ->Unit(benchmark::kMicrosecond);

// Under callgrind: 100 frames per case, each case's count dumped under its name.
int instructions() {
    constexpr int kFrames = 100;
    for (int events : {36, 1000, 10000})
        for (int moving : {0, 1}) {
            const auto& lib = library(events);
            auto view = viewOf(lib, 100000);  // the whole story, as at home
            kiosk::timeline::LaneIndex index;
            bool flip = false;
            frame(index, lib, view, moving, flip);  // the index is built once per content
            CALLGRIND_ZERO_STATS;
            CALLGRIND_TOGGLE_COLLECT;
            for (int i = 0; i < kFrames; ++i) frame(index, lib, view, moving, flip);
            CALLGRIND_TOGGLE_COLLECT;
            char name[80];
            std::snprintf(name, sizeof name, "index events=%d moving=%d frames=%d", events, moving,
                          kFrames);
            CALLGRIND_DUMP_STATS_AT(name);
            // The way before the index: every frame sorts the points in view and clusters them.
            CALLGRIND_TOGGLE_COLLECT;
            for (int i = 0; i < kFrames; ++i) {
                if (moving) view.zoomAbout(550, (flip = !flip) ? 1.001 : 1 / 1.001);
                auto points = kiosk::timeline::visibleLanePoints(lib, view, 11,
                                                                 [](std::size_t) { return true; });
                benchmark::DoNotOptimize(kiosk::timeline::clusterLanes(points, 28));
            }
            CALLGRIND_TOGGLE_COLLECT;
            std::snprintf(name, sizeof name, "sort-per-frame events=%d moving=%d frames=%d", events,
                          moving, kFrames);
            CALLGRIND_DUMP_STATS_AT(name);
        }
    if (!RUNNING_ON_VALGRIND)
        std::puts(
            "bench_timeline --instructions: run it under valgrind --tool=callgrind "
            "--collect-atstart=no");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--instructions") == 0) return instructions();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
