#pragma once
// Physical size of the panel, so touch thresholds and target sizes can be set in millimetres.
// Set from the exhibit's panel-size setting: "7in" (diagonal, with the pixel size known at
// start-up), "96dpi", or "auto".
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::input {

struct PanelSetting {
    enum class Kind { Auto, DiagonalInches, Dpi };
    Kind kind = Kind::Auto;
    float value = 0;  // inches or dots per inch
};

struct PanelSettingParse {
    std::optional<PanelSetting> setting;  // empty when the text was not understood
    std::string error;                    // why, for the log and the staff menu
};

// Accepts "7in", "15.6 in", "10.1\"", "96dpi", "133ppi", "auto" or "" (case-insensitive).
PanelSettingParse parsePanelSetting(std::string_view text);

class PanelGeometry {
  public:
    // Unknown panel: assume a density rather than a diagonal. Common touch panels sit near
    // 140 dpi (Pi 7" 800x480: 133, 15.6" full HD: 141, 10.1" 1280x800: 149), while a fixed
    // diagonal guess is off by 2x at other resolutions. Erring high makes targets larger,
    // the safe side for touch.
    static constexpr float kDefaultDpi = 140.0f;
    static constexpr float kMinTargetMm = 9.0f;  // smallest comfortable fingertip target
    static constexpr float kMmPerInch = 25.4f;

    PanelGeometry() : PanelGeometry(kDefaultDpi / kMmPerInch) {}
    // Falls back to the default density when any input is not positive and finite.
    static PanelGeometry fromDiagonal(float inches, int widthPx, int heightPx);
    static PanelGeometry fromDpi(float dpi);
    static PanelGeometry fromSetting(const PanelSetting& setting, int widthPx, int heightPx);

    float pixelsPerMm() const { return pixelsPerMm_; }
    float dpi() const { return pixelsPerMm_ * kMmPerInch; }
    float mmToPx(float mm) const { return mm * pixelsPerMm_; }
    float pxToMm(float px) const { return px / pixelsPerMm_; }
    float minTargetPx() const { return mmToPx(kMinTargetMm); }

  private:
    explicit PanelGeometry(float pixelsPerMm) : pixelsPerMm_(pixelsPerMm) {}
    float pixelsPerMm_;
};

}  // namespace kiosk::input
