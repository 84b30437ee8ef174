#include "kiosk/media/image_loader.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "kiosk/media/downscale.h"

namespace kiosk::media {
namespace {

DecodeResult failure(std::string error) {
    return {false, 0, 0, {}, std::move(error)};
}

}  // namespace

DecodeResult decodePictureFile(const std::string& path) {
    return content::decodePictureFile(path);
}

ImageLoader::ImageLoader(int maxSidePx, DecodeFunction decode)
    : maxSidePx_(std::max(1, maxSidePx)), decode_(std::move(decode)) {
    worker_ = std::thread([this] { run(); });
}

ImageLoader::~ImageLoader() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    wake_.notify_all();
    worker_.join();
}

bool ImageLoader::isKnownLocked(const std::string& path) const {
    if (decoding_ == path) return true;
    if (std::find(queue_.begin(), queue_.end(), path) != queue_.end()) return true;
    return std::any_of(finished_.begin(), finished_.end(),
                       [&](const Finished& done) { return done.path == path; });
}

void ImageLoader::request(const std::string& path) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || isKnownLocked(path)) return;
        if (queue_.size() >= kMaxQueued) queue_.pop_front();
        queue_.push_back(path);
    }
    wake_.notify_one();
}

std::vector<Finished> ImageLoader::takeFinished() {
    std::lock_guard lock(mutex_);
    return std::exchange(finished_, {});
}

bool ImageLoader::pending() const {
    std::lock_guard lock(mutex_);
    return !queue_.empty() || decoding_.has_value();
}

void ImageLoader::cancelAll() {
    std::lock_guard lock(mutex_);
    queue_.clear();
    decoding_.reset();
    finished_.clear();
}

void ImageLoader::setOnFinished(std::function<void()> onFinished) {
    std::lock_guard lock(callbackMutex_);
    onFinished_ = std::move(onFinished);
}

void ImageLoader::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        std::string path = std::move(queue_.front());
        queue_.pop_front();
        decoding_ = path;

        lock.unlock();  // the UI thread may queue, take and cancel while this decodes
        DecodeResult image = decodeAndShrink(path);
        lock.lock();

        const bool wanted = decoding_.has_value() && !stopping_;
        decoding_.reset();
        if (!wanted) continue;
        finished_.push_back({std::move(path), std::move(image)});
        lock.unlock();
        notifyFinished();
        lock.lock();
    }
}

// Exceptions stop here: a bad picture (or an allocation failure on a 1 GB board) becomes an
// error for that picture, and the worker keeps serving the others.
DecodeResult ImageLoader::decodeAndShrink(const std::string& path) const {
    try {
        return downscaleToFit(decode_(path), maxSidePx_);
    } catch (const std::exception& e) {
        return failure(std::string("the picture could not be decoded (") + e.what() + ")");
    } catch (...) {
        return failure("the picture could not be decoded");
    }
}

void ImageLoader::notifyFinished() {
    std::lock_guard lock(callbackMutex_);
    if (onFinished_) onFinished_();
}

}  // namespace kiosk::media
