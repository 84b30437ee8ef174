// A visitor's stick is recorded only as "a stick with no package", never by its label (the
// mount helper names its folder after the label): issue 16, item 3.
#include <doctest/doctest.h>

#include "kiosk/update/update_service.h"
#include "kiosk_fixture.h"

namespace kiosk::update::testing {
namespace fs = std::filesystem;

TEST_CASE_FIXTURE(KioskFixture, "a stick without a package leaves no trace of its label" *
                                    doctest::skip(kUnderEmulator)) {
    const std::string label = "Annas_iPhone";
    fs::path mountRoot = root.path() / "media";
    fs::create_directories(mountRoot / label / "DCIM");
    writeFile(mountRoot / label / "DCIM" / "IMG_0001.JPG", "photo");
    UpdateService service(config(), data);
    service.recover();
    REQUIRE(service.scanMountRoot(mountRoot) == 1);
    service.waitIdle();
    std::vector<ServiceResult> results = service.takeResults();
    REQUIRE(results.size() == 1);
    const UpdateResult& result = results[0].result;
    CHECK(result.refusal.code == RefusalCode::NoPackage);
    // What the banner, the log and the staff panel show, and what history.jsonl keeps.
    std::string shown = describe(results[0]);
    CHECK(shown.starts_with("Update refused (no-package): a USB stick with no package"));
    CHECK(shown.find(label) == std::string::npos);
    std::string history = readFile(data / "history.jsonl");
    CHECK(history.find("\"no-package\"") != std::string::npos);
    CHECK(history.find(label) == std::string::npos);
    CHECK(history.find("\"package\"") == std::string::npos);
    for (const std::string& line : service.snapshot().history)
        CHECK(line.find(label) == std::string::npos);
}

}  // namespace kiosk::update::testing
