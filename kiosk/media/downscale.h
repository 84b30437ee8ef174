#pragma once
// Shrinking decoded pictures to the size they are shown at, so a camera photo costs a card's
// worth of texture memory rather than its own.
#include "kiosk/content/image_probe.h"

namespace kiosk::media {

struct Size {
    int width = 0, height = 0;
    bool operator==(const Size&) const = default;
};

// The size with the same aspect ratio whose longer side is at most maxSidePx (never larger than
// the source, never below 1 x 1).
Size fitWithin(Size source, int maxSidePx);

// Area-averages an RGBA8 image down to fitWithin(); returns it unchanged when it already fits
// or is not ok. Colours are weighted by alpha so transparent pixels do not bleed into edges.
content::DecodedImage downscaleToFit(content::DecodedImage image, int maxSidePx);

}  // namespace kiosk::media
