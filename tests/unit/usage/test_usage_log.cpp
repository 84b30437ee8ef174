#include <doctest/doctest.h>

#include "kiosk/core/iso_time.h"
#include "kiosk/usage/usage_log.h"
#include "kiosk/usage/usage_report.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk;
using namespace kiosk::usage;
using test_support::lines;
using test_support::readWholeFile;
using test_support::TempDataDir;

namespace {

Millis at(std::string_view iso) {
    return parseIsoTime(iso)->utcMs;
}

std::unique_ptr<UsageLog> openLog(const TempDataDir& dir, const Clock& clock,
                                  UsageLogOptions options = {}) {
    std::string error;
    std::unique_ptr<UsageLog> log = UsageLog::open(dir.path(), clock, error, options);
    REQUIRE_MESSAGE(log, error);
    return log;
}

std::vector<UsageRecord> readAll(const std::filesystem::path& dataDir, int& skipped) {
    std::vector<UsageRecord> records;
    std::string error;
    skipped = 0;
    REQUIRE_MESSAGE(readUsageFiles(findUsageFiles(dataDir), records, skipped, error), error);
    return records;
}

}  // namespace

TEST_CASE("each kind of record is one JSON line with its UTC time") {
    TempDataDir dir;
    ManualClock clock(at("2026-11-27T10:00:00Z"));
    {
        auto log = openLog(dir, clock);
        log->visitStart();
        clock.advance(1500);
        log->language("ar");
        log->cardOpen("event", "cairo-dialogue-2021");
        log->cardClose("event", "cairo-dialogue-2021", 12000);
        log->tourView("main", 4);
        log->visitEnd(90000);
    }
    std::vector<std::string> written = lines(readWholeFile(dir.path() / "usage" / "usage.jsonl"));
    REQUIRE(written.size() == 6);
    CHECK(written[0] == R"({"time":"2026-11-27T10:00:00.000Z","type":"visit_start"})");
    CHECK(written[1] == R"({"code":"ar","time":"2026-11-27T10:00:01.500Z","type":"language"})");
    CHECK(written[3] == R"({"dwell_ms":12000,"id":"cairo-dialogue-2021","kind":"event",)"
                        R"("time":"2026-11-27T10:00:01.500Z","type":"card_close"})");
    CHECK(written[4] == R"({"stops_seen":4,"time":"2026-11-27T10:00:01.500Z","tour":"main",)"
                        R"("type":"tour_view"})");
    std::optional<UsageRecord> end = parseUsageLine(written[5]);
    REQUIRE(end);
    CHECK(end->type == RecordType::VisitEnd);
    CHECK(end->durationMs == 90000);
    CHECK(end->time == at("2026-11-27T10:00:01.500Z"));
}

TEST_CASE("ids are cut to safe characters and length, so no free text gets in") {
    TempDataDir dir;
    ManualClock clock(0);
    auto log = openLog(dir, clock);
    log->cardOpen("event", "name \"Jane\"\n" + std::string(100, 'x'));
    std::string text = readWholeFile(dir.path() / "usage" / "usage.jsonl");
    std::optional<UsageRecord> record = parseUsageLine(lines(text).at(0));
    REQUIRE(record);
    CHECK(record->id.size() == kMaxIdLength);
    CHECK(record->id.starts_with("name__Jane__xxx"));
    CHECK(lines(text).size() == 1);
}

TEST_CASE("rotation keeps the number of files and their total size bounded") {
    TempDataDir dir;
    ManualClock clock(at("2026-11-27T10:00:00Z"));
    UsageLogOptions options{.maxFileBytes = 4096, .keepFiles = 3, .syncIntervalMs = 60000};
    auto log = openLog(dir, clock, options);
    for (int i = 0; i < 2000; ++i) {  // about 200 KB of records, 50 times the bound
        clock.advance(100);           // syncs come only with rotations: a fast test
        log->cardOpen("event", "event-" + std::to_string(i));
    }
    std::vector<std::filesystem::path> files = findUsageFiles(dir.path());
    REQUIRE(files.size() == 3);
    std::uintmax_t total = 0;
    for (const auto& file : files) {
        CHECK(std::filesystem::file_size(file) <= options.maxFileBytes);
        total += std::filesystem::file_size(file);
    }
    CHECK(total <= 3 * options.maxFileBytes);
    for (std::size_t older = 0; older < 2; ++older)  // full, less than a record, when rotated
        CHECK(std::filesystem::file_size(files[older]) > options.maxFileBytes - 128);
    CHECK(files.back().filename() == "usage.jsonl");
    CHECK(files.front().filename() == "usage.2.jsonl");
    // The newest record is in the current file; the oldest ones are gone.
    int skipped = 0;
    std::vector<UsageRecord> kept = readAll(dir.path(), skipped);
    CHECK(skipped == 0);
    REQUIRE_FALSE(kept.empty());
    CHECK(kept.back().id == "event-1999");
    CHECK(kept.front().id != "event-0");
    CHECK(log->droppedRecords() == 0);
    CHECK(log->lastError().empty());
}

