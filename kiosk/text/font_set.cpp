#include "kiosk/text/font_set.h"

#include <hb-ot.h>
#include <hb.h>

#include <fstream>
#include <iterator>

namespace kiosk::text {
namespace {

constexpr std::size_t kMaxFontBytes = 64u << 20;  // Noto CJK is 20 MB; anything larger is wrong

bool readFile(const std::string& path, std::vector<unsigned char>& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::size_t>(in.tellg());
    if (size == 0 || size > kMaxFontBytes) return false;
    in.seekg(0);
    out.resize(size);
    return static_cast<bool>(in.read(reinterpret_cast<char*>(out.data()), size));
}

}  // namespace

FontSet::FontSet(const std::vector<FontFile>& files) {
    for (const FontFile& file : files) {
        auto face = std::make_unique<Face>();
        face->path = file.path;
        face->family = file.family;
        if (!readFile(file.path, face->data)) {
            error_ += "cannot read the font " + file.path + "; ";
            continue;
        }
        hb_blob_t* blob = hb_blob_create(reinterpret_cast<const char*>(face->data.data()),
                                         static_cast<unsigned>(face->data.size()),
                                         HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t* hbFace = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
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
