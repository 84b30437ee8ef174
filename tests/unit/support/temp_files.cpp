#include "temp_files.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace test_support {

TempDataDir::TempDataDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
}

TempDataDir::~TempDataDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeWholeFile(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace test_support
