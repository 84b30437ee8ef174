// kiosk-content pack's engine: what goes into a package and what is refused.
#include <doctest/doctest.h>

#include "kiosk/update/package_paths.h"
#include "kiosk/update/verifier.h"
#include "update_test_support.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

TEST_CASE("pack lists every content file with size and SHA-256, leaving litter out") {
    TempDir dir;
    writeContent(dir.path() / "src", 4);
    writeFile(dir.path() / "src/.DS_Store", "x");
    writeFile(dir.path() / "src/.git/config", "x");
    writeFile(dir.path() / "src/media/._dot.png", "x");
    PackResult packed = packContent(dir.path() / "src", dir.path() / "out", {});
    REQUIRE_MESSAGE(packed.ok(), packed.problem.reason);
    CHECK(packed.manifest.version == 4);
    CHECK(packed.manifest.files.size() == 9);
    CHECK(packed.skipped.size() == 3);
    CHECK(fs::exists(dir.path() / "out" / kManifestName));
    CHECK_FALSE(fs::exists(dir.path() / "out/.DS_Store"));
    for (const ManifestEntry& entry : packed.manifest.files) {
        std::string bytes = readFile(dir.path() / "out" / entry.path);
        CHECK(entry.size == bytes.size());
        CHECK(entry.sha256 == sha256Of(bytes));
    }
}

TEST_CASE("pack refuses invalid content, links, and an output inside the source") {
    TempDir dir;
    writeContent(dir.path() / "src", 2);
    CHECK(packContent(dir.path() / "src", dir.path() / "src/out", {}).problem.code ==
          RefusalCode::LocalError);
    fs::create_symlink(dir.path() / "src/tours.json", dir.path() / "src/link.json");
    CHECK(packContent(dir.path() / "src", dir.path() / "out1", {}).problem.code ==
          RefusalCode::SymlinkOnStick);
    fs::remove(dir.path() / "src/link.json");
    writeFile(dir.path() / "src/events.json", "{");
    PackResult broken = packContent(dir.path() / "src", dir.path() / "out2", {});
    CHECK(broken.problem.code == RefusalCode::InvalidContent);
    CHECK_FALSE(broken.contentProblems.empty());
}

TEST_CASE("pack refuses names that a FAT stick cannot hold apart") {
    TempDir dir;
    writeContent(dir.path() / "src", 2);
    writeFile(dir.path() / "src/media/Dot.png", readFile(dir.path() / "src/media/dot.png"));
    CHECK(packContent(dir.path() / "src", dir.path() / "out", {}).problem.code ==
          RefusalCode::NameClash);
}

TEST_CASE("the printed signing command signs a package the verifier accepts") {
    TempDir dir;
    KeyPair key = makeKeyPair(dir.path() / "keys");
    writeContent(dir.path() / "src", 2);
    PackResult packed = packContent(dir.path() / "src", dir.path() / "out", {});
    REQUIRE(packed.ok());
    std::string command = signCommand(key.secretFile, packed);
    CHECK(command.starts_with("minisign -S -s "));
    CHECK(command.find("-m " + (dir.path() / "out/manifest.json").string()) != std::string::npos);
    REQUIRE(std::system((command + " </dev/null >/dev/null 2>&1").c_str()) == 0);
    VerifyOptions options;
    options.trustedKeys = {key.publicKey()};
    fs::create_directories(dir.path() / "staging");
    VerifyResult result = verifyPackage(dir.path() / "out", dir.path() / "staging", options);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(result.package->trustedComment.find("content version 2 for mediation-map") == 0);
}

}  // namespace kiosk::update::testing
