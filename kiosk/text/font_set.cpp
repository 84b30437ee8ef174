#include "kiosk/text/font_set.h"

#include <hb-ot.h>
#include <hb.h>

namespace kiosk::text {
namespace {

constexpr std::size_t kMaxFontBytes = 64u << 20;  // Noto CJK is 20 MB; anything larger is wrong

}  // namespace

FontSet::FontSet(const std::vector<FontFile>& files) {
    for (const FontFile& file : files) {
        auto face = std::make_unique<Face>();
        face->path = file.path;
        face->family = file.family;
        // Mapped, not read: the pages are the file's (shared, dropped under pressure), not
        // the process's anonymous memory. HarfBuzz and stb_truetype both read from the map.
        face->blob = hb_blob_create_from_file_or_fail(file.path.c_str());
        unsigned size = face->blob ? hb_blob_get_length(face->blob) : 0;
        if (size == 0 || size > kMaxFontBytes) {
            error_ += "cannot read the font " + file.path + "; ";
            continue;
        }
        hb_face_t* hbFace = hb_face_create(face->blob, 0);
        if (hb_face_get_glyph_count(hbFace) == 0) {
            hb_face_destroy(hbFace);
            error_ += "not a font: " + file.path + "; ";
            continue;
        }
        face->font = hb_font_create(hbFace);
        hb_face_destroy(hbFace);  // the font keeps its own reference
        face->metrics.unitsPerEm = static_cast<int>(hb_face_get_upem(hb_font_get_face(face->font)));
        hb_font_extents_t ext{};
        hb_font_get_h_extents(face->font, &ext);
        face->metrics.ascender = ext.ascender;
        face->metrics.descender = ext.descender;
        face->metrics.lineGap = ext.line_gap;
        hb_position_t cap = 0;
        if (hb_ot_metrics_get_position(face->font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap))
            face->metrics.capHeight = cap;
        faces_.push_back(std::move(face));
    }
}

float capHeightPerPx(const FontSet& set) {
    if (set.size() == 0) return 0;
    const FaceMetrics& m = set.metrics(0);
    int span = m.ascender - m.descender;
    return span > 0 ? float(m.capHeight) / float(span) : 0;
}

FontSet::~FontSet() {
    for (auto& face : faces_) hb_font_destroy(face->font);
}

FontSet::Face::~Face() {
    hb_blob_destroy(blob);  // null-safe; fonts that failed keep it until here
}

std::span<const unsigned char> FontSet::data(std::size_t face) const {
    unsigned size = 0;
    const char* bytes = hb_blob_get_data(faces_[face]->blob, &size);
    return {reinterpret_cast<const unsigned char*>(bytes), size};
}

bool FontSet::has(std::size_t face, char32_t cp) const {
    hb_codepoint_t glyph = 0;
    return face < faces_.size() && hb_font_get_nominal_glyph(faces_[face]->font, cp, &glyph);
}

std::size_t FontSet::faceFor(char32_t cp) const {
    for (std::size_t i = 0; i < faces_.size(); ++i)
        if (has(i, cp)) return i;
    return 0;
}

}  // namespace kiosk::text
