#pragma once
// Writing what the run produced: a PNG of the last frame and the state as JSON.
#include <string>

#include <nlohmann/json.hpp>

namespace kiosk::app {

// Reads the current GL back buffer (call after rendering, before swapping).
bool writeScreenshot(const std::string& path, int width, int height, std::string& error);
bool writeJsonFile(const std::string& path, const nlohmann::json& value, std::string& error);

}  // namespace kiosk::app
