#pragma once
// Where each part of the explore screen goes, for any screen from 800x480 to 3840x2160,
// landscape or portrait, with the story card closed, open, or sliding in between.
// Pure maths so it is tested without a display.
#include "kiosk/core/geometry.h"

namespace kiosk::session {

// Cap height per px of type size (ascender to descender): Noto Sans's 714 / (1069 + 293), the
// first face of kiosk/text's FontSet; tests/unit/text checks it against the font's OS/2 table.
constexpr float kCapHeightPerPx = 0.524f;
// Smallest capitals on the panel (issue 14's visitor review): body text 3 mm, labels 2.5 mm.
constexpr float kBodyCapMm = 3.0f;
constexpr float kLabelCapMm = 2.5f;

struct Layout {
    Rectf screen, header, map, timeline, card;
    Rectf caption;  // attract mode's caption, over the lower part of the map
    // What the caption has room for: its title's size (two lines) and its body lines.
    float captionTitlePx = 32;
    int captionBodyLines = 3;
    Rectf prompt;  // attract mode's "Touch to explore", over the top of the map
    bool portrait = false;
    bool rtl = false;    // mirrored for a right-to-left language: the card comes from the left
    float cardOpen = 0;  // 0 closed .. 1 open; the card slides in from the edge
    float unit = 8;      // spacing unit in pixels, grows with the screen
    float pixelsPerMm = 5.5f;  // the panel's density (kiosk/input/panel.h)
    // Type sizes in px (ascender to descender), rounded up where drawn (ui::typeScale).
    float bodyPx = 20;   // body text: capitals >= kBodyCapMm on the panel
    float titlePx = 32;  // titles
    // A card's title: titlePx, or near body size on a short landscape screen (a 7" panel),
    // where a large title would leave the card room for little else.
    float cardTitlePx = 32;
    bool shortScreen = false;  // landscape, with fewer than about 13 body lines of height
    float smallPx = 16;        // labels on the map and the timeline: capitals >= kLabelCapMm
    float minTargetPx = 34;    // 9 mm on the panel
};

// pixelsPerMm comes from the panel-size setting; see kiosk/input/panel.h.
// cardOpen: 0 with no card, 1 with the card fully in, eased values while it slides.
// rtl: mirror every rectangle left to right (Arabic), as the platforms' RTL guides do.
Layout computeLayout(int width, int height, float pixelsPerMm, float cardOpen = 0,
                     bool rtl = false);

}  // namespace kiosk::session
