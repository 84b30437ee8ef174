#include "kiosk/input/panel.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace kiosk::input {
namespace {

// Plausible ranges; outside them the setting is surely a typo (e.g. "96in").
constexpr float kMinInches = 2, kMaxInches = 150;
constexpr float kMinDpi = 20, kMaxDpi = 1200;

bool isPositiveFinite(float v) {
    return std::isfinite(v) && v > 0;
}

bool isSpace(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<PanelSetting::Kind> unitKind(std::string_view unit) {
    if (unit == "in" || unit == "inch" || unit == "inches" || unit == "\"")
        return PanelSetting::Kind::DiagonalInches;
    if (unit == "dpi" || unit == "ppi") return PanelSetting::Kind::Dpi;
    return std::nullopt;
}

PanelSettingParse failure(std::string_view text, std::string_view why) {
    return {std::nullopt, "panel size \"" + std::string(text) + "\": " + std::string(why)};
}

}  // namespace

PanelSettingParse parsePanelSetting(std::string_view text) {
    const std::string compact = lowercase(trimmed(text));
    if (compact.empty() || compact == "auto") return {PanelSetting{}, {}};
    float value = 0;
    const char* end = compact.data() + compact.size();
    auto [rest, ec] = std::from_chars(compact.data(), end, value);
    if (ec != std::errc{} || !std::isfinite(value))
        return failure(text, "expected a number such as 7in or 96dpi");
    const std::string_view unit = trimmed({rest, static_cast<std::size_t>(end - rest)});
    const auto kind = unitKind(unit);
    if (!kind) return failure(text, "unit must be in or dpi");
    if (*kind == PanelSetting::Kind::DiagonalInches && (value < kMinInches || value > kMaxInches))
        return failure(text, "diagonal must be between 2 and 150 inches");
    if (*kind == PanelSetting::Kind::Dpi && (value < kMinDpi || value > kMaxDpi))
        return failure(text, "density must be between 20 and 1200 dpi");
    return {PanelSetting{*kind, value}, {}};
}

PanelGeometry PanelGeometry::fromDiagonal(float inches, int widthPx, int heightPx) {
    if (!isPositiveFinite(inches) || widthPx <= 0 || heightPx <= 0) return PanelGeometry();
    const float diagonalPx = std::hypot(static_cast<float>(widthPx), static_cast<float>(heightPx));
    return PanelGeometry(diagonalPx / (inches * kMmPerInch));
}

PanelGeometry PanelGeometry::fromDpi(float dpi) {
    if (!isPositiveFinite(dpi)) return PanelGeometry();
    return PanelGeometry(dpi / kMmPerInch);
}

PanelGeometry PanelGeometry::fromSetting(const PanelSetting& setting, int widthPx, int heightPx) {
    switch (setting.kind) {
        case PanelSetting::Kind::DiagonalInches:
            return fromDiagonal(setting.value, widthPx, heightPx);
        case PanelSetting::Kind::Dpi:
            return fromDpi(setting.value);
        case PanelSetting::Kind::Auto:
            break;
    }
    return PanelGeometry();
}

}  // namespace kiosk::input
