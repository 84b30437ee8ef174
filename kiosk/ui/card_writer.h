#pragma once
// Lays out a card's scrolling content top to bottom: wrapped text, chips and list rows, from
// the reading direction's start (the right edge in Arabic). Items scrolled out of the visible
// area are neither drawn as tappable nor listed as targets.
#include <string>
#include <vector>

#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

struct Chip {
    std::string targetId;
    Shown label;
};

class CardWriter {
  public:
    // area: the visible scrolling area; scroll: how far the content is scrolled up.
    CardWriter(DrawContext& ctx, Rectf area, float scroll);

    void text(Shown s, Type type, ImU32 color, float gapAfter = 0);
    void paragraphs(Shown s);
    void quote(Shown text, Shown attribution);
    void sectionTitle(Shown title);
    // Returns the id of the chip pressed this frame, or empty.
    std::string chips(const std::vector<Chip>& items);
    // A full-width row with a title and a small line under it; returns true when pressed.
    bool row(const std::string& targetId, Shown title, Shown detail);
    // A picture at the card's width (at most half the visible height), then its caption and
    // credit. While it decodes, its alt text stands in its place.
    void picture(const content::Media& media);
    void space(float px) { y_ += px; }
    // Total content height so far, for the scroll limits.
    float height() const { return y_; }

  private:
    bool visible(float top, float h) const;
    DrawContext& ctx_;
    Rectf area_;
    float scroll_;
    float y_ = 0;  // content coordinates, 0 at the top of the content
};

}  // namespace kiosk::ui
