#include "update_test_support.h"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>

namespace kiosk::update::testing {
namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    REQUIRE_MESSAGE(out, "cannot write " << path);
}

void patchFile(const fs::path& path, std::string_view from, std::string_view to) {
    std::string text = readFile(path);
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' is not in " << path);
    text.replace(at, from.size(), to);
    writeFile(path, text);
}

PublicKey KeyPair::publicKey() const {
    PublicKeyParse parsed = parsePublicKey(readFile(publicFile));
    REQUIRE_MESSAGE(parsed.key, parsed.error);
    return *parsed.key;
}

void requireMinisign() {
    static const bool found = std::system("minisign -v >/dev/null 2>&1") == 0;
    REQUIRE_MESSAGE(found,
                    "the minisign program is not installed; the update tests need it to make "
                    "real keys and signatures (apt-get install minisign)");
}

namespace {

void run(const std::string& command) {
    int status = std::system((command + " </dev/null >/dev/null 2>&1").c_str());
    REQUIRE_MESSAGE(status == 0, "failed: " << command);
}

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

}  // namespace

KeyPair makeKeyPair(const fs::path& folder) {
    requireMinisign();
    fs::create_directories(folder);
    KeyPair key{folder / "minisign.pub", folder / "minisign.key"};
    run("minisign -G -W -p " + quoted(key.publicFile) + " -s " + quoted(key.secretFile));
    return key;
}

void sign(const KeyPair& key, const fs::path& file, std::string_view trustedComment, bool legacy) {
    fs::remove(fs::path(file.string() + ".minisig"));
    run("minisign -S " + std::string(legacy ? "-l " : "") + "-s " + quoted(key.secretFile) +
        " -m " + quoted(file) + " -t '" + std::string(trustedComment) + "'");
}

void writeContent(const fs::path& folder, std::int64_t version) {
    fs::create_directories(folder);
    fs::copy(fs::path(KIOSK_SOURCE_DIR) / "tests/fixtures/content/minimal", folder,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    std::string number = std::to_string(version);
    patchFile(folder / "exhibit.json", "\"version\": 1,", "\"version\": " + number + ",");
    patchFile(folder / "exhibit.json", "A minimal fixture for the content tests",
              "Content version " + number);
}

void makeSignedPackage(const fs::path& content, const fs::path& out, const KeyPair& key,
                       PackOptions options) {
    options.checkImages = true;
    PackResult packed = packContent(content, out, options);
    REQUIRE_MESSAGE(packed.ok(), packed.problem.reason);
    sign(key, packed.manifestPath, "package for the update tests");
}

void editAndResign(const fs::path& out, const KeyPair& key, std::string_view from,
                   std::string_view to) {
    patchFile(out / "manifest.json", from, to);
    sign(key, out / "manifest.json", "edited package for the update tests");
}

namespace {

std::map<std::string, std::string> treeContents(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        std::string relative = entry.path().lexically_relative(root).generic_string();
        files[relative] = entry.is_regular_file() ? readFile(entry.path()) : "<folder>";
    }
    return files;
}

}  // namespace

bool sameTree(const fs::path& a, const fs::path& b) {
    return fs::is_directory(a) && fs::is_directory(b) && treeContents(a) == treeContents(b);
}

std::vector<std::string> listFolder(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace kiosk::update::testing
