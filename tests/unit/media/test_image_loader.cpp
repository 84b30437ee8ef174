#include <doctest/doctest.h>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>

#include "kiosk/media/image_loader.h"
#include "media_test_support.h"

using namespace kiosk::media;
using namespace kiosk::media::testing;

namespace {

DecodeResult tinyImage() {
    return syntheticImage(2, 2, [](int, int) { return 0x336699FFu; });
}

// A fake decoder that records which paths it decoded, in order, after passing the gate.
struct RecordingDecoder {
    Gate gate;
    std::mutex mutex;
    std::vector<std::string> decoded;

    DecodeFunction function() {
        return [this](const std::string& path) {
            gate.pass();
            std::lock_guard lock(mutex);
            decoded.push_back(path);
            return tinyImage();
        };
    }
    std::vector<std::string> paths() {
        std::lock_guard lock(mutex);
        return decoded;
    }
};

std::vector<std::string> pathsOf(const std::vector<Finished>& finished) {
    std::vector<std::string> paths;
    for (const Finished& done : finished) paths.push_back(done.path);
    return paths;
}

}  // namespace

TEST_CASE("pictures decode on the worker thread, not the caller's") {
    std::atomic<std::thread::id> decodedOn{};
    std::atomic<std::thread::id> notifiedOn{};
    ImageLoader loader(1024, [&](const std::string&) {
        decodedOn = std::this_thread::get_id();
        return tinyImage();
    });
    loader.setOnFinished([&] { notifiedOn = std::this_thread::get_id(); });
    loader.request("a.png");
    REQUIRE(waitUntilIdle(loader));
    std::vector<Finished> finished = loader.takeFinished();
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].path == "a.png");
    CHECK(finished[0].image.ok);
    CHECK(decodedOn.load() != std::thread::id{});
    CHECK(decodedOn.load() != std::this_thread::get_id());
    CHECK(notifiedOn.load() == decodedOn.load());
}

TEST_CASE("a burst of 100 requests returns while a decode is stuck") {
    RecordingDecoder decoder;
    ImageLoader loader(1024, decoder.function());
    int returned = 0;
    for (int i = 0; i < 100; ++i) {
        loader.request("p" + std::to_string(i) + ".png");
        ++returned;
    }
    CHECK(returned == 100);
    REQUIRE(decoder.gate.waitForArrivals(1));
    CHECK(decoder.gate.arrivals() == 1);  // the worker is still held: nobody waited for it
    CHECK(loader.pending());
    CHECK(loader.takeFinished().empty());
    decoder.gate.open();
    REQUIRE(waitUntilIdle(loader));
    CHECK(loader.takeFinished().size() == decoder.paths().size());
    CHECK(decoder.paths().size() <= 1 + ImageLoader::kMaxQueued);
}

TEST_CASE("a full queue drops its oldest waiting request") {
    RecordingDecoder decoder;
    ImageLoader loader(1024, decoder.function());
    loader.request("first.png");
    REQUIRE(decoder.gate.waitForArrivals(1));  // "first" is being decoded, not waiting
    const int extra = 8;
    for (int i = 0; i < int(ImageLoader::kMaxQueued) + extra; ++i)
        loader.request("p" + std::to_string(i) + ".png");
    decoder.gate.open();
    REQUIRE(waitUntilIdle(loader));

    std::vector<std::string> expected = {"first.png"};
    for (int i = extra; i < int(ImageLoader::kMaxQueued) + extra; ++i)
        expected.push_back("p" + std::to_string(i) + ".png");
    CHECK(pathsOf(loader.takeFinished()) == expected);
    CHECK(decoder.paths() == expected);
}

TEST_CASE("requests are idempotent until the result is taken") {
    RecordingDecoder decoder;
    ImageLoader loader(1024, decoder.function());
    loader.request("a.png");
    REQUIRE(decoder.gate.waitForArrivals(1));
    loader.request("a.png");  // being decoded
    loader.request("b.png");
    loader.request("b.png");  // waiting
    decoder.gate.open();
    REQUIRE(waitUntilIdle(loader));
    loader.request("b.png");  // finished, not yet taken
    CHECK_FALSE(loader.pending());
    CHECK(pathsOf(loader.takeFinished()) == std::vector<std::string>{"a.png", "b.png"});

    loader.request("a.png");  // taken, so the UI wants it again (e.g. its texture was evicted)
    REQUIRE(waitUntilIdle(loader));
    CHECK(pathsOf(loader.takeFinished()) == std::vector<std::string>{"a.png"});
    CHECK(decoder.paths() == std::vector<std::string>{"a.png", "b.png", "a.png"});
}

TEST_CASE("the loader downscales on the worker to the maximum side") {
    ImageLoader loader(1024, [](const std::string&) {
        return syntheticImage(4000, 3000, [](int, int) { return 0x204080FFu; });
    });
    loader.request("camera.jpg");
    REQUIRE(waitUntilIdle(loader));
    std::vector<Finished> finished = loader.takeFinished();
    REQUIRE(finished.size() == 1);
    REQUIRE(finished[0].image.ok);
    CHECK(finished[0].image.width == 1024);
    CHECK(finished[0].image.height == 768);
    CHECK(pixel(finished[0].image, 1023, 767) == 0x204080FFu);
}

