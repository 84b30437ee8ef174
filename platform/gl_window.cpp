#include "platform/gl_window.h"

#include <GLES2/gl2.h>
#include <SDL.h>
#include <SDL_syswm.h>

#include <cstdlib>

#include "platform/kms_device.h"

namespace kiosk::platform {
namespace {

std::string glString(GLenum name) {
    const auto* s = reinterpret_cast<const char*>(glGetString(name));
    return s ? s : "";
}

}  // namespace

bool GlWindow::open(const WindowParams& params) {
    if (params.headless) setenv("SDL_VIDEODRIVER", "offscreen", 1);
    chooseKmsDevice();
    // Touch is ours to handle: no fake mouse from touch, no fake touch from mouse.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error_ = std::string("SDL could not start video: ") + SDL_GetError();
        return false;
    }
    return createContext(params);
}

bool GlWindow::createContext(const WindowParams& params) {
    // KMSDRM defaults to desktop GL; the Pi 3 only has ES 2.0.
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);

    Uint32 flags = SDL_WINDOW_OPENGL;
    int w = params.width, h = params.height;
    if (params.fullscreen && !params.headless) {
        flags |= (w > 0 ? SDL_WINDOW_FULLSCREEN : SDL_WINDOW_FULLSCREEN_DESKTOP);
    } else if (w <= 0 || h <= 0) {
        w = 1280;
        h = 800;
    }
    if (!params.headless && !params.fullscreen) flags |= SDL_WINDOW_RESIZABLE;
    window_ = SDL_CreateWindow(params.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               w, h, flags);
    if (!window_) {
        error_ = std::string("SDL could not open the window: ") + SDL_GetError();
        return false;
    }
    context_ = SDL_GL_CreateContext(window_);
    if (!context_) {
        error_ = std::string("no OpenGL ES 2.0 context: ") + SDL_GetError();
        return false;
    }
    SDL_GL_MakeCurrent(window_, context_);
    // Interval 0 makes KMSDRM use async page flips, which garble frames on a Pi 4 and 5.
    SDL_GL_SetSwapInterval(1);
    if (params.fullscreen) SDL_ShowCursor(SDL_DISABLE);

    info_.videoDriver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    info_.renderer = glString(GL_RENDERER);
    info_.version = glString(GL_VERSION);
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &info_.maxTextureSize);
    return true;
}

void GlWindow::drawableSize(int& w, int& h) const {
    SDL_GL_GetDrawableSize(window_, &w, &h);
}

int GlWindow::drmFd() const {
#if defined(SDL_VIDEO_DRIVER_KMSDRM)
    SDL_SysWMinfo wm;
    SDL_VERSION(&wm.version);
    if (window_ && SDL_GetWindowWMInfo(window_, &wm) && wm.subsystem == SDL_SYSWM_KMSDRM)
        return wm.info.kmsdrm.drm_fd;
#endif
    return -1;
}

void GlWindow::swap() {
    SDL_GL_SwapWindow(window_);
}

void GlWindow::settle() {
    if (!context_) return;
    unsigned char rgba[4] = {0, 0, 0, 0};
    GLint pack = 4;
    glGetIntegerv(GL_PACK_ALIGNMENT, &pack);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);  // waits for the frame
    GLfloat clear[4];
    glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
    GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
    GLint box[4];
    glGetIntegerv(GL_SCISSOR_BOX, box);
    // c / 255 is stored back as c in an 8-bit channel: the pixel keeps its value exactly.
    glClearColor(rgba[0] / 255.f, rgba[1] / 255.f, rgba[2] / 255.f, rgba[3] / 255.f);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glFinish();
    glClearColor(clear[0], clear[1], clear[2], clear[3]);
    glScissor(box[0], box[1], box[2], box[3]);
    if (!scissor) glDisable(GL_SCISSOR_TEST);
    glPixelStorei(GL_PACK_ALIGNMENT, pack);
}

void GlWindow::close() {
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    if (context_ || window_) SDL_Quit();
    context_ = nullptr;
    window_ = nullptr;
}

}  // namespace kiosk::platform
