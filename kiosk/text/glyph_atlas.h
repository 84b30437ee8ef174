#pragma once
// A bounded glyph atlas keyed by glyph index, not code point: shaped Arabic needs the
// joining forms and ligatures that have no code point of their own. Glyphs are rasterised
// lazily by stb_truetype (libstb) when first drawn and packed by stb_rect_pack's skyline
// packer. When the atlas is full, it starts over: the owner calls reset() between frames
// and the glyphs still on screen are rasterised again. Memory is fixed at side*side bytes
// on the GPU's side (the CPU keeps only the pending uploads). No GL here; kiosk/ui uploads.
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "kiosk/text/font_set.h"

namespace kiosk::text {

struct AtlasGlyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // texture coordinates, 0..1
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // quad in px relative to the pen on the baseline
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
    // side: texels per side (a power of two up to GL_MAX_TEXTURE_SIZE; 2048 fits a Pi 3).
    explicit GlyphAtlas(int side);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // The glyph `id` of `face` in `fonts` at emPx (pixels per em), rasterised on first use.
    // fontsId tells sets apart (regular 0, bold 1). Returns nullptr when it does not fit:
    // full() is then true, and the caller resets between frames.
    const AtlasGlyph* get(const FontSet& fonts, int fontsId, std::uint16_t face, std::uint32_t id,
                          float emPx);

    std::vector<AtlasUpload> takeUploads();  // new glyphs since the last call, to upload
    bool full() const { return full_; }
    void reset();  // forget every glyph; the texture's old texels are then unused
    const AtlasStats& stats() const { return stats_; }
    int side() const { return side_; }

  private:
    struct Packer;
    int side_;
    std::unique_ptr<Packer> packer_;
    std::unordered_map<std::uint64_t, AtlasGlyph> glyphs_;
    std::unordered_map<std::uint64_t, std::unique_ptr<unsigned char[]>> fontInfos_;
    std::vector<AtlasUpload> uploads_;
    AtlasStats stats_;
    bool full_ = false;
};

}  // namespace kiosk::text
