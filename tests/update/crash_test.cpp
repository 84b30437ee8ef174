// Crash consistency of the content update: the driver is killed (SIGKILL) at every named step
// and then before a random one of its disk-changing operations, 200 times; after each kill a
// restart (recover) must show the old content or the new, byte for byte, and nothing else.
// Usage: update_crash_test PATH/TO/update_crash_driver
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "kiosk/update/pack.h"
#include "kiosk/update/package_paths.h"
#include "kiosk/update/trusted_keys.h"
#include "kiosk/update/updater.h"

namespace {
namespace fs = std::filesystem;
using namespace kiosk::update;

constexpr int kRandomKills = 200;

struct Outcome {
    int status = 0;
    std::string out;
    bool killed() const { return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL; }
    bool exitedWith(int code) const { return WIFEXITED(status) && WEXITSTATUS(status) == code; }
};

// Runs the driver directly (no shell, so a SIGKILL is seen as such) and collects its stdout.
Outcome run(const std::vector<std::string>& args) {
    Outcome outcome;
    int out[2];
    if (pipe(out) != 0) return outcome;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        outcome.out.append(buffer, std::size_t(n));
    close(out[0]);
    if (spawned == 0) waitpid(pid, &outcome.status, 0);
    return outcome;
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::map<std::string, std::string> treeOf(const fs::path& root) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
        files[it->path().lexically_relative(root).string()] =
            it->is_regular_file() ? readAll(it->path()) : "<folder>";
    return files;
}

void replaceOnce(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = readAll(file);
    text.replace(text.find(from), from.size(), to);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// The minimal fixture as version `version`, with every JSON file's bytes changed too, so a mix
// of two versions cannot pass for either.
void writeContent(const fs::path& folder, int version) {
    fs::create_directories(folder);
    fs::copy(fs::path(KIOSK_SOURCE_DIR) / "tests/fixtures/content/minimal", folder,
             fs::copy_options::recursive);
    replaceOnce(folder / "exhibit.json", "\"version\": 1,",
                "\"version\": " + std::to_string(version) + ",");
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json")
            std::ofstream(entry.path(), std::ios::app) << std::string(std::size_t(version), '\n');
}

class Harness {
  public:
    Harness(fs::path driver, fs::path root) : driver_(std::move(driver)), root_(std::move(root)) {}
    bool setUp();
    void reset() const;
    Outcome install(std::vector<std::string> kill) const;
    // "old", "new", or what was found instead.
    std::string recoverAndClassify() const;

  private:
    bool makePackage(int version);
    std::vector<std::string> driverArgs(const char* mode) const;
    fs::path driver_, root_;
    fs::path data_ = root_ / "data", base_ = root_ / "base", bundled_ = root_ / "v1";
    fs::path pub_ = root_ / "key.pub", sec_ = root_ / "key.sec";
};

bool Harness::makePackage(int version) {
    fs::path source = root_ / ("v" + std::to_string(version));
    fs::path out = root_ / ("package-" + std::to_string(version));
    writeContent(source, version);
    PackResult packed = packContent(source, out, {});
    if (!packed.ok()) std::fprintf(stderr, "pack: %s\n", packed.problem.reason.c_str());
    std::string sign = "minisign -S -s " + sec_.string() + " -m " + packed.manifestPath.string() +
                       " -t crash-test </dev/null >/dev/null 2>&1";
    return packed.ok() && std::system(sign.c_str()) == 0;
}

// Bundled v1; v2 installed as previous, v3 current; the package of v4 ready.
bool Harness::setUp() {
    std::string keygen = "minisign -G -W -p " + pub_.string() + " -s " + sec_.string() +
                         " </dev/null >/dev/null 2>&1";
    if (std::system(keygen.c_str()) != 0) return false;
    writeContent(bundled_, 1);
    for (int version : {2, 3, 4})
        if (!makePackage(version)) return false;
    UpdaterConfig config;
    config.dataDir = base_;
    config.bundledContentDir = bundled_;
    config.bundledVersion = 1;
    config.trustedKeys = loadTrustedKeys({pub_.string()}).keys;
    Updater updater(config);
    for (int version : {2, 3}) {
        UpdateResult result = updater.applyPackage(root_ / ("package-" + std::to_string(version)));
        if (!result.ok()) std::fprintf(stderr, "set-up: %s\n", result.refusal.reason.c_str());
        if (!result.ok()) return false;
    }
    return true;
}

void Harness::reset() const {
    fs::remove_all(data_);
    fs::copy(base_, data_, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
}

std::vector<std::string> Harness::driverArgs(const char* mode) const {
    return {driver_.string(), mode, data_.string(), bundled_.string(), pub_.string()};
}

Outcome Harness::install(std::vector<std::string> kill) const {
    std::vector<std::string> command = driverArgs("install");
    command.push_back((root_ / "package-4").string());
    command.insert(command.end(), kill.begin(), kill.end());
    return run(command);
}

std::string Harness::recoverAndClassify() const {
    Outcome recovered = run(driverArgs("recover"));
    std::size_t at = recovered.out.find("shown: ");
    if (!recovered.exitedWith(0) || at == std::string::npos) return "recover failed";
    fs::path shown = recovered.out.substr(at + 7, recovered.out.find('\n', at) - at - 7);
    if (!fs::is_empty(data_ / "staging")) return "staging left behind";
    std::size_t versions = 0;
    for (const auto& entry : fs::directory_iterator(data_ / "versions")) {
        if (entry.path().filename().string().starts_with(".trash")) return "half-deleted version";
        ++versions;
    }
    if (versions > 2) return "old versions left behind";
    std::map<std::string, std::string> tree = treeOf(shown);
    if (tree == treeOf(root_ / "v3")) return "old";
    if (tree == treeOf(root_ / "v4")) return "new";
    return "neither: " + shown.string();
}

struct Tally {
    int kills = 0, notKilled = 0, old = 0, fresh = 0, other = 0;
    void add(const std::string& state) {
        old += state == "old";
        fresh += state == "new";
        other += state != "old" && state != "new";
    }
};

// Each named step: killed there, recovered to the state expected, then the update completes.
Tally killAtEveryStep(const Harness& harness, int& failures) {
    Tally tally;
    for (UpdateStep step : kAllSteps) {
        harness.reset();
        Outcome outcome = harness.install({"--kill-at", std::string(stepName(step))});
        outcome.killed() ? ++tally.kills : ++tally.notKilled;
        std::string state = harness.recoverAndClassify();
        tally.add(state);
        std::string expected = step < UpdateStep::Renamed ? "old" : "new";
        Outcome again = harness.install({});
        std::string after = harness.recoverAndClassify();
        bool ok = outcome.killed() && state == expected && after == "new";
        std::printf("  step %-16s killed=%d recovered=%s then=%s %s\n", stepName(step).data(),
                    outcome.killed(), state.c_str(), after.c_str(), ok ? "ok" : "FAIL");
        failures += !ok;
    }
    return tally;
}

Tally killAtRandomOperations(const Harness& harness, long operations, int& failures) {
    std::random_device device;
    unsigned seed = device();
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> pick(1, operations);
    Tally tally;
    for (int i = 0; i < kRandomKills; ++i) {
        harness.reset();
        long at = pick(random);
        Outcome outcome = harness.install({"--kill-after-ops", std::to_string(at)});
        outcome.killed() ? ++tally.kills : ++tally.notKilled;
        std::string state = harness.recoverAndClassify();
        tally.add(state);
        if (!outcome.killed() || (state != "old" && state != "new")) {
            std::printf("  FAIL: kill before operation %ld: killed=%d state=%s\n", at,
                        outcome.killed(), state.c_str());
            ++failures;
        }
    }
    std::printf("random seed %u\n", seed);
    return tally;
}

void printTally(const char* what, const Tally& tally) {
    std::printf("%s: %d kills (%d runs not killed); recovered to old %d, new %d, other %d\n", what,
                tally.kills, tally.notKilled, tally.old, tally.fresh, tally.other);
}

int runAll(const Harness& harness) {
    harness.reset();
    Outcome full = harness.install({});
    long operations = 0;
    if (full.out.starts_with("ops: ")) operations = std::atol(full.out.c_str() + 5);
    if (!full.exitedWith(0) || operations < 10 || harness.recoverAndClassify() != "new") {
        std::printf("FAIL: the update without a kill did not work (%s)\n", full.out.c_str());
        return 1;
    }
    std::printf("an uninterrupted update makes %ld disk-changing operations\n", operations);
    int failures = 0;
    Tally named = killAtEveryStep(harness, failures);
    Tally random = killAtRandomOperations(harness, operations, failures);
    printTally("named steps", named);
    printTally("random operations", random);
    std::printf("states other than old or new: %d\n", named.other + random.other);
    return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: update_crash_test PATH/TO/update_crash_driver\n");
        return 2;
    }
    if (std::system("minisign -v >/dev/null 2>&1") != 0) {
        std::fprintf(stderr,
                     "FAIL: the minisign program is not installed; this test needs it "
                     "to make real keys and signatures (apt-get install minisign)\n");
        return 1;
    }
    std::string pattern = (fs::temp_directory_path() / "kiosk-crash-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return 1;
    Harness harness(fs::absolute(argv[1]), pattern);
    int status = harness.setUp() ? runAll(harness) : (std::printf("FAIL: set-up\n"), 1);
    fs::remove_all(pattern);
    return status;
}
