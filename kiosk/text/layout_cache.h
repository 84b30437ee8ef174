#pragma once
// Shaped and laid-out text, kept between frames: a frame looks runs up, it never shapes a
// run it shaped before. Bounded: entries unused for a while are dropped when the cache
// grows past its capacity, so a year of changing captions cannot grow it without end.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kiosk/text/paragraph.h"

namespace kiosk::text {

struct CacheStats {
    std::size_t entries = 0;
    std::uint64_t hits = 0, misses = 0;  // since start
    int shapedThisFrame = 0;             // misses in the current frame
};

class LayoutCache {
  public:
    // regular and bold must outlive the cache. capacity: entries kept at most (about 1 KB
    // each for a label, more for a card body).
    LayoutCache(const FontSet& regular, const FontSet& bold, std::size_t capacity = 4096);

    // The layout of utf8 with params in that weight; shapes it on the first call only.
    // The reference stays valid until the next endFrame().
    const TextLayout& get(std::string_view utf8, Weight weight, const LayoutParams& params);
    const FontSet& fonts(Weight weight) const { return weight == Weight::Bold ? bold_ : regular_; }

    // Ends a frame: beyond capacity, evicts the least recently used entries down to 3/4 of
    // it. Entries drawn in the frame that just ended are always kept.
    void endFrame();
    void clear() { entries_.clear(); }
    CacheStats stats() const;

  private:
    struct Entry {
        TextLayout layout;
        std::uint64_t lastFrame = 0;
    };
    const FontSet& regular_;
    const FontSet& bold_;
    std::size_t capacity_;
    std::uint64_t frame_ = 0;
    std::unordered_map<std::string, Entry> entries_;
    CacheStats stats_;
};

}  // namespace kiosk::text
