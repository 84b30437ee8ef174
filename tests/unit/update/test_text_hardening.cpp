// Issue 16: names that are not UTF-8 (item 5), key files from Windows editors (item 9), one set
// of package limits for pack and verify (item 10), and the reason codes of the staff guide for
// a pulled stick and a full card (item 11).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/core/utf8.h"
#include "kiosk/update/trusted_keys.h"
#include "kiosk/update/update_service.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

TEST_CASE_FIXTURE(KioskFixture,
                  "a stick file named in bytes that are not UTF-8 is refused, "
                  "and its banner, history and dump survive") {
    Updater updater = this->updater();
    fs::path pkg = package(2);
    writeFile(pkg / "bad\xff\xfe.json", "{}");
    UpdateResult result = updater.applyPackage(pkg);
    checkRefused(result, RefusalCode::UnlistedFile, updater, "bundled");
    CHECK(isValidUtf8(result.refusal.reason));
    CHECK(result.refusal.reason.find("bad\uFFFD\uFFFD.json") != std::string::npos);
    std::string banner = describe(ServiceResult{result, pkg.parent_path(), ""});
    CHECK(isValidUtf8(banner));
    nlohmann::json state = {{"notices", {{{"text", banner}}}}};
    CHECK_NOTHROW((void)state.dump());
    REQUIRE(fs::exists(data / "history.jsonl"));
    for (const std::string& line : test_support::lines(readFile(data / "history.jsonl")))
        CHECK(isValidUtf8(line));
}

TEST_CASE("a minisign public key file with a BOM and CRLF verifies, as minisign accepts it") {
    TempDir dir;
    KeyPair key = makeKeyPair(dir.path() / "keys");
    std::string file = readFile(key.publicFile);
    std::string windows = "\xEF\xBB\xBF";
    for (char c : file) windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
    writeFile(dir.path() / "windows.pub", windows);
    TrustedKeyLoad loaded = loadTrustedKeys({(dir.path() / "windows.pub").string()});
    REQUIRE_MESSAGE(loaded.ok(), loaded.error);
    REQUIRE(loaded.keys.size() == 1);
    CHECK(loaded.keys[0].key == key.publicKey().key);

    writeFile(dir.path() / "manifest.json", "{}\n");
    sign(key, dir.path() / "manifest.json", "content version 2");
    std::string minisig = "\xEF\xBB\xBF" + readFile(dir.path() / "manifest.json.minisig");
    CHECK(verifyMinisign("{}\n", minisig, loaded.keys).ok());
}

TEST_CASE("pack refuses, in verify's words, a manifest that verify would refuse") {
    TempDir dir;
    writeContent(dir.path() / "src", 2);
    PackOptions options;
    options.limits.maxManifestBytes = 1000;
    PackResult packed = packContent(dir.path() / "src", dir.path() / "out", options);
    CHECK(packed.problem.code == RefusalCode::TooLarge);
    ManifestParse verified = parseManifest(formatManifest(packed.manifest), options.limits);
    REQUIRE_FALSE(verified.manifest);
    CHECK(packed.problem.reason == verified.refusal.reason);
    CHECK(packed.problem.reason.starts_with("manifest.json is "));
    CHECK_FALSE(fs::exists(dir.path() / "out/manifest.json"));

    PackOptions few;
    few.limits.maxEntries = 3;
    PackResult tooMany = packContent(dir.path() / "src", dir.path() / "out2", few);
    CHECK(tooMany.problem.reason == "the package has 9 files; a package may hold at most 3");
    PackResult all = packContent(dir.path() / "src", dir.path() / "out3", {});
    REQUIRE(all.ok());
    CHECK(parseManifest(formatManifest(all.manifest), few.limits).refusal.reason ==
          tooMany.problem.reason);
}

TEST_CASE("the documented limit of 10,000 files, with the longest names, fits the manifest") {
    Manifest manifest;
    manifest.exhibitId = std::string(64, 'a');
    manifest.version = 2;
    manifest.created = "2026-11-30T12:00:00.000+01:00";
    for (std::size_t i = 0; i < kMaxPackageFiles; ++i) {
        std::string name = "f" + std::to_string(i) + "-";
        name += std::string(255 - name.size(), 'x');
        manifest.files.push_back({name, 1000, Sha256{}});
    }
    std::string text = formatManifest(manifest);
    ManifestParse parsed = parseManifest(text);
    CHECK_MESSAGE(parsed.manifest, parsed.refusal.reason);
    CHECK(text.size() > 1024 * 1024);  // what the old 1 MB limit refused
}

TEST_CASE_FIXTURE(KioskFixture,
                  "a stick pulled out mid-copy is stick-read-error, not "
                  "missing-file") {
    UpdaterConfig config = this->config();
    fs::path pkg = package(2);
    config.copyHooks.beforeRead = [&](const std::string& name, std::uint64_t) {
        if (name == "events.json") fs::remove_all(pkg);  // the whole stick is gone
        return true;
    };
    Updater updater(config);
    UpdateResult result = updater.applyPackage(pkg);
    checkRefused(result, RefusalCode::StickReadError, updater, "bundled");
    CHECK(result.refusal.reason.find("was the stick pulled out?") != std::string::npos);
}

TEST_CASE("a full memory card is not-enough-space; other write errors local-error") {
    Refusal full = localWriteError("could not write /data/staging/x",
                                   std::make_error_code(std::errc::no_space_on_device));
    CHECK(full.code == RefusalCode::NotEnoughSpace);
    CHECK(
        full.reason.starts_with("could not write /data/staging/x: the kiosk's memory card is "
                                "full ("));
    CHECK(localWriteError("x", std::error_code(EDQUOT, std::generic_category())).code ==
          RefusalCode::NotEnoughSpace);
    CHECK(localWriteError("x", std::make_error_code(std::errc::io_error)).code ==
          RefusalCode::LocalError);
}

}  // namespace kiosk::update::testing
