#pragma once
// A fresh temporary data folder per test, removed afterwards, and file helpers.
#include <filesystem>
#include <string>
#include <vector>

namespace usage_test {

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

}  // namespace usage_test
