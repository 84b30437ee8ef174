#pragma once
// The loaded font faces of one weight, in fallback order, shared by shaping (HarfBuzz) and
// rasterising (stb_truetype). Shaping runs at the faces' own units per em, so a shaped run
// does not depend on the size it is drawn at; sizes are applied when laying out.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kiosk/text/font_files.h"

struct hb_font_t;
struct hb_blob_t;

namespace kiosk::text {

struct FaceMetrics {
    int unitsPerEm = 1000;
    int ascender = 0;   // font units above the baseline (hhea/OS2, as HarfBuzz reads them)
    int descender = 0;  // font units below the baseline, negative
    int lineGap = 0;
    int capHeight = 0;  // font units, OS/2 sCapHeight (hb_ot_metrics); 0 when the face has none
};

// Cap height as a share of a Type's px (ascender to descender, ImGui's sense of a size): what
// a reader sees as the letters' height. 0 for an empty set. The first face (Latin) stands for
// the set, since legibility rules (EXHIBIT.md: capitals in mm) are stated for capitals.
class FontSet;
float capHeightPerPx(const FontSet& set);

class FontSet {
  public:
    // Loads every file (mapped read-only, once). Files that cannot be read or parsed are
    // skipped and named in error(); an empty set draws nothing but never crashes.
    explicit FontSet(const std::vector<FontFile>& files);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    std::size_t size() const { return faces_.size(); }
    const std::string& error() const { return error_; }
    const std::string& family(std::size_t face) const { return faces_[face]->family; }
    const FaceMetrics& metrics(std::size_t face) const { return faces_[face]->metrics; }
    hb_font_t* hbFont(std::size_t face) const { return faces_[face]->font; }
    // The file's bytes (a read-only map), for the rasteriser; valid while the set lives.
    std::span<const unsigned char> data(std::size_t face) const;

    // True when the face's cmap maps the code point (HarfBuzz nominal glyph).
    bool has(std::size_t face, char32_t cp) const;
    // The first face that has cp, else 0 (its .notdef box is drawn: visible, never a crash).
    std::size_t faceFor(char32_t cp) const;

  private:
    struct Face {
        std::string path, family;
        hb_blob_t* blob = nullptr;  // the mapped file
        hb_font_t* font = nullptr;
        ~Face();
        FaceMetrics metrics;
    };
    std::vector<std::unique_ptr<Face>> faces_;
    std::string error_;
};

}  // namespace kiosk::text
