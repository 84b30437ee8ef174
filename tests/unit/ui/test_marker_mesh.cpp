// ui::MarkerMesh: kept vertices written again must be the very list drawing them live would
// make, wherever on the list the pieces start (issue 17).
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>

#include "kiosk/ui/marker_mesh.h"

namespace {

using kiosk::ui::MarkerMesh;

constexpr int kPieces = 3;

struct Canvas {
    ImDrawListSharedData data;
    ImDrawList list{&data};
    Canvas() {
        data.SetCircleTessellationMaxError(0.3f);
        data.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
        data.ClipRectFullscreen = {0, 0, 800, 600};
    }
    // A frame: `prefix` rectangles before the pieces (the map beneath the markers), then the
    // pieces, through the mesh when one is given.
    void frame(int prefix, MarkerMesh* mesh, std::uint64_t generation = 1,
               std::uint64_t textGeneration = 1) {
        list._ResetForNewFrame();
        list.PushClipRect({0, 0}, {800, 600});
        list.PushTextureID(nullptr);
        for (int p = 0; p < prefix; ++p)
            list.AddRectFilled({1.f * p, 0}, {1.f * p + 5, 5}, IM_COL32(0, 0, 255, 255), 2);
        if (mesh) mesh->begin(&list, generation, textGeneration, kPieces);
        for (int i = 0; i < kPieces; ++i) {
            if (mesh && mesh->replay(&list, std::size_t(i))) continue;
            if (mesh) mesh->record(&list, std::size_t(i));
            ImVec2 c{100.f + 60.f * float(i), 100.5f};
            list.AddCircleFilled(c, 20, IM_COL32(255, 200, 0, 255));
            list.AddCircle(c, 24, IM_COL32(255, 255, 255, 255), 0, 3);
            if (mesh) mesh->stop(&list, std::size_t(i));
        }
    }
};

bool sameLists(const ImDrawList& a, const ImDrawList& b) {
    if (a.VtxBuffer.Size != b.VtxBuffer.Size || a.IdxBuffer.Size != b.IdxBuffer.Size ||
        a.CmdBuffer.Size != b.CmdBuffer.Size)
        return false;
    if (std::memcmp(a.VtxBuffer.Data, b.VtxBuffer.Data, sizeof(ImDrawVert) * a.VtxBuffer.Size) ||
        std::memcmp(a.IdxBuffer.Data, b.IdxBuffer.Data, sizeof(ImDrawIdx) * a.IdxBuffer.Size))
        return false;
    for (int i = 0; i < a.CmdBuffer.Size; ++i) {
        const ImDrawCmd &x = a.CmdBuffer[i], &y = b.CmdBuffer[i];
        if (x.ElemCount != y.ElemCount || x.IdxOffset != y.IdxOffset ||
            x.VtxOffset != y.VtxOffset || x.TextureId != y.TextureId ||
            std::memcmp(&x.ClipRect, &y.ClipRect, sizeof x.ClipRect))
            return false;
    }
    return true;
}

}  // namespace

TEST_CASE("kept pieces are written back byte for byte, at the same or another first vertex") {
    Canvas kept, live;
    MarkerMesh mesh;
    for (int f = 0; f < 3; ++f) kept.frame(5, &mesh);  // the third still frame records
    CHECK(mesh.replayed() == 0);
    // The recorded first vertex (copied as they are), then later (indices up) and earlier
    // (indices down) on the list: the map beneath drew more or fewer vertices.
    for (int prefix : {5, 9, 2, 5}) {
        CAPTURE(prefix);
        kept.frame(prefix, &mesh);
        live.frame(prefix, nullptr);
        CHECK(mesh.replayed() == kPieces);
        CHECK(sameLists(kept.list, live.list));
    }
}

TEST_CASE("a new scene or text generation draws live again, and records anew") {
    for (int which = 0; which < 2; ++which) {
        CAPTURE(which);
        Canvas kept, live;
        MarkerMesh mesh;
        for (int f = 0; f < 4; ++f) kept.frame(5, &mesh);
        CHECK(mesh.replayed() == kPieces);
        std::uint64_t scene = which == 0 ? 2 : 1, text = which == 1 ? 2 : 1;
        kept.frame(5, &mesh, scene, text);
        CHECK(mesh.replayed() == 0);
        CHECK(mesh.keepText(0) == nullptr);  // drawn live, not recorded yet
        live.frame(5, nullptr);
        CHECK(sameLists(kept.list, live.list));
        for (int f = 0; f < 2; ++f) kept.frame(5, &mesh, scene, text);
        CHECK(mesh.keepText(0) != nullptr);  // the third still frame records
        kept.frame(5, &mesh, scene, text);
        CHECK(mesh.replayed() == kPieces);
        CHECK(mesh.keptText(0) != nullptr);
        CHECK(sameLists(kept.list, live.list));
    }
}
