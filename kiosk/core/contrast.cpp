#include "kiosk/core/contrast.h"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

double channel(std::uint32_t rgb, int shift) {
    double c = double((rgb >> shift) & 255) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint32_t mix(std::uint32_t a, std::uint32_t b, double t) {  // t of b
    std::uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
        double v = double((a >> shift) & 255) * (1 - t) + double((b >> shift) & 255) * t;
        out |= std::uint32_t(std::lround(std::clamp(v, 0.0, 255.0))) << shift;
    }
    return out;
}

}  // namespace

double relativeLuminance(std::uint32_t rgb) {
    return 0.2126 * channel(rgb, 16) + 0.7152 * channel(rgb, 8) + 0.0722 * channel(rgb, 0);
}

double contrastRatio(std::uint32_t a, std::uint32_t b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::uint32_t blend(std::uint32_t ink, int alpha, std::uint32_t ground) {
    return mix(ground, ink, double(std::clamp(alpha, 0, 255)) / 255.0);
}

std::uint32_t readableOn(std::uint32_t rgb, std::uint32_t ground, double minRatio) {
    for (int step = 0; step <= 20; ++step) {
        std::uint32_t c = mix(rgb, 0xffffff, step / 20.0);
        if (contrastRatio(c, ground) >= minRatio) return c;
    }
    return 0xffffff;
}

}  // namespace kiosk
