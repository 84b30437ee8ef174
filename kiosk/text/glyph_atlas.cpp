#include "kiosk/text/glyph_atlas.h"

#include <stb_rect_pack.h>
#include <stb_truetype.h>

#include <algorithm>
#include <cmath>

namespace kiosk::text {

struct GlyphAtlas::Packer {
    stbrp_context context;
    std::vector<stbrp_node> nodes;
};

namespace {

constexpr int kPadding = 1;  // texels around each glyph, so bilinear sampling never bleeds

std::uint64_t keyOf(int fontsId, std::uint16_t face, std::uint32_t id, float emPx) {
    auto size = static_cast<std::uint64_t>(std::lround(emPx * 4)) & 0xFFFF;  // quarter px
    return (static_cast<std::uint64_t>(fontsId & 0xF) << 60) |
           (static_cast<std::uint64_t>(face & 0xFFF) << 48) | (size << 32) | id;
}

}  // namespace

GlyphAtlas::GlyphAtlas(int side) : side_(std::max(64, side)), packer_(std::make_unique<Packer>()) {
    stats_.side = side_;
    reset();
    stats_.resets = 0;
}

GlyphAtlas::~GlyphAtlas() = default;

void GlyphAtlas::reset() {
    packer_->nodes.assign(static_cast<std::size_t>(side_), stbrp_node{});
    stbrp_init_target(&packer_->context, side_, side_, packer_->nodes.data(), side_);
    glyphs_.clear();
    uploads_.clear();
    full_ = false;
    stats_.glyphs = 0;
    stats_.usedRows = 0;
    ++stats_.resets;
}

const AtlasGlyph* GlyphAtlas::get(const FontSet& fonts, int fontsId, std::uint16_t face,
                                  std::uint32_t id, float emPx) {
    std::uint64_t key = keyOf(fontsId, face, id, emPx);
    if (auto it = glyphs_.find(key); it != glyphs_.end()) return &it->second;
    if (face >= fonts.size()) return nullptr;

    // stb_truetype's font info, once per face.
    std::uint64_t infoKey = (static_cast<std::uint64_t>(fontsId) << 16) | face;
    auto& infoBytes = fontInfos_[infoKey];
    if (!infoBytes) {
        infoBytes = std::make_unique<unsigned char[]>(sizeof(stbtt_fontinfo));
        auto data = fonts.data(face);
        if (!stbtt_InitFont(reinterpret_cast<stbtt_fontinfo*>(infoBytes.get()), data.data(),
                            stbtt_GetFontOffsetForIndex(data.data(), 0)))
            return nullptr;
    }
    auto* info = reinterpret_cast<stbtt_fontinfo*>(infoBytes.get());
    float scale = stbtt_ScaleForMappingEmToPixels(info, emPx);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBox(info, static_cast<int>(id), scale, scale, &x0, &y0, &x1, &y1);
    AtlasGlyph glyph;
    int w = x1 - x0, h = y1 - y0;
    if (w > 0 && h > 0) {
        stbrp_rect rect{};
        rect.w = w + 2 * kPadding;
        rect.h = h + 2 * kPadding;
        if (rect.w > side_ || rect.h > side_ || !stbrp_pack_rects(&packer_->context, &rect, 1) ||
            !rect.was_packed) {
            full_ = true;
            return nullptr;
        }
        AtlasUpload up{rect.x + kPadding, rect.y + kPadding, w, h,
                       std::vector<unsigned char>(static_cast<std::size_t>(w * h))};
        stbtt_MakeGlyphBitmap(info, up.coverage.data(), w, h, w, scale, scale,
                              static_cast<int>(id));
        float inv = 1.0f / static_cast<float>(side_);
        glyph = {up.x * inv,
                 up.y * inv,
                 (up.x + w) * inv,
                 (up.y + h) * inv,
                 static_cast<float>(x0),
                 static_cast<float>(y0),
                 static_cast<float>(x1),
                 static_cast<float>(y1),
                 false};
        stats_.usedRows = std::max(stats_.usedRows, rect.y + rect.h);
        ++stats_.rasterised;
        uploads_.push_back(std::move(up));
    }
    ++stats_.glyphs;
    return &glyphs_.emplace(key, glyph).first->second;
}

std::vector<AtlasUpload> GlyphAtlas::takeUploads() {
    std::vector<AtlasUpload> out;
    out.swap(uploads_);
    return out;
}

}  // namespace kiosk::text
