#pragma once
// Draws laid-out text (kiosk/text) through ImGui's draw lists, from a glyph atlas texture of
// our own: ImGui 1.86 maps one code point to one glyph, left to right, which cannot show
// Arabic. Owns the font faces, the layout cache and the atlas; one per GL context.
#include <imgui.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/text/glyph_atlas.h"
#include "kiosk/text/layout_cache.h"

namespace kiosk::ui {

// A face and a size: text::Weight and pixels (ImGui's sense: ascender to descender).
struct Type {
    text::Weight weight = text::Weight::Regular;
    float px = 16;
};

// Start and End follow the reading direction of the screen: Start is right in Arabic.
enum class Align { Start, Center, End };

// The vertices one draw() wrote, kept to be written again unchanged while a scene holds
// still (ui/marker_mesh.h): four per glyph, as ImDrawList::PrimRectUV wrote them, with the
// atlas's texel coordinates (made 0..1 at endFrame, like a live draw's).
struct KeptText {
    std::vector<ImDrawVert> verts;
    std::uint64_t generation =
        0;                  // the atlas's: it starts over, or is made anew, and they go stale
    bool complete = false;  // every glyph was in the atlas
};

struct TextStats {
    text::CacheStats cache;
    text::AtlasStats atlas;
    std::uint64_t redrawn = 0;  // texts written from kept vertices (redraw), since start
};

class TextRenderer {
  public:
    // Finds the fonts (text::findFontFiles, $KIOSK_FONT_DIR first). Needs no GL yet.
    TextRenderer();
    ~TextRenderer();
    TextRenderer(const TextRenderer&) = delete;
    TextRenderer& operator=(const TextRenderer&) = delete;

    // Empty when the fonts loaded; else what is missing (text then draws nothing).
    const std::string& error() const { return error_; }

    // Capitals' height per px of a Type's size, from the weight's first face (hb_ot_metrics).
    float capHeightPerPx(text::Weight weight) const;

    // Sizes the atlas for the screen's text: bodyPx in pixels, maxTexture from GL. Called
    // when the screen size changes; forgets every glyph.
    void configure(float bodyPx, int maxTextureSize);

    // The cached layout of utf8, in `language` (BCP 47): its direction is the language's
    // (ICU), or found from the first strong letter when language is empty. maxWidth 0: one
    // line per paragraph. rtlScreen: the screen reads right to left.
    const text::TextLayout& layout(std::string_view utf8, Type type, float maxWidth, int maxLines,
                                   bool rtlScreen, std::string_view language);

    // Draws a layout with its top-left corner in a box at `at` of width boxWidth (lines are
    // aligned in it). Glyphs that do not fit the atlas this frame are skipped, and
    // wantsRedraw() asks for another frame once the atlas has started over.
    // keep, when given, receives the vertices written, for redraw.
    void draw(ImDrawList* list, const text::TextLayout& layout, Type type, ImVec2 at,
              float boxWidth, Align align, bool rtlScreen, ImU32 color, KeptText* keep = nullptr);
    // Writes kept vertices again, with the same draw commands draw() made: byte for byte the
    // same list, without shaping lookups or the atlas. False (nothing written) when they are
    // stale or incomplete: then draw again.
    bool redraw(ImDrawList* list, const KeptText& kept);

    // After drawing a frame, before rendering it: uploads the new glyphs, ends the cache's
    // frame, and starts the atlas over if it filled up.
    void endFrame();
    bool wantsRedraw() const { return wantsRedraw_; }
    // Changes whenever the atlas starts over, or another renderer is made: kept vertices of
    // an older generation name texels that may hold other glyphs now.
    std::uint64_t generation() const { return generation_; }
    TextStats stats() const;

  private:
    void ensureTexture();
    ImTextureID textureId() const;
    struct TexelRun {  // vertices drawn this frame whose uv are texels, not yet 0..1
        ImDrawList* list;
        int first, count;
    };
    std::vector<TexelRun> texelRuns_;
    struct Quad {
        ImVec2 a, b, uvA, uvB;
    };
    std::vector<Quad> quads_;  // one text's glyphs, placed
    std::unique_ptr<text::FontSet> regular_, bold_;
    std::unique_ptr<text::LayoutCache> cache_;
    std::unique_ptr<text::GlyphAtlas> atlas_;
    unsigned texture_ = 0;
    int textureSide_ = 0;
    bool wantsRedraw_ = false;
    std::uint64_t redrawn_ = 0;
    std::uint64_t generation_;  // the atlas's fresh start, unique in the process (KeptText)
    std::map<std::string, bool, std::less<>> rtlLanguages_;  // language -> reads right to left
    std::string error_;
};

}  // namespace kiosk::ui
