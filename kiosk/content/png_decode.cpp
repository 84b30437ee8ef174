#include "kiosk/content/png_decode.h"

#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace kiosk::content::detail {
namespace {

// What libpng's callbacks write to. libpng leaves by longjmp, so nothing here may need a
// destructor to run while it is inside libpng: hence a char array for the message.
struct Reading {
    std::span<const std::uint8_t> bytes;
    std::size_t offset = 0;
    bool endedEarly = false;
    bool inImageData = false;  // between the header and the last row
    char message[160] = {};
};

void onError(png_structp png, png_const_charp message) {
    auto* reading = static_cast<Reading*>(png_get_error_ptr(png));
    std::snprintf(reading->message, sizeof reading->message, "%s", message);
    png_longjmp(png, 1);
}

// Warnings are problems libpng works around outside the image data (an odd colour profile, a
// misplaced text chunk): the picture still shows as meant, so they are not reported.
void onWarning(png_structp, png_const_charp) {}

void onRead(png_structp png, png_bytep out, std::size_t size) {
    auto* reading = static_cast<Reading*>(png_get_io_ptr(png));
    if (reading->bytes.size() - reading->offset < size) {
        reading->endedEarly = true;
        png_error(png, "the file ends early");
    }
    std::memcpy(out, reading->bytes.data() + reading->offset, size);
    reading->offset += size;
}

struct Handles {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~Handles() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

// Every libpng call that may fail is in this frame, the target of its longjmp; it holds no
// object with a destructor. `image` and `reading` live in the caller.
bool readAll(png_structp png, png_infop info, bool keepPixels, Reading& reading,
             DecodedImage& image) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_info(png, info);
    image.width = int(png_get_image_width(png, info));
    image.height = int(png_get_image_height(png, info));
    png_set_expand(png);  // palette and grey under 8 bits to 8 bits; tRNS to alpha
    png_set_scale_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);  // only where there is no alpha yet
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const std::size_t stride = std::size_t(image.width) * 4;
    if (png_get_rowbytes(png, info) != stride) png_error(png, "unexpected row layout");
    image.rgba.resize(keepPixels ? stride * std::size_t(image.height) : stride);
    // A damaged zlib stream is only a "benign" error to libpng once the last row is read; in
    // the image data it is not.
    png_set_benign_errors(png, 0);
    reading.inImageData = true;
    for (int pass = 0; pass < passes; ++pass)
        for (int y = 0; y < image.height; ++y)
            png_read_row(png, image.rgba.data() + (keepPixels ? stride * std::size_t(y) : 0),
                         nullptr);
    reading.inImageData = false;
    png_set_benign_errors(png, 1);
    png_read_end(png, nullptr);  // the chunks after the image, their CRCs, and IEND
    return true;
}

// libpng's messages, e.g. "IDAT: CRC error", turned into a reason for a content editor.
std::string explain(const Reading& reading) {
    std::string_view message = reading.message;
    if (reading.endedEarly) return "the PNG file ends early (it may have been only partly copied)";
    if (message.size() == 15 && message.substr(4) == ": CRC error")
        return "the PNG file is damaged: the " + std::string(message.substr(0, 4)) +
               " chunk's checksum (CRC) is wrong";
    if (message == "IEND: out of place") return "the PNG holds no image data (no IDAT chunk)";
    if (message == "Not enough image data")
        return "the PNG's image data stops before the last row (it may have been cut short)";
    if (reading.inImageData)
        return "the PNG's image data is damaged (libpng: " + std::string(message) + ")";
    return "the PNG file is damaged (libpng: " + std::string(message) + ")";
}

}  // namespace

DecodedImage decodePng(std::span<const std::uint8_t> bytes, int maxSide, bool keepPixels) {
    Reading reading{bytes};
    Handles handles;
    handles.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &reading, onError, onWarning);
    if (handles.png) handles.info = png_create_info_struct(handles.png);
    if (!handles.info) return {false, 0, 0, {}, "not enough memory to read the PNG"};
    png_set_read_fn(handles.png, &reading, onRead);
    png_set_user_limits(handles.png, png_uint_32(maxSide), png_uint_32(maxSide));
    png_set_chunk_malloc_max(handles.png, 4 * 1024 * 1024);  // text and colour profiles
    // Every chunk's CRC is checked: a wrong one means the file was changed or badly copied.
    png_set_crc_action(handles.png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);

    DecodedImage image;
    if (!readAll(handles.png, handles.info, keepPixels, reading, image))
        return {false, image.width, image.height, {}, explain(reading)};
    image.ok = true;
    if (!keepPixels) image.rgba = {};
    return image;
}

}  // namespace kiosk::content::detail
