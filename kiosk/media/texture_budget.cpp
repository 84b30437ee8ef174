#include "kiosk/media/texture_budget.h"

#include <algorithm>
#include <utility>

namespace kiosk::media {

TextureBudget::TextureBudget(std::size_t budgetBytes) : budgetBytes_(budgetBytes) {}

void TextureBudget::beginFrame() {
    ++frame_;
}

void TextureBudget::touch(const std::string& key, std::size_t bytes) {
    Entry& entry = entries_[key];
    totalBytes_ = totalBytes_ - entry.bytes + bytes;
    entry = {bytes, frame_, ++uses_};
}

void TextureBudget::remove(const std::string& key) {
    auto found = entries_.find(key);
    if (found == entries_.end()) return;
    totalBytes_ -= found->second.bytes;
    entries_.erase(found);
}

bool TextureBudget::fits(std::size_t incomingBytes) const {
    // Written so that a huge incomingBytes cannot overflow the sum.
    return totalBytes_ <= budgetBytes_ && incomingBytes <= budgetBytes_ - totalBytes_;
}

std::vector<std::string> TextureBudget::evictableLeastRecentFirst() const {
    std::vector<std::pair<std::uint64_t, const std::string*>> candidates;
    for (const auto& [key, entry] : entries_)
        if (entry.frame != frame_) candidates.emplace_back(entry.lastUse, &key);
    std::sort(candidates.begin(), candidates.end());
    std::vector<std::string> keys;
    keys.reserve(candidates.size());
    for (const auto& candidate : candidates) keys.push_back(*candidate.second);
    return keys;
}

std::vector<std::string> TextureBudget::evictFor(std::size_t incomingBytes) {
    std::vector<std::string> evicted;
    if (fits(incomingBytes)) return evicted;
    for (std::string& key : evictableLeastRecentFirst()) {
        if (fits(incomingBytes)) break;
        remove(key);
        evicted.push_back(std::move(key));
    }
    return evicted;
}

}  // namespace kiosk::media
