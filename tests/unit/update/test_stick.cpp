// What USB sticks bring: litter, links, FAT's case-insensitive names, several packages, and
// being pulled out in the middle of a copy.
#include <doctest/doctest.h>

#include "kiosk/update/package_paths.h"
#include "kiosk/update/stick.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

TEST_CASE_FIXTURE(KioskFixture, "litter from macOS and Windows is ignored, and never copied") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    writeFile(pkg / ".DS_Store", "x");
    writeFile(pkg / "._events.json", "apple double");
    writeFile(pkg / "media/._dot.png", "apple double");
    writeFile(pkg / ".Trashes/501/old.json", "{}");
    writeFile(pkg / ".Spotlight-V100/store.db", "x");
    writeFile(pkg / ".fseventsd/0001", "x");
    writeFile(pkg / "System Volume Information/IndexerVolumeGuid", "x");
    UpdateResult result = updater.applyPackage(pkg);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(sameTree(updater.shown().contentDir, source(2)));
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a symbolic link in the package folder") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::path elsewhere = root.path() / "elsewhere.png";
    fs::copy_file(pkg / "media/dot.png", elsewhere);
    fs::remove(pkg / "media/dot.png");
    fs::create_symlink(elsewhere, pkg / "media/dot.png");  // same bytes, but a link
    checkRefused(updater.applyPackage(pkg), RefusalCode::SymlinkOnStick, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: manifest.json itself is a symbolic link") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::rename(pkg / kManifestName, root.path() / "real-manifest.json");
    fs::create_symlink(root.path() / "real-manifest.json", pkg / kManifestName);
    checkRefused(updater.applyPackage(pkg), RefusalCode::SymlinkOnStick, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: names on the stick that clash on FAT") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::copy_file(pkg / "tours.json", pkg / "Tours.json");
    checkRefused(updater.applyPackage(pkg), RefusalCode::NameClash, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "a name in another case is the same file, as on FAT") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::rename(pkg / "tours.json", pkg / "TOURS.JSON");
    UpdateResult result = updater.applyPackage(pkg);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(sameTree(updater.shown().contentDir, source(2)));  // stored as the manifest names it
}

TEST_CASE_FIXTURE(KioskFixture, "refused, staging cleaned: the stick fails to read mid-copy") {
    UpdaterConfig config = this->config();
    int reads = 0;
    config.copyHooks.beforeRead = [&](const std::string& name, std::uint64_t) {
        if (name != "events.json") return true;
        ++reads;
        return false;  // as EIO from a stick pulled out
    };
    Updater updater(config);
    checkRefused(updater.applyPackage(package(2)), RefusalCode::StickReadError, updater, "bundled");
    CHECK(reads > 0);
}

TEST_CASE_FIXTURE(KioskFixture, "refused, staging cleaned: files vanish mid-copy") {
    UpdaterConfig config = this->config();
    fs::path pkg = package(2);
    config.copyHooks.beforeRead = [&](const std::string& name, std::uint64_t) {
        if (name == "events.json") fs::remove(pkg / "tours.json");  // the stick is gone
        return true;
    };
    Updater updater(config);
    checkRefused(updater.applyPackage(pkg), RefusalCode::MissingFile, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused, staging cleaned: a file shrinks while copied") {
    UpdaterConfig config = this->config();
    fs::path pkg = package(2);
    config.copyHooks.beforeRead = [&](const std::string& name, std::uint64_t offset) {
        if (name == "events.json" && offset == 0) fs::resize_file(pkg / "events.json", 10);
        return true;
    };
    Updater updater(config);
    checkRefused(updater.applyPackage(pkg), RefusalCode::StickReadError, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused, staging cleaned: a file grows while copied") {
    UpdaterConfig config = this->config();
    fs::path pkg = package(2);
    config.copyHooks.beforeRead = [&](const std::string& name, std::uint64_t offset) {
        if (name == "events.json" && offset == 0)
            writeFile(pkg / "events.json", readFile(pkg / "events.json") + "more");
        return true;
    };
    Updater updater(config);
    checkRefused(updater.applyPackage(pkg), RefusalCode::StickReadError, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "the scanner finds a package at the root or in a folder") {
    fs::path inFolder = package(2).parent_path();
    StickScan scan = StickScanner(inFolder).scan();
    REQUIRE(scan.packages.size() == 1);
    CHECK(scan.packages[0] == inFolder / "exhibit-content");
    StickScan atRoot = StickScanner(inFolder / "exhibit-content").scan();
    REQUIRE(atRoot.packages.size() == 1);
    CHECK(atRoot.packages[0] == inFolder / "exhibit-content");
    fs::create_directories(inFolder / "linked");
    fs::create_directory_symlink(inFolder / "exhibit-content", inFolder / "link-to-package");
    CHECK(StickScanner(inFolder).scan().packages.size() == 1);  // links are not followed
}

TEST_CASE_FIXTURE(KioskFixture, "applyStick installs the one package, and refuses none or two") {
    Updater updater = this->updater();
    fs::path empty = newStick();
    writeFile(empty / ".DS_Store", "x");
    checkRefused(updater.applyStick(empty), RefusalCode::NoPackage, updater, "bundled");
    fs::path stick = package(2).parent_path();
    fs::copy(stick / "exhibit-content", stick / "second", fs::copy_options::recursive);
    checkRefused(updater.applyStick(stick), RefusalCode::SeveralPackages, updater, "bundled");
    fs::remove_all(stick / "second");
    UpdateResult result = updater.applyStick(stick);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(updater.shown().version == 2);
}

}  // namespace kiosk::update::testing
