#include "kiosk/media/downscale.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace kiosk::media {
namespace {

// Along one axis, which source pixels each target pixel covers and with what share (the shares
// of one target pixel sum to 1: exact area averaging, also for non-integer ratios).
struct AxisTaps {
    std::vector<int> first, count, offset;
    std::vector<float> weights;
};

AxisTaps areaTaps(int sourceLength, int targetLength) {
    AxisTaps taps;
    const double scale = double(sourceLength) / targetLength;
    for (int i = 0; i < targetLength; ++i) {
        const double begin = i * scale, end = (i + 1) * scale;
        const int first = int(begin);
        const int last = std::min(sourceLength, int(std::ceil(end)));
        taps.first.push_back(first);
        taps.count.push_back(last - first);
        taps.offset.push_back(int(taps.weights.size()));
        for (int s = first; s < last; ++s) {
            const double overlap = std::min(end, s + 1.0) - std::max(begin, double(s));
            taps.weights.push_back(float(std::max(0.0, overlap) / scale));
        }
    }
    return taps;
}

// One source row shrunk horizontally, as premultiplied (r*a, g*a, b*a, a) floats.
void shrinkRow(const std::uint8_t* row, const AxisTaps& taps, std::vector<float>& out) {
    const std::size_t width = taps.first.size();
    for (std::size_t x = 0; x < width; ++x) {
        float r = 0, g = 0, b = 0, a = 0;
        const float* weight = taps.weights.data() + taps.offset[x];
        const std::uint8_t* pixel = row + std::size_t(taps.first[x]) * 4;
        for (int k = 0; k < taps.count[x]; ++k, pixel += 4) {
            const float alphaShare = weight[k] * pixel[3];
            r += alphaShare * pixel[0];
            g += alphaShare * pixel[1];
            b += alphaShare * pixel[2];
            a += alphaShare;
        }
        out[x * 4 + 0] = r;
        out[x * 4 + 1] = g;
        out[x * 4 + 2] = b;
        out[x * 4 + 3] = a;
    }
}

std::uint8_t toByte(float value) {
    return std::uint8_t(std::clamp(std::lround(value), 0L, 255L));
}

void writeUnpremultiplied(const std::vector<float>& sums, std::uint8_t* out) {
    for (std::size_t i = 0; i < sums.size(); i += 4) {
        const float alpha = sums[i + 3];
        for (std::size_t c = 0; c < 3; ++c)
            out[i + c] = alpha > 0 ? toByte(sums[i + c] / alpha) : 0;
        out[i + 3] = toByte(alpha);
    }
}

std::vector<std::uint8_t> areaAverage(const content::DecodedImage& source, Size target) {
    const AxisTaps columns = areaTaps(source.width, target.width);
    const AxisTaps rows = areaTaps(source.height, target.height);
    const std::size_t sourceStride = std::size_t(source.width) * 4;
    const std::size_t targetStride = std::size_t(target.width) * 4;
    std::vector<std::uint8_t> pixels(targetStride * std::size_t(target.height));
    std::vector<float> shrunk(targetStride), sums(targetStride);
    int shrunkRow = -1;  // a row on a boundary is shared by two target rows: shrink it once
    for (int y = 0; y < target.height; ++y) {
        std::fill(sums.begin(), sums.end(), 0.0f);
        for (int k = 0; k < rows.count[y]; ++k) {
            const int sourceRow = rows.first[y] + k;
            if (sourceRow != shrunkRow) {
                shrinkRow(source.rgba.data() + sourceStride * std::size_t(sourceRow), columns,
                          shrunk);
                shrunkRow = sourceRow;
            }
            const float weight = rows.weights[std::size_t(rows.offset[y] + k)];
            for (std::size_t i = 0; i < targetStride; ++i) sums[i] += weight * shrunk[i];
        }
        writeUnpremultiplied(sums, pixels.data() + targetStride * std::size_t(y));
    }
    return pixels;
}

}  // namespace

Size fitWithin(Size source, int maxSidePx) {
    const int limit = std::max(1, maxSidePx);
    const int longer = std::max(source.width, source.height);
    if (longer <= limit) return source;
    auto scaled = [&](int side) {
        const auto rounded = (std::int64_t(side) * limit + longer / 2) / longer;
        return std::max(1, int(rounded));
    };
    return {scaled(source.width), scaled(source.height)};
}

content::DecodedImage downscaleToFit(content::DecodedImage image, int maxSidePx) {
    if (!image.ok) return image;
    const std::size_t expected =
        std::size_t(std::max(0, image.width)) * std::size_t(std::max(0, image.height)) * 4;
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != expected)
        return {false, 0, 0, {}, "the decoder returned a damaged pixel buffer"};
    const Size target = fitWithin({image.width, image.height}, maxSidePx);
    if (target == Size{image.width, image.height}) return image;
    return {true, target.width, target.height, areaAverage(image, target), ""};
}

}  // namespace kiosk::media
