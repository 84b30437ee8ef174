#include "kiosk_fixture.h"

#include "kiosk/update/package_paths.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

KioskFixture::KioskFixture()
    : key(makeKeyPair(root.path() / "keys")),
      data(root.path() / "data"),
      bundled(root.path() / "bundled") {
    writeContent(bundled, 1);
}

UpdaterConfig KioskFixture::config() const {
    UpdaterConfig config;
    config.dataDir = data;
    config.trustedKeys = {key.publicKey()};
    config.bundledContentDir = bundled;
    config.bundledVersion = 1;
    config.clock = &clock;
    return config;
}

fs::path KioskFixture::source(std::int64_t version) const {
    return root.path() / "sources" / std::to_string(version);
}

fs::path KioskFixture::newStick() {
    fs::path stick = root.path() / ("stick-" + std::to_string(++sticks_));
    fs::create_directories(stick);
    return stick;
}

fs::path KioskFixture::package(std::int64_t version, PackOptions options) {
    if (!fs::exists(source(version))) writeContent(source(version), version);
    fs::path package = newStick() / "exhibit-content";
    makeSignedPackage(source(version), package, key, options);
    return package;
}

void KioskFixture::install(Updater& updater, std::int64_t version) {
    UpdateResult result = updater.applyPackage(package(version));
    REQUIRE_MESSAGE(result.outcome == UpdateResult::Outcome::Installed, result.refusal.reason);
    REQUIRE(updater.shown().version == version);
}

void KioskFixture::replaceAndResign(const fs::path& package, const std::string& path,
                                    const std::string& bytes) {
    writeFile(package / path, bytes);
    ManifestParse parsed = parseManifest(readFile(package / kManifestName));
    REQUIRE(parsed.manifest);
    for (ManifestEntry& entry : parsed.manifest->files)
        if (entry.path == path) {
            entry.size = bytes.size();
            entry.sha256 = sha256Of(bytes);
        }
    writeFile(package / kManifestName, formatManifest(*parsed.manifest));
    sign(key, package / kManifestName, "re-signed after replacing " + path);
}

std::string KioskFixture::stagingLeftovers() const {
    std::string names;
    for (const std::string& name : listFolder(data / "staging")) names += name + " ";
    return names;
}

void KioskFixture::checkRefused(const UpdateResult& result, RefusalCode code,
                                const Updater& updater, const std::string& shownBefore) {
    CHECK(result.outcome == UpdateResult::Outcome::Refused);
    CHECK_MESSAGE(result.refusal.code == code,
                  "refused as " << refusalName(result.refusal.code) << " (" << result.refusal.reason
                                << "), expected " << refusalName(code));
    CHECK_FALSE(result.refusal.reason.empty());
    CHECK(shownName(updater) == shownBefore);
    CHECK_MESSAGE(stagingLeftovers().empty(), "staging holds " << stagingLeftovers());
    std::vector<std::string> history = updater.history().lastLines(1);
    REQUIRE(history.size() == 1);
    CHECK(history[0].find("\"refused\"") != std::string::npos);
    CHECK(history[0].find(std::string(refusalName(code))) != std::string::npos);
}

std::string shownName(const Updater& updater) {
    ShownContent shown = updater.shown();
    return shown.source == ContentSource::Bundled ? "bundled" : shown.versionName;
}

}  // namespace kiosk::update::testing
