#pragma once
// Synthetic content for benchmarks and load tests. Every visitor-facing text is plainly marked
// "SYNTHETIC" so that it can never be mistaken for, or shipped as, the exhibit's real story.
#include <cstdint>
#include <filesystem>

namespace kiosk::testing {

struct SyntheticOptions {
    int events = 10'000;
    int actors = 500;
    int places = 1'000;
    int sources = 2'000;
    int tracks = 6;
    int tourStops = 20;
    std::uint32_t seed = 1;
};

// Writes a complete, valid content folder (no pictures) into `folder`, creating it.
void writeSyntheticContent(const std::filesystem::path& folder, const SyntheticOptions& options);

}  // namespace kiosk::testing
