// manifest.json: strict parsing under limits, and the names a package may use.
#include <doctest/doctest.h>

#include <chrono>

#include "kiosk/update/manifest.h"
#include "kiosk/update/package_paths.h"

namespace kiosk::update {
namespace {

const std::string kHash(64, 'a');

std::string manifestWith(const std::string& files, const std::string& extra = "") {
    return R"({"format": 1, "kind": "content", "exhibit_id": "mediation-map", "version": 3,
              "created": "2026-11-27T10:00:00Z", )" +
           extra + R"("files": [)" + files + "]}";
}

std::string entry(const std::string& path, std::uint64_t size = 10) {
    return R"({"path": ")" + path + R"(", "size": )" + std::to_string(size) + R"(, "sha256": ")" +
           kHash + "\"}";
}

RefusalCode codeOf(const std::string& text, const ManifestLimits& limits = {}) {
    return parseManifest(text, limits).refusal.code;
}

}  // namespace

TEST_CASE("a well-formed manifest parses, and formatManifest writes it back the same") {
    ManifestParse parsed =
        parseManifest(manifestWith(entry("exhibit.json") + "," + entry("media/a.png", 5)));
    REQUIRE_MESSAGE(parsed.manifest, parsed.refusal.reason);
    const Manifest& m = *parsed.manifest;
    CHECK(m.kind == PackageKind::Content);
    CHECK(m.version == 3);
    CHECK(m.exhibitId == "mediation-map");
    REQUIRE(m.files.size() == 2);
    CHECK(m.files[1].path == "media/a.png");
    CHECK(m.totalBytes() == 15);
    ManifestParse again = parseManifest(formatManifest(m));
    REQUIRE(again.manifest);
    CHECK(formatManifest(*again.manifest) == formatManifest(m));
}

TEST_CASE("a manifest that does not parse is refused as unreadable") {
    CHECK(codeOf("{\"format\": 1,") == RefusalCode::ManifestUnreadable);
    CHECK(codeOf("not json") == RefusalCode::ManifestUnreadable);
    CHECK(codeOf(R"({"format": 1, "format": 1})") == RefusalCode::ManifestUnreadable);
    CHECK(codeOf(std::string(100, '[') + std::string(100, ']')) == RefusalCode::ManifestUnreadable);
}

TEST_CASE("missing or wrong fields are refused with the field named") {
    ManifestParse unknown = parseManifest(manifestWith(entry("a.json"), R"("extra": 1, )"));
    CHECK(unknown.refusal.code == RefusalCode::ManifestInvalid);
    CHECK(unknown.refusal.reason.find("extra") != std::string::npos);
    CHECK(codeOf(R"({"format": 1})") == RefusalCode::ManifestInvalid);
    CHECK(codeOf(manifestWith(R"({"path": "a.json", "size": -1, "sha256": ")" + kHash + "\"}")) ==
          RefusalCode::ManifestInvalid);
    CHECK(codeOf(manifestWith(R"({"path": "a.json", "size": 1, "sha256": "abc"})")) ==
          RefusalCode::ManifestInvalid);
    CHECK(codeOf(manifestWith("")) == RefusalCode::ManifestInvalid);  // content needs files
}

