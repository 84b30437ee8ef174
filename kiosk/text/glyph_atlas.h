#pragma once
// A bounded glyph atlas keyed by glyph index, not code point: shaped Arabic needs the
// joining forms and ligatures that have no code point of their own. Glyphs are rasterised
// lazily by stb_truetype (libstb) when first drawn and packed by stb_rect_pack's skyline
// packer. It starts small and doubles its side when a glyph does not fit, keeping every
// glyph where it was (they are queued again for the bigger texture); at its largest side,
// a full atlas starts over: the owner calls reset() between frames and the glyphs still on
// screen are rasterised again. Memory is at most side*side bytes on the GPU's side (the CPU
// keeps only the pending uploads). No GL here; kiosk/ui uploads.
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "kiosk/text/font_set.h"

namespace kiosk::text {

struct AtlasGlyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // texture coordinates, 0..1
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // quad in px relative to the pen on the baseline
    int tx = 0, ty = 0;                    // top-left texel; stays put when the atlas grows
    bool empty = true;                     // nothing to draw (a space)
};

struct AtlasUpload {
    int x = 0, y = 0, w = 0, h = 0;       // texel rectangle
    std::vector<unsigned char> coverage;  // w*h bytes, row by row, 0..255
};

struct AtlasStats {
    int side = 0;        // texels
    int glyphs = 0;      // glyphs held now
    int usedRows = 0;    // highest texel row in use
    int resets = 0;      // times the atlas started over
    int rasterised = 0;  // glyphs rasterised since start
};

class GlyphAtlas {
  public:
    // maxSide: texels per side at most (a power of two up to GL_MAX_TEXTURE_SIZE; 2048 fits
    // a Pi 3). startSide: the side it starts at (a power of two; 0 or larger: maxSide).
    explicit GlyphAtlas(int maxSide, int startSide = 0);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // The glyph `id` of `face` in `fonts` at emPx (pixels per em), rasterised on first use.
    // fontsId tells sets apart (regular 0, bold 1); the set must outlive the atlas.
    // Returns nullptr when it does not fit at the largest side: full() is then true, and the
    // caller resets between frames. side() may have doubled: texture coordinates of earlier
    // glyphs are then rescaled (tx, ty stay), and all glyphs are queued for upload again.
    const AtlasGlyph* get(const FontSet& fonts, int fontsId, std::uint16_t face, std::uint32_t id,
                          float emPx);

    std::vector<AtlasUpload> takeUploads();  // new glyphs since the last call, to upload
    bool full() const { return full_; }
    void reset();  // forget every glyph and go back to the start side
    const AtlasStats& stats() const { return stats_; }
    int side() const { return side_; }
    int maxSide() const { return maxSide_; }

  private:
    struct Packer;
    struct Source {  // where a glyph came from, to rasterise it again after growing
        std::uint64_t infoKey = 0;
        std::uint32_t id = 0;
        float scale = 0;
    };
    bool pack(int w, int h, int& x, int& y);
    bool grow();
    void startPacker(int reserved);
    AtlasUpload rasterise(const Source& source, const AtlasGlyph& glyph);
    int side_, startSide_, maxSide_;
    std::unique_ptr<Packer> packer_;
    std::unordered_map<std::uint64_t, AtlasGlyph> glyphs_;
    std::unordered_map<std::uint64_t, Source> sources_;  // the drawn (non-empty) glyphs
    std::unordered_map<std::uint64_t, std::unique_ptr<unsigned char[]>> fontInfos_;
    std::vector<AtlasUpload> uploads_;
    AtlasStats stats_;
    bool full_ = false;
};

}  // namespace kiosk::text
