#include "kiosk/ui/text_renderer.h"

#include <GLES2/gl2.h>
#include <unicode/locid.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace kiosk::ui {
namespace {

// Process-wide, so that a renderer made anew never matches vertices kept for another.
std::uint64_t freshGeneration() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

// The atlas starts at 512² (a 1080p home screen uses an eighth of it) and doubles when full.
constexpr int kStartSide = 512;

}  // namespace

TextRenderer::TextRenderer() : generation_(freshGeneration()) {
    const char* dir = std::getenv("KIOSK_FONT_DIR");
    std::string_view override = dir ? dir : "";
    regular_ =
        std::make_unique<text::FontSet>(text::findFontFiles(text::Weight::Regular, override));
    bold_ = std::make_unique<text::FontSet>(text::findFontFiles(text::Weight::Bold, override));
    if (regular_->size() == 0) error_ = "no font found; install fonts-noto-core";
    error_ += regular_->error() + bold_->error();
    cache_ = std::make_unique<text::LayoutCache>(*regular_, *bold_);
    atlas_ = std::make_unique<text::GlyphAtlas>(1024, kStartSide);
}

TextRenderer::~TextRenderer() {
    if (texture_) glDeleteTextures(1, &texture_);
}

float TextRenderer::capHeightPerPx(text::Weight weight) const {
    return text::capHeightPerPx(weight == text::Weight::Bold ? *bold_ : *regular_);
}

void TextRenderer::configure(float bodyPx, int maxTextureSize) {
    // A screenful in three scripts and four type sizes is a few hundred glyphs: 1024² texels
    // hold them up to about 48 px body text; 4K screens may grow to 2048². A full atlas at
    // its largest starts over.
    int side = bodyPx <= 48 ? 1024 : 2048;
    side = std::min(side, std::max(256, maxTextureSize));
    if (!atlas_ || atlas_->maxSide() != side)
        atlas_ = std::make_unique<text::GlyphAtlas>(side, kStartSide);
    atlas_->reset();
    cache_->clear();
    generation_ = freshGeneration();
}

const text::TextLayout& TextRenderer::layout(std::string_view utf8, Type type, float maxWidth,
                                             int maxLines, bool rtlScreen,
                                             std::string_view language) {
    text::LayoutParams p;
    p.px = type.px;
    p.maxWidth = maxWidth;
    p.maxLines = maxLines;
    // The paragraph reads in its language's direction (ICU's likely script for the locale),
    // so "العربية (ar): draft" in an English panel stays an English sentence.
    auto it = rtlLanguages_.find(language);  // no string built per call: this runs per text
    if (it == rtlLanguages_.end()) {
        std::string code(language);
        bool rtl = icu::Locale(code.c_str()).isRightToLeft();
        it = rtlLanguages_.emplace(std::move(code), rtl).first;
    }
    p.direction = language.empty() ? text::Direction::Auto
                  : it->second     ? text::Direction::RightToLeft
                                   : text::Direction::LeftToRight;
    p.autoFallbackRtl = rtlScreen;
    // A label of one line keeps a tight box (its faces' own height); paragraphs get leading.
    p.lineSpacing = (maxLines == 1 || maxWidth <= 0) ? 1.0f : 1.25f;
    p.language = std::string(language);
    return cache_->get(utf8, type.weight, p);
}

void TextRenderer::ensureTexture() {
    if (texture_ && textureSide_ == atlas_->side()) return;
    textureSide_ = atlas_->side();
    // The same texture name at a new size: this frame's draw commands already name it.
    if (!texture_) glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    // Glyphs are drawn at their own size on whole pixels: nearest sampling is exact.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    // Luminance-alpha: ImGui's shader multiplies the vertex colour by (1, 1, 1, coverage).
    std::vector<unsigned char> zero(std::size_t(textureSide_) * textureSide_ * 2, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, textureSide_, textureSide_, 0,
                 GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, zero.data());
    // The atlas has queued every glyph it holds (it grew, or it holds none after a reset).
}

ImTextureID TextRenderer::textureId() const {
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_));
}

