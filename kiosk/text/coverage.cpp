#include "kiosk/text/coverage.h"

#include <hb.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "kiosk/core/utf8.h"

namespace kiosk::text {
namespace {

template <class T, void (*Destroy)(T*)>
struct Deleter {
    void operator()(T* p) const { Destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, Deleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, Deleter<hb_face_t, hb_face_destroy>>;
using Set = std::unique_ptr<hb_set_t, Deleter<hb_set_t, hb_set_destroy>>;
using LocaleData = std::unique_ptr<ULocaleData, Deleter<ULocaleData, ulocdata_close>>;
using USetPtr = std::unique_ptr<USet, Deleter<USet, uset_close>>;

}  // namespace

FontCoverage::FontCoverage(const std::vector<FontFile>& files) {
    Set all(hb_set_create());
    for (const FontFile& file : files) {
        Blob blob(hb_blob_create_from_file_or_fail(file.path.c_str()));
        if (!blob) continue;
        Face face(hb_face_create(blob.get(), 0));
        hb_face_collect_unicodes(face.get(), all.get());
        families_ += (families_.empty() ? "" : ", ") + file.family;
    }
    hb_codepoint_t c = HB_SET_VALUE_INVALID;
    while (hb_set_next(all.get(), &c)) {
        codePoints_.push_back(char32_t(c));
        if (c < kBmp) bmp_[c / 64] |= std::uint64_t(1) << (c % 64);
    }
    printableAscii_ = true;
    for (char32_t c = 0x20; c < 0x7F; ++c) printableAscii_ = printableAscii_ && has(c);
}

bool FontCoverage::hasBeyondBmp(char32_t codePoint) const {
    return std::binary_search(codePoints_.begin(), codePoints_.end(), codePoint);
}

std::optional<ExemplarGap> exemplarGap(const FontCoverage& fonts, std::string_view language) {
    char locale[ULOC_FULLNAME_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    std::string tag(language);
    uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
    LocaleData data(ulocdata_open(locale, &status));
    // The default locale's data (or none): CLDR does not know the language.
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return std::nullopt;
    USetPtr set(ulocdata_getExemplarSet(data.get(), nullptr, USET_ADD_CASE_MAPPINGS,
                                        ULOCDATA_ES_STANDARD, &status));
    if (U_FAILURE(status)) return std::nullopt;
    ExemplarGap gap;
    auto check = [&](UChar32 c) {
        ++gap.exemplars;
        if (!fonts.has(char32_t(c))) gap.missing.push_back(char32_t(c));
    };
    int32_t items = uset_getItemCount(set.get());
    for (int32_t i = 0; i < items; ++i) {
        UChar32 start = 0, end = 0;
        UChar str[64];
        UErrorCode itemStatus = U_ZERO_ERROR;
        int32_t length = uset_getItem(set.get(), i, &start, &end, str, 64, &itemStatus);
        if (U_FAILURE(itemStatus)) continue;
        if (length == 0) {
            for (UChar32 c = start; c <= end; ++c) check(c);
            continue;
        }
        for (int32_t k = 0; k < length;) {  // a multi-character exemplar, e.g. Dutch "ij"
            UChar32 c;
            U16_NEXT(str, k, length, c);
            check(c);
        }
    }
    if (gap.exemplars == 0) return std::nullopt;
    std::sort(gap.missing.begin(), gap.missing.end());
    gap.missing.erase(std::unique(gap.missing.begin(), gap.missing.end()), gap.missing.end());
    return gap;
}

std::optional<Uncovered> firstUncovered(const FontCoverage& fonts, std::string_view utf8) {
    std::optional<Uncovered> first;
    std::size_t character = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    int32_t length = int32_t(std::min<std::size_t>(utf8.size(), INT32_MAX));
    // Runs of printable ASCII are skipped whole when the fonts have all of it (they always do).
    bool asciiCovered = fonts.coversPrintableAscii();
    for (int32_t i = 0; i < length;) {
        if (asciiCovered) {
            auto run = int32_t(printableAsciiPrefix(utf8.substr(std::size_t(i))));
            i += run;
            character += std::size_t(run);
            if (i >= length) break;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        ++character;
        // The font check first: ICU's property lookup only for what the fonts lack.
        if (c < 0 || c == '\n' || c == '\t' || fonts.has(char32_t(c)) ||
            u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
            continue;
        if (!first) first = Uncovered{char32_t(c), character, 0};
        ++first->count;
    }
    return first;
}

std::string describeCodePoint(char32_t codePoint) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(codePoint));
    std::string out = buf;
    char name[128];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_charName(UChar32(codePoint), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    if (U_SUCCESS(status) && n > 0) out += " " + std::string(name, std::size_t(n));
    status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(UChar32(codePoint), &status);
    if (U_SUCCESS(status)) {
        const char* scriptName = uscript_getName(script);
        if (scriptName) out += " (" + std::string(scriptName) + " script)";
    }
    return out;
}

}  // namespace kiosk::text
