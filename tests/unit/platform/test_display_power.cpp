#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "platform/display_power.h"
#include "platform/display_power_backlight.h"
#include "platform/display_power_dpms.h"
#include "tests/unit/support/temp_files.h"

namespace kiosk::platform {
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// SYSFS/class/backlight/NAME/bl_power holding "0" (on), as the kernel shows it.
fs::path addBacklight(const fs::path& sysfs, const std::string& name) {
    fs::path dir = sysfs / "class/backlight" / name;
    fs::create_directories(dir);
    std::ofstream(dir / "bl_power") << "0\n";
    return dir / "bl_power";
}

}  // namespace

TEST_CASE("bl_power: 4 switches the panel off, 0 on") {
    test_support::TempDataDir sysfs;
    auto file = addBacklight(sysfs.path(), "rpi_backlight");
    BacklightPower power(file);
    CHECK(power.method() == "bl_power");
    CHECK(power.set(false));
    CHECK(read(file) == "4\n");
    CHECK(power.set(true));
    CHECK(read(file) == "0\n");
    CHECK(power.error().empty());
}

TEST_CASE("bl_power: a vanished backlight is reported, not thrown") {
    test_support::TempDataDir sysfs;
    BacklightPower power(sysfs.path() / "class/backlight/gone/bl_power");
    CHECK_FALSE(power.set(false));
    CHECK(power.error().find("gone/bl_power") != std::string::npos);
}

TEST_CASE("finding the backlight") {
    test_support::TempDataDir sysfs;
    CHECK_FALSE(BacklightPower::find(sysfs.path()));  // no class/backlight at all
    fs::create_directories(sysfs.path() / "class/backlight/no-power-attribute");
    CHECK_FALSE(BacklightPower::find(sysfs.path()));
    addBacklight(sysfs.path(), "rpi_backlight");
    auto first = addBacklight(sysfs.path(), "10-0045");
    auto found = BacklightPower::find(sysfs.path());
    REQUIRE(found);
    CHECK(*found == first);  // the first by name, so the choice is stable across boots
}

TEST_CASE("the factory's choice") {
    test_support::TempDataDir withBacklight;
    auto file = addBacklight(withBacklight.path(), "rpi_backlight");
    test_support::TempDataDir bare;

    SUBCASE("KMSDRM with a backlight: bl_power, whatever the DRM device") {
        auto power = makeDisplayPower("KMSDRM", -1, withBacklight.path().string());
        CHECK(power->method() == "bl_power");
        CHECK(power->set(false));
        CHECK(read(file) == "4\n");
        CHECK(makeDisplayPower("kmsdrm", -1, withBacklight.path().string())->method() ==
              "bl_power");
    }
    SUBCASE("KMSDRM without a backlight or DRM device: black frames") {
        auto power = makeDisplayPower("KMSDRM", -1, bare.path().string());
        CHECK(power->method() == "black-frames");
        CHECK(power->set(false));
        CHECK(power->set(true));
    }
    SUBCASE("KMSDRM whose fd is not a KMS device: DPMS is tried, black frames") {
        int fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
        REQUIRE(fd >= 0);
        std::string why;
        CHECK(DpmsPower::open(fd, &why) == nullptr);
        CHECK(why.find("not a KMS device") != std::string::npos);
        CHECK(makeDisplayPower("KMSDRM", fd, bare.path().string())->method() == "black-frames");
        ::close(fd);
    }
    SUBCASE("other drivers never touch the panel") {
        for (const char* driver : {"x11", "wayland", "offscreen", ""}) {
            auto power = makeDisplayPower(driver, -1, withBacklight.path().string());
            CHECK(power->method() == "black-frames");
            CHECK(power->set(false));
        }
        CHECK(read(file) == "0\n");
    }
    SUBCASE("a backlight the user may not write: not bl_power") {
        if (::geteuid() == 0) return;  // root may write anything
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read);
        CHECK(makeDisplayPower("KMSDRM", -1, withBacklight.path().string())->method() ==
              "black-frames");
    }
}

}  // namespace kiosk::platform
