#include <doctest/doctest.h>

#include "kiosk/app/config_file.h"

using namespace kiosk::app;

TEST_CASE("the installation settings fill what the command line left unset") {
    AppParams p;
    p.panel = "15.6in";  // from the command line
    auto read = applyConfigText(
        "# museum IT\n"
        "panel = 7in\n"
        "data_dir = /var/lib/mediation-map   # writable partition\n"
        "usb_mount_root=/media/mediation-map\n"
        "trusted_keys = /etc/mediation-map/keys/a.pub, "
        "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n"
        "staff_pin = 2468\n"
        "exhibit_id = mediation-map-berlin\n",
        "kiosk.conf", p);
    CHECK(read.errors.empty());
    CHECK(p.panel == "15.6in");
    CHECK(p.dataDir == "/var/lib/mediation-map");
    CHECK(p.mountRoot == "/media/mediation-map");
    REQUIRE(p.trustedKeys.size() == 2);
    CHECK(p.trustedKeys[0] == "/etc/mediation-map/keys/a.pub");
    CHECK(p.trustedKeys[1].rfind("RWQ", 0) == 0);
    CHECK(p.staffPin == "2468");
    CHECK(p.exhibitId == "mediation-map-berlin");
}

TEST_CASE("a bad line names the file and line and leaves the default") {
    AppParams p;
    auto read = applyConfigText("staff_pin = 12\nvolume = 11\nnonsense\n", "kiosk.conf", p);
    REQUIRE(read.errors.size() == 3);
    CHECK(read.errors[0] == "kiosk.conf:1: staff_pin wants 4 to 8 digits");
    CHECK(read.errors[1] == "kiosk.conf:2: unknown setting 'volume'");
    CHECK(read.errors[2] == "kiosk.conf:3: expected key = value");
    CHECK(p.staffPin.empty());
}

TEST_CASE("a missing file is not an error") {
    AppParams p;
    auto read = applyConfigFile("/nonexistent/kiosk.conf", p);
    CHECK_FALSE(read.found);
    CHECK(read.errors.empty());
}

TEST_CASE("the command line's options for updates parse") {
    auto r = parseArgs({"--config", "k.conf", "--mount-root", "/media/x", "--trusted-key", "a.pub",
                        "--trusted-key", "b.pub"});
    REQUIRE(r.error.empty());
    CHECK(r.params.configPath == "k.conf");
    CHECK(r.params.mountRoot == "/media/x");
    CHECK(r.params.trustedKeys == std::vector<std::string>{"a.pub", "b.pub"});
}
