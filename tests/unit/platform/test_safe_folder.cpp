// SafeFolder: writes below a folder never follow a symbolic link out of it (issue 16, item 1).
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "platform/safe_folder.h"
#include "tests/unit/support/temp_files.h"

namespace fs = std::filesystem;
using kiosk::platform::SafeFolder;
using test_support::readWholeFile;
using test_support::TempDataDir;
using test_support::writeWholeFile;

namespace {

// A stick folder and a "data" folder beside it whose file an attacker wants overwritten.
struct Attack {
    TempDataDir temp;
    fs::path stick = temp.path() / "stick";
    fs::path data = temp.path() / "data";
    Attack() {
        fs::create_directories(stick);
        fs::create_directories(data);
        writeWholeFile(data / "history.jsonl", "kept\n");
    }
    bool dataUntouched() const {
        std::size_t count = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(data)) ++count;
        return count == 1 && readWholeFile(data / "history.jsonl") == "kept\n";
    }
};

}  // namespace

TEST_CASE("a folder below is opened and made one component at a time") {
    TempDataDir temp;
    std::string error;
    SafeFolder root = SafeFolder::open(temp.path() / "root", true, error);
    REQUIRE_MESSAGE(root.isOpen(), error);
    SafeFolder below = root.openBelow("a/b", true, error);
    REQUIRE_MESSAGE(below.isOpen(), error);
    CHECK(below.replaceFile("report.csv", "one\n", error));
    CHECK(readWholeFile(temp.path() / "root/a/b/report.csv") == "one\n");
    CHECK(below.replaceFile("report.csv", "two\n", error));  // replaced whole
    CHECK(readWholeFile(temp.path() / "root/a/b/report.csv") == "two\n");
    CHECK(below.readFile("report.csv", 100, error) == std::string("two\n"));
    CHECK_FALSE(below.readFile("absent", 100, error));
    CHECK(error.empty());
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(temp.path() / "root/a/b"))
        ++count;
    CHECK(count == 1);  // no temporary file left behind
}

TEST_CASE("an export folder that is a link into the data folder is refused") {
    Attack attack;
    fs::create_directory_symlink(attack.data, attack.stick / "usage-export");
    std::string error;
    SafeFolder stick = SafeFolder::open(attack.stick, false, error);
    REQUIRE(stick.isOpen());
    SafeFolder target = stick.openBelow("usage-export", true, error);
    CHECK_FALSE(target.isOpen());
    CHECK(error.find("usage-export\" is a symbolic link") != std::string::npos);
    CHECK(attack.dataUntouched());
}

TEST_CASE("a link anywhere in the path is refused, not only at its end") {
    Attack attack;
    fs::create_directory_symlink(attack.temp.path(), attack.stick / "pkg");
    std::string error;
    SafeFolder stick = SafeFolder::open(attack.stick, false, error);
    CHECK_FALSE(stick.openBelow("pkg/data", true, error).isOpen());
    CHECK(error.find("pkg\" is a symbolic link") != std::string::npos);
    CHECK(attack.dataUntouched());
    // The folder itself given as a link is refused too.
    fs::create_directory_symlink(attack.data, attack.temp.path() / "linked");
    CHECK_FALSE(SafeFolder::open(attack.temp.path() / "linked", true, error).isOpen());
    CHECK(error.find("is a symbolic link") != std::string::npos);
    CHECK(attack.dataUntouched());
}

TEST_CASE("a file name that is a link is replaced, never written through") {
    Attack attack;
    fs::create_symlink(attack.data / "history.jsonl", attack.stick / "report.csv");
    std::string error;
    SafeFolder stick = SafeFolder::open(attack.stick, false, error);
    REQUIRE(stick.replaceFile("report.csv", "report\n", error));
    CHECK_FALSE(fs::is_symlink(fs::symlink_status(attack.stick / "report.csv")));
    CHECK(readWholeFile(attack.stick / "report.csv") == "report\n");
    CHECK(attack.dataUntouched());
}

TEST_CASE("appending refuses a link or a pipe in the file's place") {
    Attack attack;
    fs::create_symlink(attack.data / "history.jsonl", attack.stick / "usage.jsonl");
    ::mkfifo((attack.stick / "pipe").c_str(), 0644);
    std::string error;
    SafeFolder stick = SafeFolder::open(attack.stick, false, error);
    CHECK(stick.openForAppend("usage.jsonl", error) < 0);
    CHECK(error.find("is a symbolic link") != std::string::npos);
    error.clear();
    CHECK(stick.openForAppend("pipe", error) < 0);
    CHECK(error.find("not a plain file") != std::string::npos);
    CHECK_FALSE(stick.readFile("usage.jsonl", 100, error));
    CHECK(attack.dataUntouched());
    int fd = stick.openForAppend("new.jsonl", error);
    CHECK(fd >= 0);
    CHECK(::write(fd, "x", 1) == 1);
    ::close(fd);
    CHECK(readWholeFile(attack.stick / "new.jsonl") == "x");
}

TEST_CASE("names that would leave the folder are refused") {
    TempDataDir temp;
    std::string error;
    SafeFolder root = SafeFolder::open(temp.path(), false, error);
    for (const char* bad : {"..", "a/../..", "/etc", "a//b", "."}) {
        error.clear();
        CHECK_FALSE(root.openBelow(bad, true, error).isOpen());
        CHECK_FALSE(error.empty());
    }
    CHECK_FALSE(root.replaceFile("../x", "", error));
    CHECK_FALSE(fs::exists(temp.path().parent_path() / "x"));
}

TEST_CASE("a folder in the file's place is an error that names it") {
    TempDataDir temp;
    fs::create_directories(temp.path() / "report.csv/inner");
    std::string error;
    SafeFolder root = SafeFolder::open(temp.path(), false, error);
    CHECK_FALSE(root.replaceFile("report.csv", "x", error));
    CHECK(error.find("report.csv\" is a folder") != std::string::npos);
}
