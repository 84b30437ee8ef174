#pragma once

namespace kiosk::platform {

// On a Pi 4 and 5 the GPU's /dev/dri/card index changes between boots (SDL#13705).
// Points SDL_KMSDRM_DEVICE_INDEX at the card behind /dev/dri/by-path/platform-gpu-card,
// unless the environment already chose one. Does nothing where that link does not exist.
void chooseKmsDevice();

}  // namespace kiosk::platform
