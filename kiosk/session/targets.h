#pragma once
// Every tappable thing on screen, rebuilt each drawn frame. Taps are hit-tested against what
// the visitor saw in the last frame, and the state dump lists them for tests.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/geometry.h"

namespace kiosk::session {

struct Target {
    std::string id;  // "place:moscow", "event:...", "button:home"
    Rectf rect;
};

// A text label drawn on the map or the timeline, for tests that check nothing overlaps.
struct DrawnLabel {
    std::string text;
    Rectf rect;
};

// Any text drawn this frame, for tests that check it fits, in the right language: rect is
// its ink box, clip the area it was clipped to (fits when rect is inside clip).
struct DrawnText {
    std::string text, language;
    Rectf rect, clip;
    bool rtl = false;        // its paragraph reads right to left
    bool truncated = false;  // cut short with an ellipsis to fit its lines
    bool scrolls = false;    // inside a scrolling area (a card): cut at its edges on purpose
    bool marker = false;     // a count on a map marker or a timeline cluster
    float capMm = 0;         // its capitals' height on the panel, in mm
};

class Targets {
  public:
    void clear() {
        items_.clear();
        labels_.clear();
        texts_.clear();
    }
    void addText(DrawnText text) { texts_.push_back(std::move(text)); }
    const std::vector<DrawnText>& texts() const { return texts_; }
    void addLabel(std::string text, Rectf rect) { labels_.push_back({std::move(text), rect}); }
    const std::vector<DrawnLabel>& labels() const { return labels_; }
    void add(std::string id, Rectf rect) { items_.push_back({std::move(id), rect}); }
    // The target under p whose id starts with prefix; the one drawn last (on top) wins,
    // then the one whose centre is nearest.
    const Target* hit(Vec2f p, std::string_view prefix) const;
    const std::vector<Target>& items() const { return items_; }

  private:
    std::vector<Target> items_;
    std::vector<DrawnLabel> labels_;
    std::vector<DrawnText> texts_;
};

}  // namespace kiosk::session