TEST_CASE("the log syncs at most once per interval, and tick() syncs what waited") {
    TempDataDir dir;
    ManualClock clock(at("2026-11-27T10:00:00Z"));
    auto log = openLog(dir, clock, {.syncIntervalMs = 5000});
    for (int i = 0; i < 10; ++i) {
        clock.advance(100);
        log->visitStart();
    }
    CHECK(log->syncCount() == 0);  // one second of records: not yet
    clock.advance(3900);
    log->tick();
    CHECK(log->syncCount() == 0);
    clock.advance(100);  // five seconds since the log opened
    log->tick();
    CHECK(log->syncCount() == 1);
    log->tick();
    CHECK(log->syncCount() == 1);  // nothing new to sync
    log->visitEnd(5000);
    log->sync();
    CHECK(log->syncCount() == 2);
}

TEST_CASE("a line torn by a power cut is skipped, and the next record starts a fresh line") {
    TempDataDir dir;
    std::filesystem::path current = dir.path() / "usage" / "usage.jsonl";
    test_support::writeWholeFile(
        current,
        "{\"time\":\"2026-11-27T10:00:00.000Z\",\"type\":\"visit_start\"}\n"
        "{\"time\":\"2026-11-27T10:00:0");
    ManualClock clock(at("2026-11-27T11:00:00Z"));
    openLog(dir, clock)->visitStart();
    std::vector<std::string> written = lines(readWholeFile(current));
    REQUIRE(written.size() == 3);
    CHECK(written[1] == "{\"time\":\"2026-11-27T10:00:0");
    int skipped = 0;
    std::vector<UsageRecord> records = readAll(dir.path(), skipped);
    CHECK(skipped == 1);
    REQUIRE(records.size() == 2);
    CHECK(records[1].time == at("2026-11-27T11:00:00Z"));
}

TEST_CASE("lines that are not records are skipped when reading") {
    const std::vector<std::string_view> junk = {
        "",
        "not json",
        "[]",
        R"({"type":"visit_start"})",
        R"({"time":"yesterday","type":"visit_start"})",
        R"({"time":"2026-11-27T10:00:00.000Z","type":"dance"})",
        R"({"time":"2026-11-27T10:00:00","type":"visit_start"})",  // no zone: not ours
        std::string_view("\0\0\0\0", 4),  // what a power cut can leave in a block
    };
    for (std::string_view line : junk) {
        CAPTURE(line);
        CHECK_FALSE(parseUsageLine(line));
    }
}

TEST_CASE("an unwritable data folder is reported when opening") {
    TempDataDir dir;
    test_support::writeWholeFile(dir.path() / "usage", "a file where the folder should be");
    ManualClock clock(0);
    std::string error;
    CHECK_FALSE(UsageLog::open(dir.path(), clock, error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("the log never writes through a link in place of its folder or file") {
    TempDataDir dir;
    TempDataDir elsewhere;
    test_support::writeWholeFile(elsewhere.path() / "events.json", "kept");
    ManualClock clock(at("2026-11-27T10:00:00Z"));
    std::string error;
    // usage/usage.jsonl is a link to a file elsewhere (say the content's events.json).
    std::filesystem::create_directories(dir.path() / "usage");
    std::filesystem::create_symlink(elsewhere.path() / "events.json",
                                    dir.path() / "usage" / "usage.jsonl");
    CHECK_FALSE(UsageLog::open(dir.path(), clock, error));
    CHECK(error.find("usage.jsonl\" is a symbolic link") != std::string::npos);
    // usage/ itself is a link to another folder.
    std::filesystem::remove_all(dir.path() / "usage");
    std::filesystem::create_directory_symlink(elsewhere.path(), dir.path() / "usage");
    error.clear();
    CHECK_FALSE(UsageLog::open(dir.path(), clock, error));
    CHECK(error.find("usage\" is a symbolic link") != std::string::npos);
    CHECK(readWholeFile(elsewhere.path() / "events.json") == "kept");
    CHECK_FALSE(std::filesystem::exists(elsewhere.path() / "usage.jsonl"));
}
