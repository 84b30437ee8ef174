// kiosk.conf saved by Windows editors: a BOM, CRLF, UTF-16, Latin-1 (issue 16, item 9).
#include <doctest/doctest.h>

#include "kiosk/app/config_file.h"
#include "tests/unit/support/temp_files.h"

using namespace kiosk::app;
using test_support::TempDataDir;
using test_support::writeWholeFile;

TEST_CASE("kiosk.conf with a UTF-8 BOM and CRLF line ends keeps staff_pin") {
    TempDataDir dir;
    std::string path = (dir.path() / "kiosk.conf").string();
    writeWholeFile(path, "\xEF\xBB\xBFstaff_pin = 2468\r\nexhibit_id = mediation-map\r\n");
    AppParams p;
    ConfigRead read = applyConfigFile(path, p);
    CHECK(read.found);
    CHECK(read.errors.empty());
    CHECK(p.staffPin == "2468");
    CHECK(p.exhibitId == "mediation-map");
}

TEST_CASE("kiosk.conf saved as UTF-16 or Latin-1 is named as such") {
    TempDataDir dir;
    std::string path = (dir.path() / "kiosk.conf").string();
    writeWholeFile(path, std::string("\xFF\xFEs\0t\0", 6));
    AppParams p;
    ConfigRead read = applyConfigFile(path, p);
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0] ==
          path + ":1: the file is UTF-16 (little-endian); save it as UTF-8; the file was ignored");

    writeWholeFile(path, "staff_pin = 2468\nusb_mount_root = /media/caf\xE9\n");
    AppParams q;
    read = applyConfigFile(path, q);
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0] == path +
                                ":2: byte 0xE9 is not valid UTF-8; the file may be Latin-1 or "
                                "Windows-1252: save it as UTF-8");
    CHECK(q.staffPin == "2468");
}
