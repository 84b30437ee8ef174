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

GlyphAtlas::GlyphAtlas(int maxSide, int startSide)
    : maxSide_(std::max(64, maxSide)), packer_(std::make_unique<Packer>()) {
    startSide_ = startSide > 0 ? std::clamp(startSide, 64, maxSide_) : maxSide_;
    reset();
    stats_.resets = 0;
}

GlyphAtlas::~GlyphAtlas() = default;

// A fresh skyline over the whole side, with the top-left reserved x reserved texels taken.
void GlyphAtlas::startPacker(int reserved) {
    packer_->nodes.assign(static_cast<std::size_t>(side_), stbrp_node{});
    stbrp_init_target(&packer_->context, side_, side_, packer_->nodes.data(), side_);
    if (reserved > 0) {
        stbrp_rect old{};
        old.w = reserved;
        old.h = reserved;
        stbrp_pack_rects(&packer_->context, &old, 1);  // the first rect lands at (0, 0)
    }
}

void GlyphAtlas::reset() {
    side_ = startSide_;
    stats_.side = side_;
    startPacker(0);
    glyphs_.clear();
    sources_.clear();
    uploads_.clear();
    full_ = false;
    stats_.glyphs = 0;
    stats_.usedRows = 0;
    ++stats_.resets;
}

bool GlyphAtlas::pack(int w, int h, int& x, int& y) {
    stbrp_rect rect{};
    rect.w = w;
    rect.h = h;
    if (w > side_ || h > side_ || !stbrp_pack_rects(&packer_->context, &rect, 1) ||
        !rect.was_packed)
        return false;
    x = rect.x;
    y = rect.y;
    return true;
}

// Doubles the side; the glyphs keep their texels (top-left quarter) and are queued again,
// since the owner's bigger texture starts empty.
bool GlyphAtlas::grow() {
    if (side_ >= maxSide_) return false;
    int old = side_;
    side_ = std::min(side_ * 2, maxSide_);
    stats_.side = side_;
    startPacker(old);
    uploads_.clear();
    float inv = 1.0f / static_cast<float>(side_);
    for (auto& [key, glyph] : glyphs_) {
        if (glyph.empty) continue;
        float w = glyph.x1 - glyph.x0, h = glyph.y1 - glyph.y0;
        glyph.u0 = static_cast<float>(glyph.tx) * inv;
        glyph.v0 = static_cast<float>(glyph.ty) * inv;
        glyph.u1 = (static_cast<float>(glyph.tx) + w) * inv;
        glyph.v1 = (static_cast<float>(glyph.ty) + h) * inv;
        uploads_.push_back(rasterise(sources_.at(key), glyph));
    }
    return true;
}

AtlasUpload GlyphAtlas::rasterise(const Source& source, const AtlasGlyph& glyph) {
    auto* info = reinterpret_cast<stbtt_fontinfo*>(fontInfos_.at(source.infoKey).get());
    int w = static_cast<int>(glyph.x1 - glyph.x0), h = static_cast<int>(glyph.y1 - glyph.y0);
    AtlasUpload up{glyph.tx, glyph.ty, w, h, std::vector<unsigned char>(std::size_t(w) * h)};
    stbtt_MakeGlyphBitmap(info, up.coverage.data(), w, h, w, source.scale, source.scale,
                          static_cast<int>(source.id));
    return up;
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
        int x = 0, y = 0;
        while (!pack(w + 2 * kPadding, h + 2 * kPadding, x, y)) {
            if (!grow()) {
                full_ = true;
                return nullptr;
            }
        }
        glyph.tx = x + kPadding;
        glyph.ty = y + kPadding;
        float inv = 1.0f / static_cast<float>(side_);
        glyph.u0 = glyph.tx * inv;
        glyph.v0 = glyph.ty * inv;
        glyph.u1 = (glyph.tx + w) * inv;
        glyph.v1 = (glyph.ty + h) * inv;
        glyph.x0 = static_cast<float>(x0);
        glyph.y0 = static_cast<float>(y0);
        glyph.x1 = static_cast<float>(x1);
        glyph.y1 = static_cast<float>(y1);
        glyph.empty = false;
        Source source{infoKey, id, scale};
        uploads_.push_back(rasterise(source, glyph));
        sources_.emplace(key, source);
        stats_.usedRows = std::max(stats_.usedRows, y + h + 2 * kPadding);
        ++stats_.rasterised;
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
