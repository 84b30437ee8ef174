#pragma once
// Shared by the unit tests: a fresh temporary folder per test, removed afterwards, and
// whole-file helpers.
#include <filesystem>
#include <string>
#include <vector>

namespace test_support {

class TempDataDir {
  public:
    TempDataDir();
    ~TempDataDir();
    TempDataDir(const TempDataDir&) = delete;
    TempDataDir& operator=(const TempDataDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

std::string readWholeFile(const std::filesystem::path& path);
void writeWholeFile(const std::filesystem::path& path, const std::string& text);
std::vector<std::string> lines(const std::string& text);  // split at "\n", last piece kept

}  // namespace test_support
