// bench_content: loading and querying 10,000 SYNTHETIC events, generated once into a temp dir.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/content/bounded_json.h"
#include "kiosk/content/load.h"
#include "synthetic_content.h"

namespace {

namespace fs = std::filesystem;
using namespace kiosk::content;

// The generated folder, made on first use and removed at exit.
class SyntheticFolder {
  public:
    SyntheticFolder() : path_(fs::temp_directory_path() / "kiosk-bench-content") {
        fs::remove_all(path_);
        kiosk::testing::writeSyntheticContent(path_, {});
    }
    ~SyntheticFolder() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

const fs::path& folder() {
    static SyntheticFolder synthetic;
    return synthetic.path();
}

void BM_LoadContent(benchmark::State& state) {
    LoadOptions options;
    options.checkImages = state.range(0) != 0;
    for (auto _ : state) {
        LoadResult result = loadContent(folder(), options);
        if (!result.ok()) {
            state.SkipWithError(result.firstError()->format().c_str());
            return;
        }
        benchmark::DoNotOptimize(result.library);
    }
    state.counters["events"] = double(loadContent(folder(), options).found.events);
}
BENCHMARK(BM_LoadContent)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_ParseEventsJson(benchmark::State& state) {
    std::ifstream in(folder() / "events.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string events = text.str();
    for (auto _ : state) benchmark::DoNotOptimize(parseBoundedJson(events).ok);
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(events.size()));
}
BENCHMARK(BM_ParseEventsJson)->Unit(benchmark::kMillisecond);

void BM_EventsOverlappingAMonth(benchmark::State& state) {
    auto library = loadContent(folder()).library;
    if (!library) {
        state.SkipWithError("synthetic content did not load");
        return;
    }
    std::int64_t day = library->events().front().when.firstDay();
    std::size_t found = 0;
    for (auto _ : state) {
        found = library->eventsOverlapping(day, day + 30).size();
        day = (day + 37) % 2500 + library->events().front().when.firstDay();
    }
    state.counters["found"] = double(found);
}
BENCHMARK(BM_EventsOverlappingAMonth);

}  // namespace

BENCHMARK_MAIN();
