#pragma once
// Least-recently-used accounting for the picture textures the UI has uploaded, so a content
// folder full of photos stays within a fixed share of GPU memory. Pure bookkeeping: the caller
// owns the textures and frees what evictFor() names.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace kiosk::media {

inline constexpr std::size_t kDefaultTextureBudgetBytes = 48u * 1024 * 1024;

class TextureBudget {
  public:
    explicit TextureBudget(std::size_t budgetBytes = kDefaultTextureBudgetBytes);

    // Call once per frame, before any touch(): keys touched after it are "in this frame".
    void beginFrame();
    // Records that `key` (a texture of `bytes`) is drawn this frame; adds it if new.
    void touch(const std::string& key, std::size_t bytes);
    // The keys to free, least recently used first, so that totalBytes() + incomingBytes fits
    // the budget. They are forgotten here; the caller must delete their textures. Keys touched
    // this frame are never named: they may already be in this frame's draw lists, so the budget
    // is exceeded for a frame instead. An incoming texture larger than the whole budget evicts
    // every other key and is still allowed.
    std::vector<std::string> evictFor(std::size_t incomingBytes);
    void remove(const std::string& key);

    bool contains(const std::string& key) const { return entries_.count(key) != 0; }
    std::size_t totalBytes() const { return totalBytes_; }
    std::size_t budgetBytes() const { return budgetBytes_; }

  private:
    struct Entry {
        std::size_t bytes = 0;
        std::uint64_t frame = 0;    // the frame of the last touch
        std::uint64_t lastUse = 0;  // increases with every touch: orders least recent first
    };

    bool fits(std::size_t incomingBytes) const;
    std::vector<std::string> evictableLeastRecentFirst() const;

    std::unordered_map<std::string, Entry> entries_;
    std::size_t budgetBytes_;
    std::size_t totalBytes_ = 0;
    std::uint64_t frame_ = 0;
    std::uint64_t uses_ = 0;
};

}  // namespace kiosk::media
