#include "kiosk/app/capture.h"

#include <GLES2/gl2.h>

#include <fstream>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

namespace kiosk::app {

bool writeScreenshot(const std::string& path, int w, int h, std::string& error) {
    std::vector<unsigned char> pixels(size_t(w) * size_t(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's rows run bottom-up; PNG's top-down. Alpha is forced opaque for viewers.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < h; ++y)
        std::copy_n(&pixels[size_t(h - 1 - y) * w * 4], size_t(w) * 4, &flipped[size_t(y) * w * 4]);
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), w * 4)) {
        error = "could not write the screenshot " + path;
        return false;
    }
    return true;
}

bool writeJsonFile(const std::string& path, const nlohmann::json& value, std::string& error) {
    std::ofstream out(path, std::ios::trunc);
    // The last line of defence: strings are made valid UTF-8 where they enter, and whatever
    // slipped through is written with U+FFFD instead of aborting the kiosk.
    out << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!out) {
        error = "could not write " + path;
        return false;
    }
    return true;
}

}  // namespace kiosk::app
