// Start-up recovery, rollbacks (staff panel and signed requests) and usage export requests.
#include <doctest/doctest.h>

#include "kiosk/update/package_paths.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;
namespace {

void flipByte(const fs::path& file) {
    std::string bytes = readFile(file);
    REQUIRE_FALSE(bytes.empty());
    bytes[bytes.size() / 3] ^= 0x01;
    fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);
    writeFile(file, bytes);
}

bool notesMention(const RecoveryReport& report, std::string_view text) {
    for (const std::string& note : report.notes)
        if (note.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE_FIXTURE(KioskFixture, "recovery: a corrupted current version falls back to previous") {
    Updater updater = this->updater();
    install(updater, 2);
    install(updater, 3);
    flipByte(updater.shown().contentDir / "events.json");  // SD-card corruption
    Updater restarted = this->updater();
    RecoveryReport report = restarted.recover();
    CHECK(report.fellBack);
    CHECK(report.shown.version == 2);
    CHECK(sameTree(report.shown.contentDir, source(2)));
    CHECK(notesMention(report, "events.json"));
    CHECK(restarted.history().lastLines(1)[0].find("\"recovered\"") != std::string::npos);
    CHECK(listFolder(data / "versions").size() == 1);  // the damaged one is gone
}

TEST_CASE_FIXTURE(KioskFixture,
                  "recovery: both versions damaged falls back to the bundled content") {
    Updater updater = this->updater();
    install(updater, 2);
    install(updater, 3);
    for (const std::string& name : listFolder(data / "versions"))
        flipByte(data / "versions" / name / "content/tours.json");
    RecoveryReport report = this->updater().recover();
    CHECK(report.fellBack);
    CHECK(report.shown.source == ContentSource::Bundled);
    CHECK(report.shown.contentDir == bundled);
    CHECK(report.shown.version == 1);
    CHECK_FALSE(fs::exists(fs::symlink_status(data / "current")));
    CHECK(notesMention(report, "bundled"));
}

TEST_CASE_FIXTURE(KioskFixture, "recovery: a damaged stored manifest is a damaged version") {
    Updater updater = this->updater();
    install(updater, 2);
    flipByte(updater.shown().contentDir.parent_path() / kManifestName);
    RecoveryReport report = this->updater().recover();
    CHECK(report.fellBack);
    CHECK(report.shown.source == ContentSource::Bundled);
}

TEST_CASE_FIXTURE(KioskFixture, "recovery: an intact install is kept and left alone") {
    Updater updater = this->updater();
    install(updater, 2);
    std::string before = shownName(updater);
    RecoveryReport report = this->updater().recover();
    CHECK_FALSE(report.fellBack);
    CHECK(report.notes.empty());
    CHECK(report.shown.versionName == before);
}

TEST_CASE_FIXTURE(KioskFixture, "recovery: half-finished staging and temporary links are removed") {
    Updater updater = this->updater();
    install(updater, 2);
    writeFile(data / "staging/0123456789abcdef/content/events.json", "{half");
    writeFile(data / "versions/.trash-9-00000000/content/x", "half deleted");
    fs::create_symlink("versions/nowhere", data / "current.new");
    RecoveryReport report = this->updater().recover();
    CHECK(listFolder(data / "staging").empty());
    CHECK(listFolder(data / "versions") == std::vector<std::string>{report.shown.versionName});
    CHECK_FALSE(fs::exists(fs::symlink_status(data / "current.new")));
    CHECK(notesMention(report, "staging"));
    CHECK(report.shown.version == 2);
}

TEST_CASE_FIXTURE(KioskFixture, "rollback from the staff panel, and back again") {
    Updater updater = this->updater();
    checkRefused(updater.rollBack(), RefusalCode::NothingToRollBack, updater, "bundled");
    install(updater, 2);
    // One version installed: the rollback returns to the bundled content.
    UpdateResult toBundled = updater.rollBack();
    CHECK(toBundled.outcome == UpdateResult::Outcome::RolledBack);
    CHECK(toBundled.shown.source == ContentSource::Bundled);
    CHECK_FALSE(fs::exists(fs::symlink_status(data / "current")));
    install(updater, 2);
    install(updater, 3);
    UpdateResult back = updater.rollBack();
    REQUIRE_MESSAGE(back.ok(), back.refusal.reason);
    CHECK(back.outcome == UpdateResult::Outcome::RolledBack);
    CHECK(updater.shown().version == 2);
    CHECK(sameTree(updater.shown().contentDir, source(2)));
    CHECK(updater.previousVersion() == 3);
    REQUIRE(updater.rollBack().ok());
    CHECK(updater.shown().version == 3);
}

TEST_CASE_FIXTURE(KioskFixture, "a staff-signed rollback package installs older content") {
    Updater updater = this->updater();
    install(updater, 3);
    PackOptions options;
    options.kind = PackageKind::Rollback;
    fs::path pkg = package(2, options);
    UpdateResult result = updater.applyPackage(pkg);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(result.outcome == UpdateResult::Outcome::Installed);
    CHECK(updater.shown().version == 2);
    CHECK(sameTree(updater.shown().contentDir, source(2)));
    CHECK(updater.previousVersion() == 3);
    std::string shown = shownName(updater);
    checkRefused(updater.applyPackage(pkg), RefusalCode::AlreadyCurrent, updater, shown);
}

TEST_CASE_FIXTURE(KioskFixture, "a signed rollback request switches to a kept version") {
    Updater updater = this->updater();
    install(updater, 2);
    install(updater, 3);
    PackOptions request;
    request.rollbackTo = 1;
    fs::path notKept = newStick() / "request";
    REQUIRE(packContent({}, notKept, request).ok());
    sign(key, notKept / kManifestName, "rollback to 1");
    std::string shown = shownName(updater);
    checkRefused(updater.applyPackage(notKept), RefusalCode::VersionNotKept, updater, shown);
    request.rollbackTo = 2;
    fs::path kept = newStick() / "request";
    REQUIRE(packContent({}, kept, request).ok());
    sign(key, kept / kManifestName, "rollback to 2");
    UpdateResult result = updater.applyPackage(kept);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(result.outcome == UpdateResult::Outcome::RolledBack);
    CHECK(updater.shown().version == 2);
}

TEST_CASE_FIXTURE(KioskFixture, "a signed export request names the folder on the stick") {
    Updater updater = this->updater();
    install(updater, 2);
    std::string shown = shownName(updater);
    PackOptions request;
    request.exportDir = "usage-export";
    fs::path pkg = newStick() / "request";
    REQUIRE(packContent({}, pkg, request).ok());
    sign(key, pkg / kManifestName, "export usage");
    UpdateResult result = updater.applyPackage(pkg);
    REQUIRE_MESSAGE(result.ok(), result.refusal.reason);
    CHECK(result.outcome == UpdateResult::Outcome::ExportRequested);
    CHECK(result.exportDir == pkg / "usage-export");
    CHECK(shownName(updater) == shown);
    fs::remove(pkg / kSignatureName);  // an unsigned request is refused like any package
    checkRefused(updater.applyPackage(pkg), RefusalCode::NotSigned, updater, shown);
}

}  // namespace kiosk::update::testing
