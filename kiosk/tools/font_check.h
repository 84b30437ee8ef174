#pragma once
// The loader's GlyphCheck (kiosk/content/load.h) answered from the bundled fonts' cmaps and
// ICU's exemplar characters (kiosk/text/coverage.h). It lives here, not in kiosk_content, so
// the content library links neither HarfBuzz nor ICU.
#include "kiosk/content/load.h"
#include "kiosk/text/coverage.h"

namespace kiosk::tools {

class FontGlyphCheck : public content::GlyphCheck {
  public:
    explicit FontGlyphCheck(const std::vector<text::FontFile>& files) : fonts_(files) {}
    bool usable() const { return !fonts_.empty(); }
    // "the bundled fonts (Noto Sans, ...) lack 27 of the 27 letters of "he" (CLDR), e.g. ..."
    std::string languageProblem(std::string_view code) const override;
    // "U+05D0 HEBREW LETTER ALEF (Hebrew script), character 7 of this text, is in no ..."
    std::string textProblem(std::string_view text) const override;

  private:
    text::FontCoverage fonts_;
};

}  // namespace kiosk::tools
