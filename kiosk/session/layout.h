#pragma once
// Where each part of the explore screen goes, for any screen from 800x480 to 3840x2160,
// landscape or portrait, with the story card closed, open, or sliding in between.
// Pure maths so it is tested without a display.
#include "kiosk/core/geometry.h"

namespace kiosk::session {

struct Layout {
    Rectf screen, header, map, timeline, card;
    Rectf caption;  // attract mode's caption, over the lower part of the map
    Rectf prompt;   // attract mode's "Touch to explore", over the top of the map
    bool portrait = false;
    bool rtl = false;        // mirrored for a right-to-left language: the card comes from the left
    float cardOpen = 0;      // 0 closed .. 1 open; the card slides in from the edge
    float unit = 8;          // spacing unit in pixels, grows with the screen
    float bodyPx = 20;       // body text height in pixels (>= about 4 mm on the panel)
    float titlePx = 32;      // titles
    float smallPx = 16;      // labels on the map and the timeline
    float minTargetPx = 34;  // 9 mm on the panel
};

// pixelsPerMm comes from the panel-size setting; see kiosk/input/panel.h.
// cardOpen: 0 with no card, 1 with the card fully in, eased values while it slides.
// rtl: mirror every rectangle left to right (Arabic), as the platforms' RTL guides do.
Layout computeLayout(int width, int height, float pixelsPerMm, float cardOpen = 0,
                     bool rtl = false);

}  // namespace kiosk::session
