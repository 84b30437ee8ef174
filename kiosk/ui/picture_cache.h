#pragma once
// Pictures for the story cards as GL textures. Decoding and downscaling happen on the media
// loader's worker thread; this uploads at most one finished picture per frame and keeps the
// textures within a memory budget, least recently shown first out.
#include <imgui.h>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include "kiosk/media/image_loader.h"
#include "kiosk/media/texture_budget.h"

namespace kiosk::ui {

struct Picture {
    ImTextureID texture = nullptr;
    int width = 0, height = 0;
    std::string error;  // the picture could not be decoded
};

class PictureCache {
  public:
    // Told once per picture that cannot be shown (its path, and why), for the log.
    using FailureReport = std::function<void(const std::string& path, const std::string& error)>;

    // maxSidePx: the GL texture limit, capped so one photo cannot take the budget.
    explicit PictureCache(int maxSidePx, FailureReport reportFailure = {});
    ~PictureCache();

    void beginFrame();
    // The picture if ready; otherwise asks for it and returns an empty one (texture null).
    Picture get(const std::string& path);
    // Uploads what finished decoding. Returns true if anything changed on screen.
    bool uploadFinished();
    bool pending() const { return loader_.pending(); }
    // Called from the worker when a decode finishes, to wake the main loop.
    void setOnFinished(std::function<void()> wake) { loader_.setOnFinished(std::move(wake)); }
    void clear();
    std::size_t loadedCount() const;

  private:
    void release(const std::string& path);
    media::ImageLoader loader_;
    FailureReport reportFailure_;
    media::TextureBudget budget_;
    std::unordered_map<std::string, Picture> pictures_;
};

}  // namespace kiosk::ui
