#include "harness.h"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace scenario_test {
namespace fs = std::filesystem;

json Script::finger(const char* type, long t, int f, float x, float y) const {
    return {{"t", t}, {"type", type}, {"finger", f}, {"x", x / float(w_)}, {"y", y / float(h_)}};
}

Script& Script::down(long t, int f, float x, float y) {
    lines_.push_back(finger("finger_down", t, f, x, y));
    return *this;
}
Script& Script::move(long t, int f, float x, float y) {
    lines_.push_back(finger("finger_move", t, f, x, y));
    return *this;
}
Script& Script::up(long t, int f, float x, float y) {
    lines_.push_back(finger("finger_up", t, f, x, y));
    return *this;
}

Script& Script::drag(long t, int f, float x0, float y0, float x1, float y1, long ms, int steps,
                     bool lift) {
    down(t, f, x0, y0);
    for (int i = 1; i <= steps; ++i) {
        float k = float(i) / float(steps);
        move(t + ms * i / steps, f, x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    }
    if (lift) up(t + ms + 1, f, x1, y1);
    return *this;
}

Script& Script::tap(long t, int f, float x, float y) {
    return down(t, f, x, y).up(t + 80, f, x, y);
}

Script& Script::state(long t) {
    lines_.push_back(
        {{"t", t}, {"type", "state"}, {"path", "dump" + std::to_string(dumps_++) + ".json"}});
    return *this;
}

Script& Script::screenshot(long t, const std::string& name) {
    lines_.push_back({{"t", t}, {"type", "screenshot"}, {"path", name}});
    return *this;
}

Script& Script::usbScan(long t) {
    lines_.push_back({{"t", t}, {"type", "usb_scan"}});
    return *this;
}

Script& Script::writeFile(long t, const std::string& path, const std::string& text) {
    lines_.push_back({{"t", t}, {"type", "write_file"}, {"path", path}, {"text", text}});
    return *this;
}

Script& Script::key(long t, const std::string& key) {
    lines_.push_back({{"t", t}, {"type", "key"}, {"key", key}});
    return *this;
}

Script& Script::wait(long t) {
    lines_.push_back({{"t", t}, {"type", "wait"}});
    return *this;
}

std::string Script::text() const {
    std::string out;
    for (const auto& l : lines_) out += l.dump() + "\n";
    return out;
}

namespace {

json readJson(const fs::path& p) {
    std::ifstream in(p);
    if (!in) return nullptr;
    return json::parse(in, nullptr, false);
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

Run runKiosk(const std::string& name, const Script& script, const RunOptions& o) {
    Run run;
    run.dir = fs::path(SCENARIO_OUTPUT_DIR) / name;
    fs::remove_all(run.dir);
    fs::create_directories(run.dir);
    std::ofstream(run.dir / "script.jsonl") << script.text();
    // LP_NUM_THREADS=0: llvmpipe's rasterizer threads grow the resident memory per frame
    // (../shared/PLATFORM-NOTES.md), so memory figures would be Mesa's, not the exhibit's.
    std::string cmd = "cd " + quote(run.dir.string()) + " && LP_NUM_THREADS=0 " + o.env + " " +
                      quote(KIOSK_BINARY) + " --headless --size " + std::to_string(o.width) + "x" +
                      std::to_string(o.height) + " --replay script.jsonl --state final.json";
    if (!o.content.empty()) cmd += " --content " + quote(o.content);
    if (!o.clock.empty()) cmd += " --clock " + quote(o.clock);
    if (o.screenshot) cmd += " --screenshot final.png";
    if (o.rasterizeAll) cmd += " --rasterize-all";
    for (const auto& a : o.extraArgs) cmd += " " + quote(a);
    cmd += " 2> stderr.txt";
    int status = std::system(cmd.c_str());
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.state = readJson(run.dir / "final.json");
    for (int i = 0; fs::exists(run.dir / ("dump" + std::to_string(i) + ".json")); ++i)
        run.dumps.push_back(readJson(run.dir / ("dump" + std::to_string(i) + ".json")));
    std::ifstream err(run.dir / "stderr.txt");
    std::stringstream buf;
    buf << err.rdbuf();
    run.log = buf.str();
    return run;
}

json bundled(const char* file, const char* key) {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/content/" + file);
    return json::parse(in)[key];
}

long idleTimeoutMs() {
    return bundled("exhibit.json", "idle_timeout_s").get<long>() * 1000;
}

const json& homeAt(int w, int h) {
    static std::map<std::pair<int, int>, json> homes;
    auto [at, added] = homes.try_emplace({w, h});
    if (added) {
        Script s(w, h);
        s.state(0);
        RunOptions o;
        o.width = w;
        o.height = h;
        at->second =
            runKiosk("home-" + std::to_string(w) + "x" + std::to_string(h), s, o).dumps.at(0);
    }
    return at->second;
}

const json* findTarget(const json& state, const std::string& id) {
    if (!state.contains("targets")) return nullptr;
    for (const auto& t : state["targets"])
        if (t["id"] == id) return &t;
    return nullptr;
}

std::vector<std::string> targetIds(const json& state, const std::string& prefix) {
    std::vector<std::string> ids;
    if (!state.contains("targets")) return ids;
    for (const auto& t : state["targets"]) {
        std::string id = t["id"];
        if (id.rfind(prefix, 0) == 0) ids.push_back(id);
    }
    return ids;
}

float centerX(const json& t) {
    return t["rect"][0].get<float>() + t["rect"][2].get<float>() / 2;
}
float centerY(const json& t) {
    return t["rect"][1].get<float>() + t["rect"][3].get<float>() / 2;
}

}  // namespace scenario_test
