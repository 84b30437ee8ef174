#pragma once
// The SDL window and its OpenGL ES 2.0 context: fullscreen on the board (KMSDRM), a window
// for desktop preview, or an offscreen surface (Mesa llvmpipe over EGL) for headless tests.
#include <string>

struct SDL_Window;

namespace kiosk::platform {

struct WindowParams {
    bool fullscreen = true;
    bool headless = false;
    int width = 0, height = 0;  // 0: the display's size (fullscreen) or 1280x800 (windowed)
    std::string title = "Mediation Map";
};

struct GlInfo {
    std::string videoDriver, renderer, version;
    int maxTextureSize = 2048;
};

class GlWindow {
  public:
    // Returns false with error() filled when SDL, the window or the GLES context can't start.
    bool open(const WindowParams& params);
    void close();
    ~GlWindow() { close(); }

    SDL_Window* sdl() const { return window_; }
    void* glContext() const { return context_; }
    const GlInfo& info() const { return info_; }
    const std::string& error() const { return error_; }
    void drawableSize(int& w, int& h) const;
    void swap();
    // Once the screen holds still: waits until the last frame is drawn, then has the driver
    // let go of what it kept to draw it. Mesa's llvmpipe keeps a frame's binned triangles
    // until the next frame begins (about 13 MB at home, 1920x1080: the map's countries), so
    // a one-pixel clear to that pixel's own value begins and ends one. It draws into the
    // back buffer, which every frame clears whole. Once per still screen: on a tiled GPU
    // (the Pi's) it may cost a tile's load and store, about a millisecond.
    void settle();
    // SDL's DRM device under KMSDRM (for display power), else -1.
    int drmFd() const;

  private:
    bool createContext(const WindowParams& params);
    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
    GlInfo info_;
    std::string error_;
};

}  // namespace kiosk::platform
