#pragma once
// Draws one frame of whatever mode the exhibit is in. Called between ImGui::NewFrame and
// ImGui::Render; rebuilds the target list as it draws.
#include "kiosk/session/exhibit.h"
#include "kiosk/ui/staff_view.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {

class GeoRenderer;
class PictureCache;

// staff: what the staff panel shows beyond the exhibit's own state. strings: the interface
// catalog (null: keys show).
void drawScreen(session::Exhibit& exhibit, const Fonts& fonts, TextRenderer& text,
                const text::UiStrings* strings, GeoRenderer* geo, PictureCache* pictures,
                const StaffInfo& staff);

}  // namespace kiosk::ui
