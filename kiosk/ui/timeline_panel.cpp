// The timeline: a lane per track, eras behind, events as points or bars at their honest
// precision, and an axis whose ticks follow the zoom.
#include <algorithm>
#include <cmath>

#include "kiosk/map/labels.h"
#include "kiosk/timeline/ticks.h"
#include "kiosk/ui/panels.h"

namespace kiosk::ui {
namespace {

struct Lanes {
    float top, height;
    int count;
    float laneY(int i) const {
        return top + height * (float(i) + 0.5f) / float(std::max(1, count));
    }
};

// Tick labels sit after their tick in reading order: right of it, or left of it in Arabic.
void drawAxis(DrawContext& ctx, const timeline::TimeView& view, float axisY, float lineH) {
    const Rectf& r = view.viewport();
    float charPx = ctx.fonts.smallPx * 0.62f;
    auto after = [&](float x, float w) { return ctx.rtl ? x - 3 - w : x + 3; };
    auto ticks = timeline::makeTicks(view.start(), view.end(), r.w, charPx,
                                     text::localeFormatFor(ctx.language));
    ctx.draw->AddLine({r.x, axisY}, {r.x + r.w, axisY}, colors::kOutline, 2);
    for (const auto& t : ticks.ticks) {
        float x = view.dayToX(t.day);
        ctx.draw->AddLine({x, axisY}, {x, axisY + ctx.layout.unit}, colors::kTextDim,
                          t.major ? 2.f : 1.f);
        ctx.draw->AddLine({x, r.y}, {x, axisY}, IM_COL32(255, 255, 255, t.major ? 26 : 12));
        Shown label{t.label, ctx.language};
        ImVec2 size = measureText(ctx, label, ctx.fonts.small);
        float lx = after(x, size.x);
        if (lx >= r.x && lx + size.x <= r.x + r.w)
            drawText(ctx, label, ctx.fonts.small, {lx, axisY + ctx.layout.unit * 0.6f, size.x, 0},
                     colors::kTextDim, Align::Start, 1, false);
    }
    float rowY = axisY + ctx.layout.unit * 0.6f + lineH;
    for (size_t i = 0; i < ticks.context.size(); ++i) {
        // A span's label stays at the span's start edge while the span is in view.
        Shown label{ticks.context[i].label, ctx.language};
        ImVec2 size = measureText(ctx, label, ctx.fonts.smallBold);
        float start = view.dayToX(ticks.context[i].day);
        float next = i + 1 < ticks.context.size() ? view.dayToX(ticks.context[i + 1].day)
                                                  : (ctx.rtl ? r.x : r.x + r.w);
        float x =
            ctx.rtl ? std::min(r.x + r.w - 3, start - 3) - size.x : std::max(r.x + 3, start + 3);
        bool fits = ctx.rtl ? x >= next + 3 : x + size.x <= next - 3;
        if (!fits) continue;  // never cut, never overlapping the next
        drawText(ctx, label, ctx.fonts.smallBold, {x, rowY, size.x, 0}, colors::kText, Align::Start,
                 1, false);
    }
}

// lineH: the height of a small label in this language (Arabic's are taller). Appends the
// names' rectangles to drawn, so event labels keep clear of them. Eras may overlap in time:
// each name goes after the one before it in reading order, inside its own band, or not at all.
void drawEras(DrawContext& ctx, const timeline::TimeView& view, const Lanes& lanes, float lineH,
              bool names, std::vector<Rectf>& drawn) {
    struct Band {
        float x0, x1;
        const content::Era* era;
    };
    std::vector<Band> bands;
    const Rectf& v = view.viewport();
    int i = 0;
    for (const auto& era : ctx.exhibit.library()->eras()) {
        float a = view.dayToX(double(era.when.firstDay()));
        float b = view.dayToX(double(era.when.lastDay() + 1));
        float x0 = std::max(v.x, std::min(a, b)), x1 = std::min(v.x + v.w, std::max(a, b));
        if (x1 <= x0) continue;
        ctx.draw->AddRectFilled({x0, lanes.top - lineH - 4}, {x1, lanes.top + lanes.height},
                                rgba(0xffffff, palette::kEraBandAlpha[i++ % 2]));
        bands.push_back({x0, x1, &era});
    }
    // In reading order: by start edge, from the left, or from the right in Arabic.
    std::sort(bands.begin(), bands.end(),
              [&](const Band& p, const Band& q) { return ctx.rtl ? p.x1 > q.x1 : p.x0 < q.x0; });
    float pad = 4, gap = ctx.layout.unit;
    float cursor = ctx.rtl ? v.x + v.w : v.x;  // where the last name ended
    for (const Band& band : bands) {
        if (lineH <= 0 || !names) break;  // no strip for names: the bands alone
        Shown name = shown(ctx, band.era->name);
        ImVec2 size = measureText(ctx, name, ctx.fonts.small);
        float x = ctx.rtl ? std::min(band.x1 - pad, cursor - gap) - size.x
                          : std::max(band.x0 + pad, cursor + gap);
        if (ctx.rtl ? x < band.x0 + pad : x + size.x > band.x1 - pad) continue;  // no room
        Rectf at{x, lanes.top - lineH - 2, size.x, size.y};
        drawText(ctx, name, ctx.fonts.small, at, colors::kTextDim, Align::Start, 1, false);
        drawn.push_back(at);
        cursor = ctx.rtl ? x : x + size.x;
    }
}

// When rows have no strips for their names (a card is open, or the panel is short), the
// strip above the lanes holds a legend instead of era names: each track's shape, in its
// colour, before its name, in reading order, on one line or two. Every track when all fit;
// else those with events in view; else (a narrow panel) none, and the shapes stand alone.
struct LegendItem {
    std::size_t track;
    int line;
    float x, w;  // from the strip's start edge, in left-to-right terms
};

std::vector<LegendItem> legendLayout(DrawContext& ctx, float width, int maxLines) {
    const auto& tracks = ctx.exhibit.library()->tracks();
    float shapeW = ctx.fonts.smallPx * 0.8f, gap = ctx.layout.unit * 1.5f;
    auto flow = [&](const std::vector<bool>& keep, bool& all) {
        std::vector<LegendItem> items;
        float cursor = ctx.layout.unit;
        int line = 0;
        all = true;
        for (std::size_t i = 0; i < tracks.size(); ++i) {
            if (!keep[i]) continue;
            float w = shapeW + ctx.layout.unit * 0.5f +
                      measureText(ctx, shown(ctx, tracks[i].name), ctx.fonts.small).x;
            if (cursor + w > width - ctx.layout.unit && cursor > ctx.layout.unit) {
                ++line;
                cursor = ctx.layout.unit;
            }
            if (line >= maxLines || cursor + w > width - ctx.layout.unit) {
                all = false;
                continue;
            }
            items.push_back({i, line, cursor, w});
            cursor += w + gap;
        }
        return items;
    };
    bool all;
    auto items = flow(std::vector<bool>(tracks.size(), true), all);
    if (all) return items;
    items = flow(tracksInView(ctx), all);
    if (all) return items;
    return {};  // naming some of the tracks in view would mislead: none
}

int legendLines(const std::vector<LegendItem>& items) {
    int lines = 1;
    for (const auto& item : items) lines = std::max(lines, item.line + 1);
    return lines;
}

void drawTrackLegend(DrawContext& ctx, const std::vector<LegendItem>& items, const Rectf& strip,
                     float lineH, std::vector<Rectf>& drawn) {
    const auto& tracks = ctx.exhibit.library()->tracks();
    float shapeW = ctx.fonts.smallPx * 0.8f;
    for (const auto& item : items) {
        Shown name = shown(ctx, tracks[item.track].name);
        ImVec2 size = measureText(ctx, name, ctx.fonts.small);
        float y = strip.y + float(item.line) * lineH;
        Rectf block = mirrored(ctx, {strip.x + item.x, y, item.w, size.y}, strip);
        Rectf text = mirrored(ctx, {strip.x + item.x + item.w - size.x, y, size.x, size.y}, strip);
        float sx = ctx.rtl ? block.x + block.w - shapeW / 2 : block.x + shapeW / 2;
        ImU32 color = trackTextColor(tracks[item.track].rgb);
        trackShape(ctx.draw, {sx, block.y + block.h / 2}, shapeW * 0.4f, int(item.track), color);
        drawText(ctx, name, ctx.fonts.small, {text.x, text.y, size.x + 1, 0}, color, Align::Start,
                 1);
        drawn.push_back(block);
        ctx.exhibit.targets().addLabel(std::string(name.text), block);
    }
}

}  // namespace

void trackShape(ImDrawList* draw, ImVec2 c, float r, int lane, ImU32 fill) {
    switch (lane % 5) {
        case 0:
            draw->AddCircleFilled(c, r, fill);
            break;
        case 1:
            draw->AddRectFilled({c.x - r * 0.85f, c.y - r * 0.85f},
                                {c.x + r * 0.85f, c.y + r * 0.85f}, fill);
            break;
        case 2:
            draw->AddQuadFilled({c.x, c.y - r * 1.15f}, {c.x + r * 1.15f, c.y},
                                {c.x, c.y + r * 1.15f}, {c.x - r * 1.15f, c.y}, fill);
            break;
        case 3:
            draw->AddTriangleFilled({c.x, c.y - r * 1.1f}, {c.x + r * 1.05f, c.y + r * 0.8f},
                                    {c.x - r * 1.05f, c.y + r * 0.8f}, fill);
            break;
        default:
            draw->AddNgonFilled(c, r * 1.05f, fill, 6);
            break;
    }
}

void drawTimelinePanel(DrawContext& ctx) {
    const auto& view = ctx.exhibit.cameras().time();
    const Rectf& r = view.viewport();
    const auto* lib = ctx.exhibit.library();
    ctx.draw->PushClipRect({r.x, r.y}, {r.x + r.w, r.y + r.h}, true);
    ctx.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, colors::kBackground);
    float edgeX = ctx.rtl ? r.x + r.w : r.x;  // the edge beside the map
    ctx.draw->AddLine({edgeX, r.y}, {edgeX, r.y + r.h}, colors::kOutline, 2);
    // Rows are sized from the labels in this language: the lane names' height stands for
    // every small label (era names, ticks), which share their script.
    float nameH = ctx.fonts.smallPx;
    for (const auto& track : lib->tracks())
        nameH = std::max(nameH, measureText(ctx, shown(ctx, track.name), ctx.fonts.small).y);
    // Ticks are always in the visitor's language, even where track names fall back to
    // English: its script's line (Arabic's is taller) sizes the axis too.
    nameH = std::max(nameH, measureText(ctx, ui(ctx, "card.kind.event"), ctx.fonts.small).y);
    float axisH = nameH * 2 + ctx.layout.unit * 1.6f;
    float axisY = r.y + r.h - axisH;
    int tracks = std::max(1, int(lib->tracks().size()));
    float band = ctx.layout.minTargetPx + ctx.layout.unit * 0.5f;  // a finger-wide row
    // Era names get a strip above the lanes unless that leaves no room for one row.
    bool eraNames = axisY - (r.y + nameH + 6) >= band * 1.5f;
    TimelineRows rows;
    rows.tracks = tracks;
    // Each track its own row with a strip for its name and its events' labels; else rows
    // without strips; else tracks share rows. Rows never overlap, and every track keeps its
    // marker shape, so colour never tells tracks apart alone.
    auto fitRows = [&](float top) {
        rows.top = top;
        rows.height = axisY - top;
        rows.strip = nameH + 2;
        if (float(tracks) * (rows.strip + band) > rows.height) rows.strip = 0;
        rows.count = std::clamp(int((rows.height) / (rows.strip + band)), 1, tracks);
    };
    float stripH = nameH + 2;
    fitRows(eraNames ? r.y + stripH + 4 : r.y + 4);
    // Rows without their own named strip get the legend in the strip above them instead, on
    // a second line when one is not enough (tracks may then share one row more: each keeps
    // its shape, and the legend names them all).
    bool legend = eraNames && (rows.strip <= 0 || rows.count != tracks);
    std::vector<LegendItem> legendItems;
    if (legend) {
        bool twoFit = axisY - (r.y + stripH * 2 + 4) >= band * 2;
        legendItems = legendLayout(ctx, r.w, twoFit ? 2 : 1);
        if (legendLines(legendItems) > 1) fitRows(r.y + stripH * 2 + 4);
        legend = !legendItems.empty();  // none fit: the strip keeps its era names
    }
    float stripTop = rows.top - float(legend ? legendLines(legendItems) : 1) * stripH;
    Lanes lanes{rows.top, rows.height, rows.count};
    std::vector<Rectf> laneLabels;
    float eraH = !eraNames ? 0 : legend ? rows.top - stripTop - 2 : nameH;
    drawEras(ctx, view, lanes, eraH, !legend, laneLabels);
    if (legend) drawTrackLegend(ctx, legendItems, {r.x, stripTop, r.w, 0}, stripH, laneLabels);
    float half = ctx.layout.minTargetPx / 2;
    for (int i = 0; i < rows.count; ++i) {
        float y = rows.y(i);
        bool own = rows.count == tracks;
        std::uint32_t rgb = own ? lib->tracks()[size_t(i)].rgb : 0x9aa5b1;
        ctx.draw->AddLine({r.x, y}, {r.x + r.w, y}, rgba(rgb, 60), 2);
        if (!own || rows.strip <= 0) continue;
        // The name in the row's strip at the start edge, above the band: no event sits on it.
        const auto& track = lib->tracks()[size_t(i)];
        Shown name = shown(ctx, track.name);
        float shapeW = ctx.fonts.smallPx * 0.8f;
        ImVec2 size =
            measureText(ctx, name, ctx.fonts.small, r.w - ctx.layout.unit * 3 - shapeW, 1);
        Rectf at = mirrored(
            ctx, {r.x + ctx.layout.unit * 2 + shapeW, y - half - size.y - 1, size.x, size.y}, r);
        // The track's shape before its name: the legend for the markers below.
        float sx = ctx.rtl ? at.x + at.w + ctx.layout.unit * 0.5f + shapeW / 2
                           : at.x - ctx.layout.unit * 0.5f - shapeW / 2;
        trackShape(ctx.draw, {sx, at.y + at.h / 2}, shapeW * 0.4f, i, trackTextColor(rgb));
        drawText(ctx, name, ctx.fonts.small, {at.x, at.y, size.x + 1, 0}, trackTextColor(rgb),
                 Align::Start, 1);
        Rectf block{std::min(at.x, sx - shapeW / 2), at.y, at.w + shapeW + ctx.layout.unit * 0.5f,
                    at.h};
        laneLabels.push_back(block);
        ctx.exhibit.targets().addLabel(std::string(name.text), block);
    }
    drawTimelineEvents(ctx, rows, laneLabels);
    drawAxis(ctx, view, axisY, nameH);
    ctx.draw->PopClipRect();
}

}  // namespace kiosk::ui
