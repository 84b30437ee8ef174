#pragma once
// Shared by the libFuzzer harnesses (docs/fuzzing.md): input as text, whole-file reads for
// fixtures, and a check that turns a broken promise of a header into a crash libFuzzer reports.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace kiosk::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A fixture from the source tree (read once, in LLVMFuzzerInitialize); empty when absent.
inline std::string readSourceFile(const std::filesystem::path& relative) {
    std::ifstream in(std::filesystem::path(KIOSK_SOURCE_DIR) / relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

[[noreturn]] inline void broken(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

}  // namespace kiosk::fuzz

// Like assert(), but also in release builds: the harness's own invariants.
#define FUZZ_CHECK(cond) ((cond) ? (void)0 : ::kiosk::fuzz::broken(#cond, __FILE__, __LINE__))
