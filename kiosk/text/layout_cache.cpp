#include "kiosk/text/layout_cache.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace kiosk::text {
namespace {

template <typename T>
void append(std::string& key, const T& value) {
    key.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

LayoutCache::LayoutCache(const FontSet& regular, const FontSet& bold, std::size_t capacity)
    : regular_(regular), bold_(bold), capacity_(std::max<std::size_t>(capacity, 16)) {}

const TextLayout& LayoutCache::get(std::string_view utf8, Weight weight,
                                   const LayoutParams& params) {
    std::string key;
    key.reserve(utf8.size() + 40 + params.language.size());
    append(key, weight);
    append(key, params.px);
    append(key, params.maxWidth);
    append(key, params.maxLines);
    append(key, params.direction);
    append(key, params.autoFallbackRtl);
    append(key, params.lineSpacing);
    key += params.language;
    key += '\0';
    key += utf8;
    auto [it, inserted] = entries_.try_emplace(std::move(key));
    if (inserted) {
        it->second.layout = layoutText(fonts(weight), utf8, params);
        ++stats_.misses;
        ++stats_.shapedThisFrame;
    } else {
        ++stats_.hits;
    }
    it->second.lastFrame = frame_;
    return it->second.layout;
}

void LayoutCache::endFrame() {
    ++frame_;
    stats_.shapedThisFrame = 0;
    if (entries_.size() <= capacity_) return;
    std::vector<std::uint64_t> ages;
    ages.reserve(entries_.size());
    for (const auto& [key, e] : entries_) ages.push_back(e.lastFrame);
    // Keep the newest three quarters of the capacity, so eviction is rare, not per frame.
    std::size_t keep = capacity_ * 3 / 4;
    std::nth_element(ages.begin(), ages.begin() + static_cast<long>(ages.size() - keep),
                     ages.end());
    std::uint64_t cutoff = ages[ages.size() - keep];
    for (auto it = entries_.begin(); it != entries_.end();)
        it = it->second.lastFrame < cutoff ? entries_.erase(it) : std::next(it);
}

CacheStats LayoutCache::stats() const {
    CacheStats s = stats_;
    s.entries = entries_.size();
    return s;
}

}  // namespace kiosk::text
