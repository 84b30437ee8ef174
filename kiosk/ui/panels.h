#pragma once
// One function per part of the screen, each drawing from the exhibit's state.
#include <vector>

#include "kiosk/ui/widgets.h"

namespace kiosk::ui {

void drawHeader(DrawContext& ctx);
void drawMapPanel(DrawContext& ctx);
void drawTimelinePanel(DrawContext& ctx);

// The timeline's rows, top to bottom. Each row is a strip for names and event labels over a
// band a finger wide for the events' targets, so rows never overlap. When the tracks' rows
// do not fit (a card open on a small screen), rows lose their strips, then tracks share rows;
// each track keeps its marker shape (trackShape), so colour never tells tracks apart alone.
struct TimelineRows {
    float top = 0, height = 0;
    int count = 1;    // rows drawn
    int tracks = 1;   // the content's tracks; more than count: tracks share rows
    float strip = 0;  // label strip height at each row's top; 0: no strip
    float rowHeight() const { return height / float(count > 0 ? count : 1); }
    // Centre of row's band: where its events sit.
    float y(int row) const {
        return top + rowHeight() * float(row) + strip + (rowHeight() - strip) / 2;
    }
};
// The row of a track's lane.
inline int rowOf(const TimelineRows& rows, int lane) {
    return rows.count >= rows.tracks ? lane : lane * rows.count / rows.tracks;
}
// A filled marker of the track's shape (circle, square, diamond, triangle, hexagon, ...).
void trackShape(ImDrawList* draw, ImVec2 at, float radius, int lane, ImU32 fill);

// laneLabels: rects event labels must stay clear of.
void drawTimelineEvents(DrawContext& ctx, const TimelineRows& rows,
                        const std::vector<Rectf>& laneLabels);
// Per track (the content's order): whether any of its events, after the visitor's filter, is
// in the timeline's view. For the compact timeline's legend.
std::vector<bool> tracksInView(DrawContext& ctx);
void drawCardPanel(DrawContext& ctx);
void drawAttractOverlay(DrawContext& ctx);
// Attract's opaque boxes over the map (the caption, the prompt), in pixels; empty outside
// attract. The map leaves out a marker they would cut.
std::vector<Rectf> attractOverlayBoxes(DrawContext& ctx);
void drawUnavailable(DrawContext& ctx);
void drawClosed(DrawContext& ctx);
void drawTouchMarks(DrawContext& ctx);

}  // namespace kiosk::ui