void TextRenderer::draw(ImDrawList* list, const text::TextLayout& layout, Type type, ImVec2 at,
                        float boxWidth, Align align, bool rtlScreen, ImU32 color, KeptText* keep) {
    if (keep) *keep = {{}, generation_, true};
    if (layout.lines.empty() || (color & IM_COL32_A_MASK) == 0) return;
    ensureTexture();
    const text::FontSet& fonts = cache_->fonts(type.weight);
    int fontsId = type.weight == text::Weight::Bold ? 1 : 0;
    quads_.clear();  // kept: no allocation per text
    auto& quads = quads_;
    for (const text::Line& line : layout.lines) {
        float slack = boxWidth - line.width;
        bool right = align == Align::End ? !rtlScreen : align == Align::Start && rtlScreen;
        float x0 = at.x + (align == Align::Center ? slack / 2 : right ? slack : 0);
        float baseline = std::round(at.y + line.baseline);
        for (const text::Glyph& g : line.glyphs) {
            const text::AtlasGlyph* a = atlas_->get(fonts, fontsId, g.face, g.id, layout.emPx);
            if (!a) {
                wantsRedraw_ = true;
                if (keep) keep->complete = false;
                continue;
            }
            if (a->empty) continue;
            float px = std::round(x0 + g.x), py = baseline + std::round(g.y);
            // Texels now, divided by the atlas's side in endFrame: it may grow meanwhile.
            float tx = float(a->tx), ty = float(a->ty);
            quads.push_back({{px + a->x0, py + a->y0},
                             {px + a->x1, py + a->y1},
                             {tx, ty},
                             {tx + (a->x1 - a->x0), ty + (a->y1 - a->y0)}});
        }
    }
    if (quads.empty()) return;
    list->PushTextureID(textureId());
    int first = list->VtxBuffer.Size;
    texelRuns_.push_back({list, first, int(quads.size()) * 4});
    list->PrimReserve(int(quads.size()) * 6, int(quads.size()) * 4);
    for (const Quad& q : quads) list->PrimRectUV(q.a, q.b, q.uvA, q.uvB, color);
    if (keep)
        keep->verts.assign(list->VtxBuffer.Data + first,
                           list->VtxBuffer.Data + list->VtxBuffer.Size);
    list->PopTextureID();
}

bool TextRenderer::redraw(ImDrawList* list, const KeptText& kept) {
    if (!kept.complete || kept.generation != generation_) return false;
    if (kept.verts.empty()) return true;  // draw() wrote nothing either
    ensureTexture();
    // What draw() does after placing its quads: the same texture push, reserve and pop.
    int n = int(kept.verts.size()), quads = n / 4;
    list->PushTextureID(textureId());
    texelRuns_.push_back({list, list->VtxBuffer.Size, n});
    list->PrimReserve(quads * 6, n);
    std::memcpy(list->_VtxWritePtr, kept.verts.data(), sizeof(ImDrawVert) * std::size_t(n));
    ImDrawIdx* idx = list->_IdxWritePtr;
    unsigned v = list->_VtxCurrentIdx;
    for (int q = 0; q < quads; ++q, v += 4, idx += 6) {  // PrimRectUV's two triangles
        idx[0] = ImDrawIdx(v);
        idx[1] = ImDrawIdx(v + 1);
        idx[2] = ImDrawIdx(v + 2);
        idx[3] = ImDrawIdx(v);
        idx[4] = ImDrawIdx(v + 2);
        idx[5] = ImDrawIdx(v + 3);
    }
    list->_VtxWritePtr += n;
    list->_IdxWritePtr = idx;
    list->_VtxCurrentIdx = v;
    list->PopTextureID();
    ++redrawn_;
    return true;
}

void TextRenderer::endFrame() {
    cache_->endFrame();
    // The frame's text, drawn with texel coordinates, into the final texture's 0..1 (exact:
    // the side is a power of two). A texture of the grown side replaces the old one.
    float inv = 1.0f / float(atlas_->side());
    for (const TexelRun& run : texelRuns_)
        for (int i = run.first; i < run.first + run.count; ++i) {
            run.list->VtxBuffer[i].uv.x *= inv;
            run.list->VtxBuffer[i].uv.y *= inv;
        }
    texelRuns_.clear();
    if (texture_) ensureTexture();
    auto uploads = atlas_->takeUploads();
    if (!uploads.empty() && texture_) {
        glBindTexture(GL_TEXTURE_2D, texture_);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        std::vector<unsigned char> la;
        for (const auto& up : uploads) {
            la.resize(up.coverage.size() * 2);
            for (std::size_t i = 0; i < up.coverage.size(); ++i) {
                la[2 * i] = 255;
                la[2 * i + 1] = up.coverage[i];
            }
            glTexSubImage2D(GL_TEXTURE_2D, 0, up.x, up.y, up.w, up.h, GL_LUMINANCE_ALPHA,
                            GL_UNSIGNED_BYTE, la.data());
        }
    }
    if (atlas_->full()) {
        atlas_->reset();  // the glyphs on screen come back next frame
        generation_ = freshGeneration();
        wantsRedraw_ = true;
    } else {
        wantsRedraw_ = false;
    }
}

TextStats TextRenderer::stats() const {
    return {cache_->stats(), atlas_->stats(), redrawn_};
}

}  // namespace kiosk::ui
