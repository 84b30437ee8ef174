#include "kiosk/schedule/tzif.h"

#include <array>

namespace kiosk::schedule::detail {
namespace {

constexpr std::size_t kHeaderSize = 44;

struct Counts {
    std::uint32_t isUt = 0, isStd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

// Reads big-endian fields from the file, refusing to run past its end.
class Reader {
  public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    bool has(std::size_t n) const { return bytes_.size() - pos_ >= n; }
    std::size_t pos() const { return pos_; }
    void skip(std::size_t n) { pos_ += n; }
    std::string_view view(std::size_t n) const { return bytes_.substr(pos_, n); }
    std::uint8_t byte() { return std::uint8_t(bytes_[pos_++]); }
    std::uint64_t unsignedBigEndian(int width) {
        std::uint64_t value = 0;
        for (int i = 0; i < width; ++i) value = (value << 8) | byte();
        return value;
    }
    std::int64_t signedBigEndian(int width) {
        std::uint64_t value = unsignedBigEndian(width);
        if (width == 4) return std::int32_t(std::uint32_t(value));
        return std::int64_t(value);
    }

  private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

bool readHeader(Reader& in, char& version, Counts& counts) {
    if (!in.has(kHeaderSize) || in.view(4) != "TZif") return false;
    in.skip(4);
    version = char(in.byte());
    in.skip(15);
    std::array<std::uint32_t*, 6> fields = {&counts.isUt, &counts.isStd, &counts.leap,
                                            &counts.time, &counts.type,  &counts.chars};
    for (std::uint32_t* field : fields) *field = std::uint32_t(in.unsignedBigEndian(4));
    return true;
}

std::uint64_t blockSize(const Counts& c, int timeWidth) {
    return std::uint64_t(c.time) * (timeWidth + 1) + std::uint64_t(c.type) * 6 + c.chars +
           std::uint64_t(c.leap) * (timeWidth + 4) + c.isStd + c.isUt;
}

bool countsSane(const Counts& c, std::string& error) {
    if (c.type == 0 || c.type > 256 || c.chars == 0) {
        error = "it has no local time types";
        return false;
    }
    if ((c.isUt != 0 && c.isUt != c.type) || (c.isStd != 0 && c.isStd != c.type)) {
        error = "its indicator counts do not match its types";
        return false;
    }
    if (c.leap != 0) {
        error = "it counts leap seconds (a \"right/\" zone); use the plain zone of the same name";
        return false;
    }
    return true;
}

bool readBlock(Reader& in, const Counts& c, int timeWidth, TzifData& data, std::string& error) {
    for (std::uint32_t i = 0; i < c.time; ++i) {
        std::int64_t at = in.signedBigEndian(timeWidth);
        if (!data.transitions.empty() && at <= data.transitions.back()) {
            error = "its transitions are out of order";
            return false;
        }
        data.transitions.push_back(at);
    }
    for (std::uint32_t i = 0; i < c.time; ++i) {
        data.transitionTypes.push_back(in.byte());
        if (data.transitionTypes.back() >= c.type) {
            error = "a transition names a local time type it does not have";
            return false;
        }
    }
    for (std::uint32_t i = 0; i < c.type; ++i) {
        std::int64_t offset = in.signedBigEndian(4);
        bool dst = in.byte() != 0;
        in.skip(1);  // abbreviation index: the exhibit shows no zone abbreviations
        if (offset <= -25 * 3600 || offset >= 26 * 3600) {
            error = "a UTC offset is out of range";
            return false;
        }
        data.types.push_back({int(offset), dst});
    }
    in.skip(c.chars + std::size_t(c.isStd) + c.isUt);
    return true;
}

// The footer is "\n" TZ-string "\n"; an empty string means no rule after the last transition.
bool readFooterText(Reader& in, std::string& footer) {
    if (!in.has(1) || in.byte() != '\n') return false;
    std::string_view rest = in.view(std::string_view::npos);
    std::size_t end = rest.find('\n');
    if (end == std::string_view::npos) return false;
    footer = std::string(rest.substr(0, end));
    return true;
}

}  // namespace

std::optional<TzifData> parseTzif(std::string_view bytes, std::string& error) {
    Reader in(bytes);
    char version = 0;
    Counts counts;
    if (!readHeader(in, version, counts)) {
        error = "it is not a TZif time zone file";
        return std::nullopt;
    }
    if (!countsSane(counts, error)) return std::nullopt;
    int timeWidth = 4;
    if (version != '\0') {  // skip the 32-bit data for the 64-bit data that follows
        if (!in.has(blockSize(counts, 4))) {
            error = "it is cut short";
            return std::nullopt;
        }
        in.skip(blockSize(counts, 4));
        if (!readHeader(in, version, counts) || !countsSane(counts, error)) {
            if (error.empty()) error = "its 64-bit header is missing";
            return std::nullopt;
        }
        timeWidth = 8;
    }
    if (!in.has(blockSize(counts, timeWidth))) {
        error = "it is cut short";
        return std::nullopt;
    }
    TzifData data;
    if (!readBlock(in, counts, timeWidth, data, error)) return std::nullopt;
    if (timeWidth == 8 && !readFooterText(in, data.footer)) {
        error = "its footer (the POSIX TZ string) is malformed";
        return std::nullopt;
    }
    return data;
}

}  // namespace kiosk::schedule::detail
