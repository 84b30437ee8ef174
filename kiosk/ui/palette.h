#pragma once
// The exhibit's colours as 0xRRGGBB, with no ImGui include, so tests/unit/core checks their
// contrast (WCAG, kiosk/core/contrast.h) from the very values the screen draws with.
#include <cstdint>

namespace kiosk::ui::palette {
constexpr std::uint32_t kBackground = 0x10161e;
constexpr std::uint32_t kHeader = 0x161e28;
constexpr std::uint32_t kSea = 0x182a3c;
constexpr std::uint32_t kPanel = 0x1c2632;  // cards, captions, the staff overlay: opaque
constexpr std::uint32_t kText = 0xf2f2ee;
constexpr std::uint32_t kTextDim = 0xbec6ce;
constexpr std::uint32_t kAccent = 0xf4b942;
constexpr std::uint32_t kMarker = 0xecece6;
// Land on the map: a selected country, a country in the story, any other.
constexpr std::uint32_t kLandSelected = 0x5a4c2c;
constexpr std::uint32_t kLandStory = 0x34404c;
constexpr std::uint32_t kLandPlain = 0x2e3a46;
// Country names, over any land tone (kiosk/ui/map_panel.cpp).
constexpr std::uint32_t kCountryName = 0xd2dae2;
// Era bands lighten the timeline's ground by white at these alphas (timeline_panel.cpp).
constexpr int kEraBandAlpha[2] = {18, 10};
}  // namespace kiosk::ui::palette
