#include "kiosk/app/config_file.h"

#include <algorithm>
#include <functional>
#include <map>
#include <sstream>

#include "kiosk/core/text_file.h"

namespace kiosk::app {
namespace {

std::string trim(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

// Items separated by commas or blanks: "a.pub, b.pub".
std::vector<std::string> splitList(const std::string& value) {
    std::vector<std::string> items;
    std::string item;
    for (char c : value + ",") {
        if (c == ',' || c == ' ' || c == '\t') {
            if (!item.empty()) items.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    return items;
}

bool isPin(const std::string& v) {
    return v.size() >= 4 && v.size() <= 8 &&
           std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Each key sets one field unless the command line already did; returns an error or "".
using Setter = std::function<std::string(AppParams&, const std::string&)>;

Setter text(std::string AppParams::*field) {
    return [field](AppParams& p, const std::string& v) {
        if ((p.*field).empty()) p.*field = v;
        return std::string();
    };
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> keys = {
        {"panel", text(&AppParams::panel)},
        {"touch_rotate", text(&AppParams::touchRotate)},
        {"touch_calibrate", text(&AppParams::touchCalibrate)},
        {"content_dir", text(&AppParams::contentDir)},
        {"data_dir", text(&AppParams::dataDir)},
        {"usb_mount_root", text(&AppParams::mountRoot)},
        {"exhibit_id", text(&AppParams::exhibitId)},
        {"staff_pin",
         [](AppParams& p, const std::string& v) {
             if (!isPin(v)) return std::string("staff_pin wants 4 to 8 digits");
             if (p.staffPin.empty()) p.staffPin = v;
             return std::string();
         }},
        {"trusted_keys",
         [](AppParams& p, const std::string& v) {
             if (p.trustedKeys.empty()) p.trustedKeys = splitList(v);
             return std::string();
         }},
    };
    return keys;
}

}  // namespace

ConfigRead applyConfigText(const std::string& text, const std::string& name, AppParams& params) {
    ConfigRead read;
    read.found = true;
    std::istringstream in(text);
    std::string line;
    std::map<std::string, int> firstLine;  // key -> the line that set it
    for (int number = 1; std::getline(in, line); ++number) {
        auto where = name + ":" + std::to_string(number) + ": ";
        line = trim(line.substr(0, line.find('#')));
        if (line.empty()) continue;
        auto eq = line.find('=');
        if (eq == std::string::npos) {
            read.errors.push_back(where + "expected key = value");
            continue;
        }
        auto key = trim(line.substr(0, eq));
        auto value = trim(line.substr(eq + 1));
        auto it = setters().find(key);
        if (it == setters().end()) {
            read.errors.push_back(where + "unknown setting '" + key + "'");
        } else if (auto first = firstLine.find(key); first != firstLine.end()) {
            read.errors.push_back(where + key + " is already set on line " +
                                  std::to_string(first->second) + "; this line is ignored");
        } else if (auto error = it->second(params, value); !error.empty()) {
            read.errors.push_back(where + error);
        } else {
            firstLine[key] = number;
        }
    }
    return read;
}

std::string formatEffectiveConfig(const AppParams& params, const std::string& configPath) {
    std::string out;
    auto put = [&](const char* key, std::string value) {
        std::replace(value.begin(), value.end(), '\n', ' ');
        std::replace(value.begin(), value.end(), '\r', ' ');
        out += std::string(key) + "=" + value + "\n";
    };
    put("config", configPath);
    put("data_dir", params.dataDir);
    put("usb_mount_root", params.mountRoot);
    put("exhibit_id", params.exhibitId);
    put("staff_pin", params.staffPin.empty() ? "unset" : "set");
    put("panel", params.panel);
    put("touch_rotate", params.touchRotate);
    put("touch_calibrate", params.touchCalibrate);
    put("content_dir", params.contentDir);
    for (const auto& key : params.trustedKeys) put("trusted_key", key);
    return out;
}

ConfigRead applyConfigFile(const std::string& path, AppParams& params) {
    // Read as every text file is: a BOM or CRLF from a Windows editor changes nothing.
    TextFile file = readTextFile(path, 64 * 1024);
    if (file.status == TextFile::Status::TooLarge)
        return {true, {path + ": larger than 64 KB, ignored"}};
    if (!file.ok()) return {};
    auto encoding = findEncodingProblem(file.text);
    std::string where = encoding ? path + ":" + std::to_string(encoding->line) + ": " : "";
    if (encoding && encoding->message.find("UTF-16") != std::string::npos)
        return {true, {where + encoding->message + "; the file was ignored"}};
    ConfigRead read = applyConfigText(file.text, path, params);
    if (encoding) read.errors.insert(read.errors.begin(), where + encoding->message);
    return read;
}

}  // namespace kiosk::app
