#pragma once
// Shared helpers for the content tests: fixtures, temporary folders, patches and PNG bytes.
#include <filesystem>
#include <string>
#include <string_view>

#include "kiosk/content/load.h"
#include "tests/unit/support/temp_files.h"

namespace kiosk::content::testing {

std::filesystem::path fixture(std::string_view name);

// A fresh temporary folder, removed with everything in it at scope exit.
using TempDir = test_support::TempDataDir;

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view bytes);
// Copies a fixture folder into `dir`.
void copyFixture(std::string_view name, const std::filesystem::path& dir);

// The JSON files of tests/fixtures/content/minimal, keyed by name, for loadContentTexts.
ContentTexts minimalTexts();
// Replaces the one occurrence of `from` in files[file]; fails the test if it is not there once.
void patch(ContentTexts& files, const std::string& file, std::string_view from,
           std::string_view to);
// Loads in memory with the minimal fixture's media folder and without opening pictures.
LoadResult loadTexts(const ContentTexts& files);

// The problem reported for (file, JSON pointer), or null.
const Problem* findProblem(const LoadResult& result, std::string_view file, std::string_view path);
// Every problem, formatted one a line, for failure messages.
std::string listProblems(const LoadResult& result);
// Expects exactly one error, in `file`, and returns it (a copy: results are often temporaries).
Problem onlyErrorIn(const LoadResult& result, const std::string& file);

// One PNG chunk: length, kind, data and a correct CRC.
std::string pngChunk(std::string_view kind, std::string_view data);
// A valid RGBA PNG of the given size (solid red), or just its header when withPixels is false.
std::string makePng(unsigned width, unsigned height, bool withPixels = true);
// The same solid red picture as Apple's "CgBI" iPhone PNG: a CgBI chunk before IHDR, raw
// deflate data without zlib's header and checksum, and pixels stored blue first (BGRA).
std::string makeCgbiPng(unsigned width, unsigned height);

}  // namespace kiosk::content::testing
