#include "kiosk/ui/screen.h"

#include "kiosk/ui/panels.h"

namespace kiosk::ui {

void drawScreen(session::Exhibit& exhibit, const Fonts& fonts, TextRenderer& text,
                const text::UiStrings* strings, GeoRenderer* geo, PictureCache* pictures,
                const StaffInfo& staff) {
    const auto& layout = exhibit.layout();
    exhibit.targets().clear();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({layout.screen.w, layout.screen.h});
    ImGui::Begin("exhibit", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    DrawContext ctx{exhibit,
                    fonts,
                    ImGui::GetWindowDrawList(),
                    layout,
                    text,
                    geo,
                    pictures,
                    exhibit.visit().rightToLeft(),
                    exhibit.visit().language(),
                    strings,
                    {}};
    if (exhibit.staff().visible()) {
        // The staff panel covers the screen: the exhibit's buttons beneath are not submitted,
        // so a touch on the panel can never also press one of them.
    } else if (exhibit.mode() == session::Mode::Error || !exhibit.library()) {
        drawUnavailable(ctx);
    } else if (exhibit.mode() == session::Mode::Closed) {
        drawClosed(ctx);
    } else {
        drawMapPanel(ctx);
        drawTimelinePanel(ctx);
        drawCardPanel(ctx);
        if (exhibit.mode() == session::Mode::Attract) drawAttractOverlay(ctx);
        drawHeader(ctx);
    }
    drawNotices(ctx);
    drawStaffHold(ctx);
    drawStaffPanel(ctx, staff);
    if (!exhibit.staff().visible() || exhibit.staff().stage() != session::StaffStage::TestPattern)
        drawTouchMarks(ctx);
    ImGui::End();
}

}  // namespace kiosk::ui
