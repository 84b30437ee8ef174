// The layout sizes text by its capitals using a constant (session::kCapHeightPerPx): it must
// not overstate the real fonts' capitals, read from their OS/2 table through HarfBuzz.
#include <doctest/doctest.h>

#include "kiosk/session/layout.h"
#include "kiosk/text/font_files.h"
#include "kiosk/text/font_set.h"

using namespace kiosk::text;

TEST_CASE("the fonts' cap height per px is what the layout assumes, or more") {
    for (Weight w : {Weight::Regular, Weight::Bold}) {
        FontSet set(findFontFiles(w));
        REQUIRE(set.size() >= 1);
        CHECK(set.metrics(0).capHeight > 0);
        float ratio = capHeightPerPx(set);
        CAPTURE(ratio);
        CHECK(ratio >= kiosk::session::kCapHeightPerPx);
        CHECK(ratio < kiosk::session::kCapHeightPerPx + 0.02f);  // and not far off
    }
    CHECK(capHeightPerPx(FontSet({})) == 0);
}
