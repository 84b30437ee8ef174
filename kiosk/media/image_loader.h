#pragma once
// Decoding story-card pictures on one worker thread, so a large camera photo never stalls a frame.
// The UI thread only queues paths and collects finished, already downscaled RGBA8 pixels.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/content/image_probe.h"

namespace kiosk::media {

// Pixels when ok, otherwise an error for the log. The content loader's type, so the default
// decoder needs no conversion.
using DecodeResult = content::DecodedImage;
using DecodeFunction = std::function<DecodeResult(const std::string& path)>;

// The default decoder: content::decodePictureFile (PNG through libpng with its CRCs checked,
// JPEG through stb; at most 4096 px a side).
DecodeResult decodePictureFile(const std::string& path);

struct Finished {
    std::string path;
    DecodeResult image;  // ok: longer side <= maxSidePx; otherwise image.error says why
};

class ImageLoader {
  public:
    // Requests beyond this many waiting drop the oldest waiting one: what the visitor looked at
    // last matters most, and the UI re-requests anything it still shows.
    static constexpr std::size_t kMaxQueued = 32;

    // maxSidePx: e.g. min(GL_MAX_TEXTURE_SIZE, 1024). The decoder runs on the worker thread.
    explicit ImageLoader(int maxSidePx, DecodeFunction decode = decodePictureFile);
    // Drops waiting requests, lets a decode in progress finish, and joins the worker.
    ~ImageLoader();
    ImageLoader(const ImageLoader&) = delete;
    ImageLoader& operator=(const ImageLoader&) = delete;

    // Never waits for a decode. Does nothing while `path` is waiting, decoding or finished but
    // not yet taken; after takeFinished() a new request decodes it again.
    void request(const std::string& path);
    // Everything finished since the last call, oldest first. Never waits for a decode.
    std::vector<Finished> takeFinished();
    // True while a request is waiting or being decoded.
    bool pending() const;
    // Forgets waiting requests, the decode in progress and results not yet taken.
    void cancelAll();
    // Called on the worker thread after each result, e.g. to wake the event loop. Once this
    // returns, the previous callback is neither running nor called again. The callback may call
    // takeFinished() or pending(), but not setOnFinished(); it must not throw.
    void setOnFinished(std::function<void()> onFinished);

  private:
    bool isKnownLocked(const std::string& path) const;
    void run();
    DecodeResult decodeAndShrink(const std::string& path) const;
    void notifyFinished();

    const int maxSidePx_;
    const DecodeFunction decode_;

    mutable std::mutex mutex_;  // guards everything below except the callback and the thread
    std::condition_variable wake_;
    std::deque<std::string> queue_;
    std::optional<std::string> decoding_;  // reset by cancelAll(): the result is then dropped
    std::vector<Finished> finished_;
    bool stopping_ = false;

    std::mutex callbackMutex_;  // held while the callback runs, so replacing it is safe
    std::function<void()> onFinished_;

    std::thread worker_;  // last: starts once everything above exists
};

}  // namespace kiosk::media