TEST_CASE("real PNG files decode, and damaged or missing ones come back as errors") {
    TempDir dir;
    // Columns: red, red, blue, blue (2 rows); shrunk to 2 x 1 it is exactly red, blue.
    writeFile(dir.path() / "tiny.png",
              makePng(4, 2, [](int x, int) { return x < 2 ? 0xFF0000FFu : 0x0000FFFFu; }));
    writeFile(dir.path() / "corrupt.png", std::string("\x89PNG\r\n\x1a\n", 8) + "not a picture");
    ImageLoader loader(2);  // the default decoder: content::decodePictureFile
    for (const char* name : {"tiny.png", "corrupt.png", "missing.png"})
        loader.request((dir.path() / name).string());
    REQUIRE(waitUntilIdle(loader));
    std::vector<Finished> finished = loader.takeFinished();
    REQUIRE(finished.size() == 3);

    const DecodeResult& tiny = finished[0].image;
    REQUIRE(tiny.ok);
    REQUIRE(tiny.width == 2);
    REQUIRE(tiny.height == 1);
    CHECK(pixel(tiny, 0, 0) == 0xFF0000FFu);
    CHECK(pixel(tiny, 1, 0) == 0x0000FFFFu);

    CHECK_FALSE(finished[1].image.ok);
    CHECK(finished[1].image.rgba.empty());
    CHECK(finished[1].image.error.find("damaged") != std::string::npos);
    CHECK_FALSE(finished[2].image.ok);
    CHECK(finished[2].image.error == "the file does not exist");
}

TEST_CASE("the default decoder refuses what cannot be shown as meant, with the reason") {
    TempDir dir;
    const PixelFunction red = [](int, int) { return 0xFF0000FFu; };
    std::string badCrc = makePng(4, 2, red);
    badCrc[badCrc.size() - 13] ^= 0x01;  // the IDAT chunk's CRC, just before IEND
    writeFile(dir.path() / "bad-crc.png", badCrc);
    writeFile(dir.path() / "iphone.png", makeCgbiPng(4, 2, red));  // stb showed it blue
    ImageLoader loader(64);
    loader.request((dir.path() / "bad-crc.png").string());
    loader.request((dir.path() / "iphone.png").string());
    REQUIRE(waitUntilIdle(loader));
    std::vector<Finished> finished = loader.takeFinished();
    REQUIRE(finished.size() == 2);
    CHECK_FALSE(finished[0].image.ok);
    CHECK(finished[0].image.error.find("IDAT chunk's checksum (CRC) is wrong") !=
          std::string::npos);
    CHECK_FALSE(finished[1].image.ok);
    CHECK(finished[1].image.error.find("Apple iPhone PNG") != std::string::npos);
}

TEST_CASE("a decoder that throws gives an error, and the worker keeps going") {
    ImageLoader loader(64, [](const std::string& path) {
        if (path == "bad") throw std::runtime_error("out of memory");
        return tinyImage();
    });
    loader.request("bad");
    loader.request("good");
    REQUIRE(waitUntilIdle(loader));
    std::vector<Finished> finished = loader.takeFinished();
    REQUIRE(finished.size() == 2);
    CHECK_FALSE(finished[0].image.ok);
    CHECK(finished[0].image.error == "the picture could not be decoded (out of memory)");
    CHECK(finished[1].image.ok);
}

TEST_CASE("cancelAll forgets waiting work and the result of the decode in progress") {
    RecordingDecoder decoder;
    ImageLoader loader(1024, decoder.function());
    loader.request("a.png");
    REQUIRE(decoder.gate.waitForArrivals(1));
    loader.request("b.png");
    loader.request("c.png");
    loader.cancelAll();
    CHECK_FALSE(loader.pending());
    decoder.gate.open();
    loader.request("d.png");
    REQUIRE(waitUntilIdle(loader));
    CHECK(pathsOf(loader.takeFinished()) == std::vector<std::string>{"d.png"});
    CHECK(decoder.paths() == std::vector<std::string>{"a.png", "d.png"});
}

TEST_CASE("the finished callback runs once per result and can be replaced") {
    std::atomic<int> first{0}, second{0};
    ImageLoader loader(64, [](const std::string&) { return tinyImage(); });
    loader.setOnFinished([&] { ++first; });
    loader.request("a");
    loader.request("b");
    REQUIRE(waitUntilIdle(loader));
    loader.setOnFinished([&] { ++second; });
    loader.request("c");
    REQUIRE(waitUntilIdle(loader));
    CHECK(first == 2);
    CHECK(second == 1);
    CHECK(loader.takeFinished().size() == 3);
}

TEST_CASE("destroying a loader with work in progress and waiting joins cleanly") {
    RecordingDecoder decoder;
    std::atomic<int> started{0}, returned{0};
    auto decode = decoder.function();
    auto loader = std::make_unique<ImageLoader>(64, [&](const std::string& path) {
        ++started;
        DecodeResult image = decode(path);
        ++returned;
        return image;
    });
    auto results = std::make_shared<std::atomic<int>>(0);
    loader->setOnFinished([results] { ++*results; });
    for (int i = 0; i < 10; ++i) loader->request("p" + std::to_string(i));
    REQUIRE(decoder.gate.waitForArrivals(1));

    std::thread opener([&] { decoder.gate.open(); });
    loader.reset();  // must wait for the decode in progress, then stop
    opener.join();
    CHECK(started >= 1);
    CHECK(returned == started.load());  // joined: no decode still runs after destruction
    CHECK(*results <= started.load());
}
