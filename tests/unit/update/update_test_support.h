#pragma once
// Shared set-up for the update tests: temporary folders, real minisign keys and signatures
// (the `minisign` program is a declared test dependency), content of a chosen version and
// signed packages made from it.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/update/minisign.h"
#include "kiosk/update/pack.h"
#include "tests/unit/support/emulator.h"
#include "tests/unit/support/temp_files.h"

namespace kiosk::update::testing {

// The tests that start UpdateService's worker are skipped under emulation (emulator.h).
using ::test_support::kUnderEmulator;

// A fresh temporary folder, removed with everything in it at scope exit.
using TempDir = test_support::TempDataDir;

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view bytes);
// Replaces the one occurrence of `from` in the file.
void patchFile(const std::filesystem::path& path, std::string_view from, std::string_view to);

// A minisign key pair made by `minisign -G -W` (no password) in its own folder.
struct KeyPair {
    std::filesystem::path publicFile, secretFile;
    PublicKey publicKey() const;
};

// Fails the test with a clear message when the minisign program is missing.
void requireMinisign();
KeyPair makeKeyPair(const std::filesystem::path& folder);
// minisign -S on `file`, writing file.minisig (or `sigFile`); legacy uses the "Ed" mode.
void sign(const KeyPair& key, const std::filesystem::path& file, std::string_view trustedComment,
          bool legacy = false);

// The minimal content fixture with exhibit.json's version set to `version` (and the subtitle
// naming it, so versions differ byte for byte).
void writeContent(const std::filesystem::path& folder, std::int64_t version);

// Packs `content` into `out` and signs the manifest.
void makeSignedPackage(const std::filesystem::path& content, const std::filesystem::path& out,
                       const KeyPair& key, PackOptions options = {});
// Rewrites out/manifest.json with `edit` applied to its text, then signs it again.
void editAndResign(const std::filesystem::path& out, const KeyPair& key, std::string_view from,
                   std::string_view to);

// Whether two folders hold the same files with the same bytes (and nothing else).
bool sameTree(const std::filesystem::path& a, const std::filesystem::path& b);
// Names of the entries of a folder (empty when it does not exist).
std::vector<std::string> listFolder(const std::filesystem::path& folder);

}  // namespace kiosk::update::testing
