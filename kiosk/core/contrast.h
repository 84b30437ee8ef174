#pragma once
// WCAG 2.x contrast between colours, so text colours are checked, and made legible, by
// arithmetic rather than by eye. Colours are 0xRRGGBB; alpha is applied by blend().
#include <cstdint>

namespace kiosk {

// Relative luminance 0 (black) .. 1 (white), WCAG 2.1 "relative luminance" (sRGB).
double relativeLuminance(std::uint32_t rgb);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 .. 21. WCAG 1.4.3 asks 4.5 for text.
double contrastRatio(std::uint32_t a, std::uint32_t b);
// ink drawn at alpha 0..255 over ground, as the GPU blends it (per channel, in sRGB).
std::uint32_t blend(std::uint32_t ink, int alpha, std::uint32_t ground);
// rgb, mixed towards white just enough to reach minRatio against ground (a dark ground); the
// hue stays recognisable. White when even white falls short.
std::uint32_t readableOn(std::uint32_t rgb, std::uint32_t ground, double minRatio = 4.5);

}  // namespace kiosk
