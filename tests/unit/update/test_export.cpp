// Usage export requests (issue 16, item 1): the report never goes through a link on the stick,
// and a request is bound to this exhibit and to a time window.
#include <doctest/doctest.h>

#include <map>

#include "kiosk/core/iso_time.h"
#include "kiosk/update/package_paths.h"
#include "kiosk/update/update_service.h"
#include "kiosk/usage/usage_log.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;
namespace {

// A stick under a mount root of its own, holding a signed export request in `request/`.
struct ExportStick {
    fs::path mountRoot, stick, request;
};

ExportStick signedExportRequest(KioskFixture& kiosk, PackOptions options = {}) {
    ExportStick made;
    made.mountRoot = kiosk.root.path() / "media";
    made.stick = made.mountRoot / "STAFF";
    made.request = made.stick / "request";
    fs::create_directories(made.stick);
    if (options.exportDir.empty()) options.exportDir = "usage-export";
    PackResult packed = packContent({}, made.request, options);
    REQUIRE_MESSAGE(packed.ok(), packed.problem.reason);
    sign(kiosk.key, made.request / kManifestName, "export usage");
    return made;
}

PackOptions exportOptions(std::string exportDir, std::string created = {}, std::string id = {}) {
    PackOptions options;
    options.exportDir = std::move(exportDir);
    options.created = std::move(created);
    if (!id.empty()) options.exhibitId = std::move(id);
    return options;
}

ServiceResult runExport(KioskFixture& kiosk, const ExportStick& stick) {
    UpdateService service(kiosk.config(), kiosk.data);
    service.recover();
    REQUIRE(service.scanMountRoot(stick.mountRoot) == 1);
    service.waitIdle();
    std::vector<ServiceResult> results = service.takeResults();
    REQUIRE(results.size() == 1);
    return results.front();
}

// Every file under `dir` with its bytes, to see that nothing changed.
std::map<std::string, std::string> snapshotOf(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (fs::is_regular_file(entry.symlink_status()))
            files[entry.path().lexically_relative(dir).string()] = readFile(entry.path());
    return files;
}

void writeOneVisit(KioskFixture& kiosk) {
    std::string error;
    auto log = usage::UsageLog::open(kiosk.data, kiosk.clock, error);
    REQUIRE_MESSAGE(log, error);
    log->visitStart();
    log->visitEnd(30'000);
}

}  // namespace

TEST_CASE_FIXTURE(KioskFixture, "a signed export request gets the report in its folder" *
                                    doctest::skip(kUnderEmulator)) {
    writeOneVisit(*this);
    ExportStick stick = signedExportRequest(*this);
    ServiceResult done = runExport(*this, stick);
    CHECK(done.result.outcome == UpdateResult::Outcome::ExportRequested);
    CHECK_MESSAGE(done.exportNote.starts_with("usage report written to"), done.exportNote);
    fs::path report =
        stick.request / "usage-export" / ("usage-report-" + formatIsoDate(clock.wallMs()) + ".csv");
    CHECK(readFile(report).find("visits,") != std::string::npos);
}

TEST_CASE_FIXTURE(KioskFixture, "an export folder that links into the data folder is refused" *
                                    doctest::skip(kUnderEmulator)) {
    writeOneVisit(*this);
    Updater first = updater();
    install(first, 2);
    ExportStick stick = signedExportRequest(*this);
    // The attack of issue 16: the export folder is a link into the installed content, named
    // like the file the report would overwrite... and into the data folder itself.
    fs::create_directory_symlink(data / "current" / "content", stick.request / "usage-export");
    auto before = snapshotOf(data);
    ServiceResult done = runExport(*this, stick);
    CHECK(done.result.outcome == UpdateResult::Outcome::ExportRequested);
    CHECK_MESSAGE(done.exportNote.find("is a symbolic link") != std::string::npos, done.exportNote);
    CHECK(describe(done).starts_with("Usage export: the report was not written"));
    // Nothing in the data folder changed but the history line saying what happened.
    auto after = snapshotOf(data);
    after.erase("history.jsonl");
    before.erase("history.jsonl");
    CHECK(after == before);
}

TEST_CASE_FIXTURE(KioskFixture,
                  "a link higher up on the stick is refused too" * doctest::skip(kUnderEmulator)) {
    writeOneVisit(*this);
    ExportStick stick = signedExportRequest(*this, exportOptions("reports/usage"));
    fs::create_directory_symlink(data, stick.request / "reports");
    auto before = snapshotOf(data);
    ServiceResult done = runExport(*this, stick);
    CHECK_MESSAGE(done.exportNote.find("reports\" is a symbolic link") != std::string::npos,
                  done.exportNote);
    auto after = snapshotOf(data);
    after.erase("history.jsonl");
    before.erase("history.jsonl");
    CHECK(after == before);
}

TEST_CASE_FIXTURE(KioskFixture, "an export request for another exhibit is refused") {
    Updater updater = this->updater();
    ExportStick stick =
        signedExportRequest(*this, exportOptions("usage-export", {}, "another-exhibit"));
    checkRefused(updater.applyPackage(stick.request), RefusalCode::WrongExhibit, updater,
                 "bundled");
}

TEST_CASE_FIXTURE(KioskFixture, "an export request past its valid_until is refused as expired") {
    Updater updater = this->updater();
    // Made five weeks before the kiosk's clock, valid for a week.
    std::string created = formatIsoUtc(clock.wallMs() - 35 * 86'400'000LL);
    ExportStick stick = signedExportRequest(*this, exportOptions("usage-export", created));
    UpdateResult result = updater.applyPackage(stick.request);
    checkRefused(result, RefusalCode::Expired, updater, "bundled");
    CHECK(result.refusal.reason.find("valid until") != std::string::npos);
    // Within the window it is accepted.
    fs::remove_all(stick.request);
    ExportStick fresh = signedExportRequest(
        *this, exportOptions("usage-export", formatIsoUtc(clock.wallMs() - 86'400'000LL)));
    CHECK(updater.applyPackage(fresh.request).outcome == UpdateResult::Outcome::ExportRequested);
}

TEST_CASE("pack writes valid_until, and refuses a window longer than the rule allows") {
    TempDir temp;
    PackOptions options;
    options.exportDir = "usage";
    options.created = "2026-11-27T10:00:00Z";
    PackResult packed = packContent({}, temp.path() / "a", options);
    REQUIRE_MESSAGE(packed.ok(), packed.problem.reason);
    CHECK(packed.manifest.validUntil == "2026-12-04T10:00:00.000Z");
    CHECK(readFile(temp.path() / "a" / kManifestName).find("\"valid_until\"") != std::string::npos);
    options.validDays = kMaxExportValidDays + 1;
    CHECK_FALSE(packContent({}, temp.path() / "b", options).ok());
}

}  // namespace kiosk::update::testing

namespace kiosk::update::testing {

TEST_CASE_FIXTURE(KioskFixture, "the data folder's own files are never written through a link") {
    TempDir elsewhere;
    writeFile(elsewhere.path() / "events.json", "kept");
    Updater updater = this->updater();
    updater.recover();
    // history.jsonl a link: the line is not appended through it.
    fs::create_symlink(elsewhere.path() / "events.json", data / "history.jsonl");
    CHECK(updater.history().append({"refused", 1, 2, "x", "y", {}, {}, {}}));
    CHECK(readFile(elsewhere.path() / "events.json") == "kept");
    fs::remove(data / "history.jsonl");
    // staging/ a link to another folder: the update is refused, nothing is copied there.
    fs::remove_all(data / "staging");
    fs::create_directory_symlink(elsewhere.path(), data / "staging");
    UpdateResult result = updater.applyPackage(package(2));
    CHECK(result.refusal.code == RefusalCode::LocalError);
    CHECK(listFolder(elsewhere.path()) == std::vector<std::string>{"events.json"});
}

}  // namespace kiosk::update::testing
