#include <doctest/doctest.h>

#include "kiosk/text/glyph_atlas.h"
#include "kiosk/text/layout_cache.h"

using namespace kiosk::text;

namespace {
FontSet& regular() {
    static FontSet set(findFontFiles(Weight::Regular));
    return set;
}
FontSet& bold() {
    static FontSet set(findFontFiles(Weight::Bold));
    return set;
}
}  // namespace

TEST_CASE("a glyph is rasterised once, by glyph index, and queued for upload once") {
    GlyphAtlas atlas(256);
    TextLayout l = layoutText(regular(), "لا", {});
    REQUIRE(l.lines.size() == 1);
    REQUIRE(l.lines[0].glyphs.size() == 1);  // the lam-alef ligature: no code point of its own
    const Glyph& g = l.lines[0].glyphs[0];
    const AtlasGlyph* a = atlas.get(regular(), 0, g.face, g.id, l.emPx);
    REQUIRE(a);
    CHECK_FALSE(a->empty);
    CHECK(a->x1 > a->x0);
    auto uploads = atlas.takeUploads();
    REQUIRE(uploads.size() == 1);
    CHECK(uploads[0].coverage.size() == static_cast<std::size_t>(uploads[0].w * uploads[0].h));
    CHECK(atlas.get(regular(), 0, g.face, g.id, l.emPx) == a);
    CHECK(atlas.takeUploads().empty());
    CHECK(atlas.stats().rasterised == 1);
}

TEST_CASE("a full atlas says so and starts over on reset, within its fixed size") {
    GlyphAtlas atlas(64);
    TextLayout l = layoutText(regular(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", {.px = 40});
    int drawn = 0;
    for (const Glyph& g : l.lines[0].glyphs)
        if (atlas.get(regular(), 0, g.face, g.id, l.emPx)) ++drawn;
    CHECK(atlas.full());
    CHECK(drawn < 26);
    CHECK(atlas.stats().usedRows <= 64);
    atlas.reset();
    CHECK_FALSE(atlas.full());
    CHECK(atlas.stats().glyphs == 0);
    CHECK(atlas.stats().resets == 1);
}

TEST_CASE("the cache shapes a run once and evicts beyond its capacity") {
    LayoutCache cache(regular(), bold(), 16);
    LayoutParams p;
    const TextLayout& a = cache.get("Mediation Map", Weight::Regular, p);
    const TextLayout& b = cache.get("Mediation Map", Weight::Regular, p);
    CHECK(&a == &b);
    CHECK(cache.stats().misses == 1);
    CHECK(cache.stats().hits == 1);
    cache.get("Mediation Map", Weight::Bold, p);
    CHECK(cache.stats().misses == 2);
    cache.endFrame();
    for (int i = 0; i < 40; ++i) {  // a caption changing every frame
        cache.get("label " + std::to_string(i), Weight::Regular, p);
        cache.endFrame();
    }
    CHECK(cache.stats().entries <= 16);
    CHECK(cache.stats().misses == 42);
}
