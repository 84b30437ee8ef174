#pragma once
// The map scene's pieces (markers, then labels) kept as ImGui vertices while the scene holds
// still (issue 17): tessellating four anti-aliased circles per marker was about 40% of a
// still frame with 60 markers, and their counts' and the labels' glyphs most of the rest.
// A frame whose scene generation (session::MapScene::generation) and draw state match the
// recorded one appends the saved vertices and indices instead, byte for byte what drawing
// them again would write. A piece has shapes (the font texture's white pixel) and a text
// (the text layer's texture, KeptDraw).
// KIOSK_NO_MARKER_CACHE=1 in the environment turns it off (the scenario test compares).
#include <imgui.h>

#include "kiosk/ui/widgets.h"

#include <cstdint>
#include <vector>

namespace kiosk::ui {

class MarkerMesh {
  public:
    // Starts a frame's markers (count of them, in drawing order) on list. Keeps the saved
    // vertices while generation and list's draw state (clip rect, texture, atlas UVs,
    // flags) stay the same; records them on the third frame they are the same.
    // textGeneration: TextRenderer::generation(), so that kept texts are recorded again
    // once the glyph atlas has started over.
    void begin(ImDrawList* list, std::uint64_t generation, std::uint64_t textGeneration,
               std::size_t count);
    // Piece i's text: where to keep it while recording, else nullptr; the kept one while
    // replaying, else nullptr (redrawText may still refuse it: then draw it live).
    KeptDraw* keepText(std::size_t i);
    const KeptDraw* keptText(std::size_t i) const;
    // Appends marker i's saved shapes to list and returns true; false (nothing written)
    // when there are none, or the draw state differs, or they would cross the 64k
    // vertices a 16-bit index can reach: then draw them live between record and stop.
    bool replay(ImDrawList* list, std::size_t i);
    void record(ImDrawList* list, std::size_t i);
    void stop(ImDrawList* list, std::size_t i);
    // Markers replayed since begin (tests, benchmarks).
    std::size_t replayed() const { return replayed_; }

  private:
    struct Span {
        int vtx = 0, vtxCount = -1;  // in verts_; vtxCount -1: not recorded
        int idx = 0, idxCount = 0;   // in idx_, as written (from vertex startCurrent on)
        int startVtx = 0, startIdx = 0;
        unsigned startCurrent = 0;
        ImDrawCmdHeader header{};
    };
    struct Key {
        std::uint64_t generation = 0, textGeneration = 0;
        const ImDrawListSharedData* data = nullptr;
        ImVec2 whitePixel;
        const ImVec4* uvLines = nullptr;
        float circleError = 0;
        ImDrawListFlags flags = 0;
        ImVec4 clip;
        ImTextureID texture = nullptr;
        bool operator==(const Key& o) const;
    };
    static Key keyOf(const ImDrawList* list, std::uint64_t generation,
                     std::uint64_t textGeneration);
    static bool sameHeader(const ImDrawCmdHeader& a, const ImDrawCmdHeader& b);

    enum class Mode { Live, Record, Replay };
    bool enabled_ = true, recorded_ = false;
    Mode mode_ = Mode::Live;
    int still_ = 0;  // frames since the key last changed
    Key key_;
    std::vector<Span> spans_;
    std::vector<ImDrawVert> verts_;
    std::vector<ImDrawIdx> idx_;
    std::vector<KeptDraw> texts_;
    std::size_t replayed_ = 0;
};

}  // namespace kiosk::ui
