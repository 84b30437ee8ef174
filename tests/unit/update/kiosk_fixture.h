#pragma once
// A kiosk's data folder, its bundled content (version 1), a trusted key and a USB stick, all
// in one temporary folder, for the Updater tests.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "kiosk/core/clock.h"
#include "kiosk/update/updater.h"
#include "update_test_support.h"

namespace kiosk::update::testing {

class KioskFixture {
  public:
    KioskFixture();

    UpdaterConfig config() const;
    Updater updater() const { return Updater(config()); }

    // A signed package of content `version` in a fresh stick folder; returns the package folder.
    std::filesystem::path package(std::int64_t version, PackOptions options = {});
    // A fresh, empty stick (the mount root).
    std::filesystem::path newStick();
    // The content folder of version `version` as packed (for byte comparisons).
    std::filesystem::path source(std::int64_t version) const;
    // Installs `version` and checks that it worked.
    void install(Updater& updater, std::int64_t version);

    // Replaces a file in a signed package, updates its manifest entry and signs again.
    void replaceAndResign(const std::filesystem::path& package, const std::string& path,
                          const std::string& bytes);

    // Refused with `code`, the content shown unchanged and no staging left behind.
    void checkRefused(const UpdateResult& result, RefusalCode code, const Updater& updater,
                      const std::string& shownBefore);

    std::string stagingLeftovers() const;  // names in data/staging, joined

    TempDir root;
    KeyPair key;
    std::filesystem::path data, bundled;
    ManualClock clock{1'795'000'000'000};

  private:
    int sticks_ = 0;
};

// The version folder name shown, or "bundled".
std::string shownName(const Updater& updater);

}  // namespace kiosk::update::testing
