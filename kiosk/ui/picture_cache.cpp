#include "kiosk/ui/picture_cache.h"

#include <GLES2/gl2.h>

#include <algorithm>
#include <utility>

namespace kiosk::ui {
namespace {

constexpr int kMaxPictureSide = 1024;  // sharp on a card, 4 MB at most per picture

GLuint upload(const content::DecodedImage& image) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);  // NPOT on GLES2
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 image.rgba.data());
    return texture;
}

}  // namespace

PictureCache::PictureCache(int maxSidePx, FailureReport reportFailure)
    : loader_(std::min(maxSidePx, kMaxPictureSide)), reportFailure_(std::move(reportFailure)) {}

PictureCache::~PictureCache() {
    clear();
}

void PictureCache::beginFrame() {
    budget_.beginFrame();
}

Picture PictureCache::get(const std::string& path) {
    auto it = pictures_.find(path);
    if (it == pictures_.end()) {
        loader_.request(path);
        return {};
    }
    if (it->second.texture)
        budget_.touch(path, std::size_t(it->second.width) * std::size_t(it->second.height) * 4);
    return it->second;
}

bool PictureCache::uploadFinished() {
    auto finished = loader_.takeFinished();
    for (auto& f : finished) {
        Picture picture;
        if (!f.image.ok) {
            picture.error = f.image.error;  // kept, so the picture is not decoded again
            if (reportFailure_) reportFailure_(f.path, f.image.error);
        } else {
            std::size_t bytes = std::size_t(f.image.width) * std::size_t(f.image.height) * 4;
            for (const auto& old : budget_.evictFor(bytes)) release(old);
            picture.texture = reinterpret_cast<ImTextureID>(std::uintptr_t(upload(f.image)));
            picture.width = f.image.width;
            picture.height = f.image.height;
            budget_.touch(f.path, bytes);
        }
        pictures_[f.path] = picture;
    }
    return !finished.empty();
}

void PictureCache::release(const std::string& path) {
    auto it = pictures_.find(path);
    if (it == pictures_.end()) return;
    auto texture = GLuint(reinterpret_cast<std::uintptr_t>(it->second.texture));
    if (texture) glDeleteTextures(1, &texture);
    budget_.remove(path);  // first: path may be the very key erased next (clear() passes it)
    pictures_.erase(it);
}

std::size_t PictureCache::loadedCount() const {
    return std::size_t(std::count_if(pictures_.begin(), pictures_.end(),
                                     [](const auto& p) { return p.second.texture != nullptr; }));
}

void PictureCache::clear() {
    loader_.cancelAll();
    while (!pictures_.empty()) release(pictures_.begin()->first);
}

}  // namespace kiosk::ui
