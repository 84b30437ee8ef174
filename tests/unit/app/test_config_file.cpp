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

TEST_CASE("a key given twice counts from its first line, and the second is reported") {
    AppParams p;
    auto read = applyConfigText(
        "usb_mount_root = /media/first\nexhibit_id = museum-a\nusb_mount_root = /media/second\n"
        "exhibit_id = museum-b\n",
        "kiosk.conf", p);
    CHECK(p.mountRoot == "/media/first");
    CHECK(p.exhibitId == "museum-a");
    REQUIRE(read.errors.size() == 2);
    CHECK(read.errors[0] ==
          "kiosk.conf:3: usb_mount_root is already set on line 1; this line is "
          "ignored");
    // A first line that was refused does not count: the next good one does.
    AppParams q;
    applyConfigText("staff_pin = 12\nstaff_pin = 2468\n", "kiosk.conf", q);
    CHECK(q.staffPin == "2468");
}

TEST_CASE("--print-config prints the settings in effect as key=value lines, never the PIN") {
    auto r = parseArgs({"--print-config", "--mount-root", "/media/cli"});
    REQUIRE(r.error.empty());
    CHECK(r.params.printConfig);
    applyConfigText(
        "usb_mount_root = /media/conf\nstaff_pin = 2468\n"
        "trusted_keys = /etc/k/a.pub, RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n"
        "exhibit_id = museum-a\nexhibit_id = museum-b\n",
        "kiosk.conf", r.params);
    std::string out = formatEffectiveConfig(r.params, "/etc/k/kiosk.conf");
    CHECK(out ==
          "config=/etc/k/kiosk.conf\n"
          "data_dir=\n"
          "usb_mount_root=/media/cli\n"
          "exhibit_id=museum-a\n"
          "staff_pin=set\n"
          "panel=\n"
          "touch_rotate=\n"
          "touch_calibrate=\n"
          "content_dir=\n"
          "trusted_key=/etc/k/a.pub\n"
          "trusted_key=RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n");
    CHECK(out.find("2468") == std::string::npos);
}
