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

TEST_CASE("a small atlas doubles when full, keeping its glyphs' texels, up to its largest side") {
    GlyphAtlas atlas(128, 64);
    CHECK(atlas.side() == 64);
    TextLayout l = layoutText(regular(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", {.px = 40});
    const Glyph& first = l.lines[0].glyphs[0];
    const AtlasGlyph* a = atlas.get(regular(), 0, first.face, first.id, l.emPx);
    REQUIRE(a);
    int tx = a->tx, ty = a->ty;
    float u0 = a->u0;
    CHECK(u0 == doctest::Approx(float(tx) / 64));
    CHECK(atlas.takeUploads().size() == 1);
    int drawn = 1;
    for (std::size_t i = 1; i < l.lines[0].glyphs.size() && atlas.side() == 64; ++i) {
        const Glyph& g = l.lines[0].glyphs[i];
        if (atlas.get(regular(), 0, g.face, g.id, l.emPx)) ++drawn;
    }
    REQUIRE(atlas.side() == 128);  // grew instead of failing
    CHECK_FALSE(atlas.full());
    CHECK(a->tx == tx);  // the first glyph stayed where the old texture had it
    CHECK(a->ty == ty);
    CHECK(a->u0 == float(tx) / 128);
    // The bigger texture starts empty: every glyph held is queued again, the first included.
    auto uploads = atlas.takeUploads();
    CHECK(int(uploads.size()) == drawn);
    bool firstQueued = false;
    for (const auto& up : uploads) firstQueued |= up.x == tx && up.y == ty;
    CHECK(firstQueued);
    TextLayout big = layoutText(regular(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", {.px = 90});
    for (const Glyph& g : big.lines[0].glyphs) atlas.get(regular(), 0, g.face, g.id, big.emPx);
    CHECK(atlas.full());  // at 128 it cannot grow again
    CHECK(atlas.side() == 128);
    atlas.reset();
    CHECK(atlas.side() == 64);  // back to the start side
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