TEST_CASE("a 4 GB file, a million entries or a huge manifest are refused quickly") {
    auto start = std::chrono::steady_clock::now();
    CHECK(codeOf(manifestWith(entry("big.png", 4ull << 30))) == RefusalCode::TooLarge);
    std::string many;
    for (int i = 0; i < 10'001; ++i) many += (i ? "," : "") + std::string("{}");
    CHECK(codeOf(manifestWith(many)) == RefusalCode::TooLarge);
    CHECK(codeOf(std::string(kMaxManifestBytes + 1, ' ')) == RefusalCode::TooLarge);
    ManifestLimits small;
    small.maxTotalBytes = 100;
    CHECK(codeOf(manifestWith(entry("a.json", 60) + "," + entry("b.json", 60)), small) ==
          RefusalCode::TooLarge);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("unsafe paths in the manifest are refused") {
    for (const char* path :
         {"../exhibit.json", "/etc/passwd", "media/../../x", "a\\\\b", "c:x", "media//a.png",
          "./a.json", "a.json.", ".hidden", "._a.png", "manifest.json", "MANIFEST.JSON"})
        CHECK_MESSAGE(codeOf(manifestWith(entry(path))) == RefusalCode::UnsafePath, path);
}

TEST_CASE("names that are the same on FAT are refused") {
    CHECK(codeOf(manifestWith(entry("Events.json") + "," + entry("events.json"))) ==
          RefusalCode::NameClash);
    CHECK(codeOf(manifestWith(entry("a.json") + "," + entry("a.json"))) == RefusalCode::NameClash);
    CHECK(codeOf(manifestWith(entry("media") + "," + entry("media/a.png"))) ==
          RefusalCode::NameClash);
    CHECK(codeOf(manifestWith(entry("Media/a.png") + "," + entry("media/b.png"))) ==
          RefusalCode::NameClash);
}

TEST_CASE("an export request names a window of at most 31 days after it was made") {
    std::string head = R"({"format": 1, "exhibit_id": "mediation-map", "created": "2026-11-27",
        "kind": "export-request", "export_dir": "usage", "files": [], )";
    auto reasonOf = [&](const std::string& until) {
        return parseManifest(head + until + "}").refusal.reason;
    };
    CHECK(reasonOf(R"("valid_until": "2026-12-28")").empty());  // 31 days
    CHECK(reasonOf(R"("valid_until": "2026-12-28T00:00:01Z")").find("at most 31 days") !=
          std::string::npos);
    CHECK(reasonOf(R"("valid_until": "2026-11-26")").find("after \"created\"") !=
          std::string::npos);
    CHECK(reasonOf(R"("valid_until": "soon")").find("/valid_until") != std::string::npos);
    CHECK(reasonOf(R"("$comment": 1)").find("/valid_until") != std::string::npos);  // missing
}

TEST_CASE("the three kinds: export requests carry a folder and no files") {
    std::string head = R"({"format": 1, "exhibit_id": "mediation-map", "created": "2026-11-27", )";
    std::string until = R"("valid_until": "2026-12-04T00:00:00Z", )";
    ManifestParse exportRequest = parseManifest(
        head + until + R"("kind": "export-request", "export_dir": "usage-export", "files": []})");
    REQUIRE_MESSAGE(exportRequest.manifest, exportRequest.refusal.reason);
    CHECK(exportRequest.manifest->exportDir == "usage-export");
    CHECK(exportRequest.manifest->validUntil == "2026-12-04T00:00:00Z");
    CHECK(
        codeOf(head + until + R"("kind": "export-request", "export_dir": "../x", "files": []})") ==
        RefusalCode::UnsafePath);
    CHECK(codeOf(head + R"("kind": "export-request", "files": []})") ==
          RefusalCode::ManifestInvalid);
    CHECK(codeOf(head + until + R"("kind": "rollback", "version": 2, "files": []})") ==
          RefusalCode::ManifestInvalid);
    ManifestParse rollback =
        parseManifest(head + R"("kind": "rollback", "version": 2, "files": []})");
    REQUIRE(rollback.manifest);
    CHECK(rollback.manifest->kind == PackageKind::Rollback);
    CHECK(codeOf(head + R"("kind": "upgrade", "version": 2, "files": []})") ==
          RefusalCode::ManifestInvalid);
}

TEST_CASE("litter names are recognised whatever their case") {
    for (const char* name :
         {"._events.json", ".DS_Store", ".ds_store", ".Trashes", ".Spotlight-V100", ".fseventsd",
          "System Volume Information", "SYSTEM VOLUME INFORMATION", "Thumbs.db"})
        CHECK_MESSAGE(isLitterName(name), name);
    for (const char* name : {"events.json", "DS_Store", "media", "_a.png"})
        CHECK_FALSE_MESSAGE(isLitterName(name), name);
}

TEST_CASE("findCaseClash names both files") {
    std::vector<std::string> paths{"media/A.png", "media/a.png"};
    std::optional<std::string> clash = findCaseClash(paths);
    REQUIRE(clash);
    CHECK(clash->find("media/A.png") != std::string::npos);
    CHECK(clash->find("media/a.png") != std::string::npos);
    std::vector<std::string> fine{"media/a.png", "media/b.png", "events.json"};
    CHECK_FALSE(findCaseClash(fine));
}

}  // namespace kiosk::update
