#pragma once
// One function per part of the screen, each drawing from the exhibit's state.
#include <vector>

#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

void drawHeader(DrawContext& ctx);
void drawMapPanel(DrawContext& ctx);
void drawTimelinePanel(DrawContext& ctx);
// laneLabels: rects event labels must stay clear of.
void drawTimelineEvents(DrawContext& ctx, float lanesTop, float lanesHeight, int laneCount,
                        const std::vector<Rectf>& laneLabels);
void drawCardPanel(DrawContext& ctx);
void drawAttractOverlay(DrawContext& ctx);
void drawUnavailable(DrawContext& ctx);
void drawClosed(DrawContext& ctx);
void drawTouchMarks(DrawContext& ctx);

}  // namespace kiosk::ui
