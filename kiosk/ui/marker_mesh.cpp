#include "kiosk/ui/marker_mesh.h"

#include <imgui_internal.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace kiosk::ui {

bool MarkerMesh::Key::operator==(const Key& o) const {
    return generation == o.generation && textGeneration == o.textGeneration && data == o.data &&
           whitePixel.x == o.whitePixel.x && whitePixel.y == o.whitePixel.y &&
           uvLines == o.uvLines && circleError == o.circleError && flags == o.flags &&
           std::memcmp(&clip, &o.clip, sizeof clip) == 0 && texture == o.texture;
}

MarkerMesh::Key MarkerMesh::keyOf(const ImDrawList* list, std::uint64_t generation,
                                  std::uint64_t textGeneration) {
    const ImDrawListSharedData* d = list->_Data;
    return {generation,
            textGeneration,
            d,
            d->TexUvWhitePixel,
            d->TexUvLines,
            d->CircleSegmentMaxError,
            list->Flags,
            list->_CmdHeader.ClipRect,
            list->_CmdHeader.TextureId};
}

bool MarkerMesh::sameHeader(const ImDrawCmdHeader& a, const ImDrawCmdHeader& b) {
    return std::memcmp(&a.ClipRect, &b.ClipRect, sizeof a.ClipRect) == 0 &&
           a.TextureId == b.TextureId;
}

void MarkerMesh::begin(ImDrawList* list, std::uint64_t generation, std::uint64_t textGeneration,
                       std::size_t count) {
    static const bool off = [] {
        const char* v = std::getenv("KIOSK_NO_MARKER_CACHE");
        return v && *v && *v != '0';
    }();
    enabled_ = !off;
    replayed_ = 0;
    Key key = keyOf(list, generation, textGeneration);
    // A scene that changes every frame or two (a flight, a pan: the finger moves less
    // often than frames are drawn) is never recorded: only one that stayed the same for
    // three frames, replayed from the fourth on.
    if (!(key == key_)) {
        key_ = key;
        mode_ = Mode::Live;
        recorded_ = false;
        still_ = 0;
        return;
    }
    if (recorded_ && spans_.size() == count) {
        mode_ = Mode::Replay;
        return;
    }
    if (++still_ < 2) {
        mode_ = Mode::Live;
        return;
    }
    mode_ = enabled_ ? Mode::Record : Mode::Live;
    recorded_ = enabled_;
    spans_.assign(count, Span{});
    texts_.assign(count, KeptDraw{});
    verts_.clear();
    idx_.clear();
}

KeptDraw* MarkerMesh::keepText(std::size_t i) {
    return mode_ == Mode::Record && i < texts_.size() ? &texts_[i] : nullptr;
}

const KeptDraw* MarkerMesh::keptText(std::size_t i) const {
    return mode_ == Mode::Replay && i < texts_.size() ? &texts_[i] : nullptr;
}

bool MarkerMesh::replay(ImDrawList* list, std::size_t i) {
    if (mode_ != Mode::Replay || i >= spans_.size()) return false;
    const Span& s = spans_[i];
    if (s.vtxCount < 0 || !sameHeader(s.header, list->_CmdHeader)) return false;
    if (sizeof(ImDrawIdx) == 2 && list->_VtxCurrentIdx + unsigned(s.vtxCount) >= (1u << 16))
        return false;  // where drawing live would start a new vertex offset
    if (s.vtxCount == 0) return true;
    list->PrimReserve(s.idxCount, s.vtxCount);
    std::memcpy(list->_VtxWritePtr, verts_.data() + s.vtx, sizeof(ImDrawVert) * s.vtxCount);
    // Indices are kept as written, from the recorded first vertex: a still screen puts the
    // markers at the same vertex each frame, and they are copied as they are.
    const ImDrawIdx* __restrict from = idx_.data() + s.idx;
    ImDrawIdx* __restrict to = list->_IdxWritePtr;
    unsigned base = list->_VtxCurrentIdx, recorded = s.startCurrent;
    int n = s.idxCount;
    if (base == recorded) {
        std::memcpy(to, from, sizeof(ImDrawIdx) * std::size_t(n));
    } else {
        // Every index is in [recorded, recorded + vtxCount) and its new value below 64k, so
        // no carry or borrow crosses a 16-bit lane of a 64-bit word.
        bool up = base > recorded;
        unsigned delta = up ? base - recorded : recorded - base;
        int k = 0;
        if constexpr (sizeof(ImDrawIdx) == 2) {
            const std::uint64_t lanes = std::uint64_t(delta) * 0x0001000100010001ull;
            for (; k + 4 <= n; k += 4) {
                std::uint64_t w;
                std::memcpy(&w, from + k, sizeof w);
                w = up ? w + lanes : w - lanes;
                std::memcpy(to + k, &w, sizeof w);
            }
        }
        for (; k < n; ++k) to[k] = ImDrawIdx(up ? from[k] + delta : from[k] - delta);
    }
    list->_VtxWritePtr += s.vtxCount;
    list->_IdxWritePtr += s.idxCount;
    list->_VtxCurrentIdx += unsigned(s.vtxCount);
    ++replayed_;
    return true;
}

void MarkerMesh::record(ImDrawList* list, std::size_t i) {
    if (mode_ != Mode::Record || i >= spans_.size()) return;
    Span& s = spans_[i];
    s.startVtx = list->VtxBuffer.Size;
    s.startIdx = list->IdxBuffer.Size;
    s.startCurrent = list->_VtxCurrentIdx;
    s.header = list->_CmdHeader;
}

void MarkerMesh::stop(ImDrawList* list, std::size_t i) {
    if (mode_ != Mode::Record || i >= spans_.size()) return;
    Span& s = spans_[i];
    int nv = list->VtxBuffer.Size - s.startVtx, ni = list->IdxBuffer.Size - s.startIdx;
    // One draw command, one vertex offset, indices inside the span: else never replayed.
    if (!sameHeader(s.header, list->_CmdHeader) ||
        list->_VtxCurrentIdx - s.startCurrent != unsigned(nv))
        return;
    // Every index written since record is in [startCurrent, startCurrent + nv): the vertex
    // counter only grew (checked above), and ImGui indexes only the vertices it just wrote.
    const ImDrawIdx* written = list->IdxBuffer.Data + s.startIdx;
    s.vtx = int(verts_.size());
    s.idx = int(idx_.size());
    verts_.insert(verts_.end(), list->VtxBuffer.Data + s.startVtx,
                  list->VtxBuffer.Data + s.startVtx + nv);
    idx_.insert(idx_.end(), written, written + ni);
    s.idxCount = ni;
    s.vtxCount = nv;
}

}  // namespace kiosk::ui
