// The Updater: a signed package installed atomically, and each reason to refuse one.
#include <doctest/doctest.h>

#include <chrono>

#include "kiosk/update/package_paths.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

TEST_CASE_FIXTURE(KioskFixture, "happy path: a signed package is installed and shown") {
    Updater updater = this->updater();
    updater.recover();
    CHECK(shownName(updater) == "bundled");
    UpdateResult result = updater.applyPackage(package(2));
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(result.outcome == UpdateResult::Outcome::Installed);
    CHECK(result.fromVersion == 1);
    CHECK(result.toVersion == 2);
    CHECK(result.trustedComment == "package for the update tests");
    CHECK(result.keyId == keyIdHex(key.publicKey().keyId));
    ShownContent shown = updater.shown();
    CHECK(shown.source == ContentSource::Installed);
    CHECK(shown.version == 2);
    CHECK(sameTree(shown.contentDir, source(2)));
    CHECK(fs::is_symlink(data / "current"));
    CHECK(fs::read_symlink(data / "current") == fs::path("versions") / shown.versionName);
    CHECK(stagingLeftovers().empty());
    std::vector<std::string> history = updater.history().lastLines(5);
    REQUIRE_FALSE(history.empty());
    CHECK(history.back().find("\"installed\"") != std::string::npos);
}

TEST_CASE_FIXTURE(KioskFixture, "the previous version is kept and older ones pruned (keep 2)") {
    Updater updater = this->updater();
    CHECK_FALSE(updater.previousVersion());  // nothing installed: nothing to go back to
    install(updater, 2);
    CHECK(updater.previousVersion() == 1);  // the bundled content (the fixture's version 1)
    install(updater, 3);
    CHECK(updater.previousVersion() == 2);
    install(updater, 4);
    CHECK(updater.previousVersion() == 3);
    std::vector<std::string> kept = listFolder(data / "versions");
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].starts_with("3-"));
    CHECK(kept[1].starts_with("4-"));
}

TEST_CASE_FIXTURE(KioskFixture, "refused: no signature") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::remove(pkg / kSignatureName);
    checkRefused(updater.applyPackage(pkg), RefusalCode::NotSigned, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: bad signature (manifest changed after signing)") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    patchFile(pkg / kManifestName, "\"version\": 2", "\"version\": 3");
    checkRefused(updater.applyPackage(pkg), RefusalCode::BadSignature, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: unknown key") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    KeyPair stranger = makeKeyPair(root.path() / "stranger");
    sign(stranger, pkg / kManifestName, "not the museum");
    checkRefused(updater.applyPackage(pkg), RefusalCode::UnknownKey, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: edited trusted comment") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    patchFile(pkg / kSignatureName, "trusted comment: package", "trusted comment: PACKAGE");
    checkRefused(updater.applyPackage(pkg), RefusalCode::BadTrustedComment, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a signed manifest that does not parse") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    writeFile(pkg / kManifestName, "{\"format\": 1, \"files\": [");
    sign(key, pkg / kManifestName, "broken");
    checkRefused(updater.applyPackage(pkg), RefusalCode::ManifestUnreadable, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a listed file is missing") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    fs::remove(pkg / "media/dot.png");
    checkRefused(updater.applyPackage(pkg), RefusalCode::MissingFile, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a file's size differs from the manifest") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    writeFile(pkg / "tours.json", readFile(pkg / "tours.json") + " ");
    checkRefused(updater.applyPackage(pkg), RefusalCode::SizeMismatch, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a file's hash differs from the manifest") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    std::string events = readFile(pkg / "events.json");
    events[events.size() / 2] ^= 0x20;  // same size, one bit
    writeFile(pkg / "events.json", events);
    checkRefused(updater.applyPackage(pkg), RefusalCode::HashMismatch, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a file on the stick that the manifest does not list") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    writeFile(pkg / "media/extra.json", "{}");
    checkRefused(updater.applyPackage(pkg), RefusalCode::UnlistedFile, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a path with \"..\" or an absolute path") {
    Updater updater = this->updater();
    fs::path dotdot = package(2);
    editAndResign(dotdot, key, "\"path\": \"tours.json\"", "\"path\": \"../tours.json\"");
    checkRefused(updater.applyPackage(dotdot), RefusalCode::UnsafePath, updater, "bundled");
    fs::path absolute = package(2);
    editAndResign(absolute, key, "\"path\": \"tours.json\"", "\"path\": \"/tmp/tours.json\"");
    checkRefused(updater.applyPackage(absolute), RefusalCode::UnsafePath, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: invalid content, with its first problems") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    std::string events = readFile(pkg / "events.json");
    replaceAndResign(pkg, "events.json", events.substr(0, events.size() / 2));
    UpdateResult result = updater.applyPackage(pkg);
    checkRefused(result, RefusalCode::InvalidContent, updater, "bundled");
    REQUIRE_FALSE(result.contentProblems.empty());
    CHECK(result.contentProblems.front().starts_with("events.json:"));
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a signed picture whose header is fine but data is cut") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    std::string dot = readFile(pkg / "media/dot.png");
    replaceAndResign(pkg, "media/dot.png", dot.substr(0, 45));  // IHDR whole, IDAT cut short
    UpdateResult result = updater.applyPackage(pkg);
    checkRefused(result, RefusalCode::InvalidContent, updater, "bundled");
    REQUIRE_FALSE(result.contentProblems.empty());
    const std::string& problem = result.contentProblems.front();
    CHECK(problem.starts_with("media.json:5:15: error: /media/0/file: "));
    CHECK(problem.find("\"media/dot.png\": the PNG file ends early") != std::string::npos);
}

TEST_CASE_FIXTURE(KioskFixture, "refused: manifest version differs from exhibit.json's") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    editAndResign(pkg, key, "\"version\": 2", "\"version\": 5");
    checkRefused(updater.applyPackage(pkg), RefusalCode::VersionMismatch, updater, "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a version not newer than the one shown") {
    Updater updater = this->updater();
    install(updater, 3);
    std::string shown = shownName(updater);
    checkRefused(updater.applyPackage(package(3)), RefusalCode::NotNewer, updater, shown);
    checkRefused(updater.applyPackage(package(2)), RefusalCode::NotNewer, updater, shown);
    CHECK(sameTree(updater.shown().contentDir, source(3)));
}

TEST_CASE_FIXTURE(KioskFixture, "refused: a package for another exhibit") {
    Updater updater = this->updater();
    PackOptions options;
    options.exhibitId = "another-exhibit";
    checkRefused(updater.applyPackage(package(2, options)), RefusalCode::WrongExhibit, updater,
                 "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "refused quickly: a signed manifest claiming a 4 GB file") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    std::string dot = "\"path\": \"media/dot.png\", \"size\": ";
    std::string size = std::to_string(fs::file_size(pkg / "media/dot.png"));
    editAndResign(pkg, key, dot + size, dot + "4294967296");
    auto start = std::chrono::steady_clock::now();
    checkRefused(updater.applyPackage(pkg), RefusalCode::TooLarge, updater, "bundled");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE_FIXTURE(KioskFixture, "refusals leave the installed content byte for byte as it was") {
    Updater updater = this->updater();
    install(updater, 2);
    std::string shown = shownName(updater);
    fs::path pkg = package(3);
    fs::remove(pkg / kSignatureName);
    checkRefused(updater.applyPackage(pkg), RefusalCode::NotSigned, updater, shown);
    CHECK(sameTree(updater.shown().contentDir, source(2)));
}

}  // namespace kiosk::update::testing
