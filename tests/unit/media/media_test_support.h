#pragma once
// Shared helpers for the media tests: a gate that holds a fake decoder, synthetic pictures,
// real PNG files and waiting for the loader without sleeping in the code under test.
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>

#include "kiosk/media/image_loader.h"
#include "tests/unit/support/temp_files.h"

namespace kiosk::media::testing {

// Holds every decode that calls pass() until open() is called; counts who came through.
class Gate {
  public:
    void pass();
    void open();
    // Waits (at most a few seconds, so a bug fails instead of hanging) until `count` decodes
    // have reached the gate.
    bool waitForArrivals(int count);
    int arrivals() const;

  private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = false;
    int arrivals_ = 0;
};

using PixelFunction = std::function<std::uint32_t(int x, int y)>;  // 0xRRGGBBAA

// A decoded picture whose pixel (x, y) is pixelAt(x, y).
DecodeResult syntheticImage(int width, int height, const PixelFunction& pixelAt);
// The pixel at (x, y) as 0xRRGGBBAA.
std::uint32_t pixel(const DecodeResult& image, int x, int y);

// Polls, with a deadline of a few seconds, until the loader has nothing pending.
bool waitUntilIdle(const ImageLoader& loader);

// A fresh temporary folder, removed with everything in it at scope exit.
using TempDir = test_support::TempDataDir;

void writeFile(const std::filesystem::path& path, const std::string& bytes);
// A real, valid 8-bit RGBA PNG file (stored deflate blocks, so no zlib needed).
std::string makePng(int width, int height, const PixelFunction& pixelAt);
// The same as Apple's "CgBI" iPhone PNG: a CgBI chunk first, pixels stored BGRA, and the image
// data raw deflate, without zlib's header and checksum.
std::string makeCgbiPng(int width, int height, const PixelFunction& pixelAt);

}  // namespace kiosk::media::testing
