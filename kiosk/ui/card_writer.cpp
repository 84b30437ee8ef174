#include "kiosk/ui/card_writer.h"

#include <algorithm>

#include "kiosk/ui/picture_cache.h"

namespace kiosk::ui {

CardWriter::CardWriter(DrawContext& ctx, Rectf area, float scroll)
    : ctx_(ctx), area_(area), scroll_(scroll) {}

bool CardWriter::visible(float top, float h) const {
    float screenTop = area_.y + top - scroll_;
    return screenTop >= area_.y - 0.5f && screenTop + h <= area_.y + area_.h + 0.5f;
}

void CardWriter::text(Shown s, Type type, ImU32 color, float gapAfter) {
    if (s.text.empty()) return;
    Rectf box{area_.x, area_.y + y_ - scroll_, area_.w, 0};
    // Scrolled out of sight: measured for the layout, not drawn.
    float h = measureText(ctx_, s, type, area_.w).y;
    if (box.y + h > area_.y && box.y < area_.y + area_.h) drawText(ctx_, s, type, box, color);
    y_ += h + gapAfter;
}

void CardWriter::paragraphs(Shown s) {
    size_t start = 0;
    while (start < s.text.size()) {
        size_t end = s.text.find("\n\n", start);
        if (end == std::string_view::npos) end = s.text.size();
        text({s.text.substr(start, end - start), s.language}, ctx_.fonts.body, colors::kText,
             ctx_.fonts.bodyPx * 0.6f);
        start = end + 2;
    }
}

void CardWriter::quote(Shown body, Shown attribution) {
    float u = ctx_.layout.unit;
    float top = y_;
    Rectf saved = area_;
    // The bar sits at the start side; the text is indented from it.
    if (!ctx_.rtl) area_.x += u * 2.5f;
    area_.w -= u * 2.5f;
    bool rtlQuote = body.language == "ar";
    std::string quoted = rtlQuote || body.language == "ru"
                             ? "\u00ab" + std::string(body.text) + "\u00bb"
                             : "\u201c" + std::string(body.text) + "\u201d";
    text({keep(ctx_, quoted), body.language}, ctx_.fonts.body, colors::kText, u * 0.5f);
    text({keep(ctx_, "\u2014 " + std::string(attribution.text)), attribution.language},
         ctx_.fonts.small, colors::kTextDim);
    area_ = saved;
    float barX = ctx_.rtl ? area_.x + area_.w - u * 0.6f : area_.x;
    ctx_.draw->AddRectFilled({barX, area_.y + top - scroll_},
                             {barX + u * 0.6f, area_.y + y_ - scroll_}, colors::kAccent);
    y_ += u * 1.5f;
}

void CardWriter::sectionTitle(Shown title) {
    y_ += ctx_.layout.unit;
    text(title, ctx_.fonts.smallBold, colors::kAccent, ctx_.layout.unit * 0.5f);
}

std::string CardWriter::chips(const std::vector<Chip>& items) {
    std::string pressed;
    float u = ctx_.layout.unit, h = ctx_.layout.minTargetPx;
    float x = 0, rowH = h;  // from the start edge
    for (const auto& chip : items) {
        float w = measureText(ctx_, chip.label, ctx_.fonts.body).x;
        w = std::min(std::max(w + u * 3, h), area_.w);
        // A label wider than the card wraps to two lines in a taller chip, never cut.
        float chipH =
            std::max(h, measureText(ctx_, chip.label, ctx_.fonts.body, w - u * 2, 2).y + u * 1.5f);
        if (x > 0 && x + w > area_.w) {
            x = 0;
            y_ += rowH + u;
            rowH = h;
        }
        rowH = std::max(rowH, chipH);
        Rectf r = mirrored(ctx_, {area_.x + x, area_.y + y_ - scroll_, w, chipH}, area_);
        if (visible(y_, chipH)) {
            if (touchButton(ctx_, chip.targetId, r, chip.label, false)) pressed = chip.targetId;
        }
        x += w + u;
    }
    h = rowH;
    if (!items.empty()) y_ += h + u;
    return pressed;
}

void CardWriter::picture(const content::Media& media) {
    float u = ctx_.layout.unit;
    Picture p = ctx_.pictures ? ctx_.pictures->get(media.path) : Picture{};
    int w = p.texture ? p.width : media.width, h = p.texture ? p.height : media.height;
    float scale = std::min(area_.w / float(std::max(w, 1)), area_.h * 0.5f / float(std::max(h, 1)));
    ImVec2 size{float(w) * scale, float(h) * scale};
    Rectf box = mirrored(ctx_, {area_.x, area_.y + y_ - scroll_, size.x, size.y}, area_);
    ImVec2 at{box.x, box.y};
    if (p.texture) {
        ctx_.draw->AddImage(p.texture, at, {at.x + size.x, at.y + size.y});
    } else {
        ctx_.draw->AddRect(at, {at.x + size.x, at.y + size.y}, colors::kOutline, u * 0.5f);
        Shown alt = p.error.empty() ? shown(ctx_, media.alt) : ui(ctx_, "card.picture_unavailable");
        float lineH = measureText(ctx_, alt, ctx_.fonts.small, size.x - u * 2, 1).y;
        drawText(ctx_, alt, ctx_.fonts.small, {at.x + u, at.y + u, size.x - u * 2, 0},
                 colors::kTextDim, Align::Start,
                 std::max(1, int((size.y - u * 2) / std::max(lineH, 1.f))));
    }
    y_ += size.y + u * 0.6f;
    text(shown(ctx_, media.caption), {text::Weight::Regular, ctx_.fonts.smallPx}, colors::kText,
         u * 0.2f);
    text(shown(ctx_, media.credit), ctx_.fonts.small, colors::kTextDim, u);
}

bool CardWriter::row(const std::string& targetId, Shown title, Shown detail) {
    float u = ctx_.layout.unit;
    // Whole, never cut: a long title or date makes a taller row (the card scrolls).
    float detailH = measureText(ctx_, detail, ctx_.fonts.small, area_.w - u * 2).y;
    float titleH = measureText(ctx_, title, ctx_.fonts.body, area_.w - u * 2).y;
    float h = std::max(ctx_.layout.minTargetPx, detailH + titleH + u);
    Rectf r{area_.x, area_.y + y_ - scroll_, area_.w, h};
    bool pressed = false;
    if (visible(y_, h)) {
        ImGui::SetCursorScreenPos({r.x, r.y});
        pressed = ImGui::InvisibleButton(targetId.c_str(), {r.w, r.h});
        ImU32 fill =
            ImGui::IsItemActive() ? IM_COL32(244, 185, 66, 70) : IM_COL32(255, 255, 255, 14);
        ctx_.draw->AddRectFilled({r.x, r.y}, {r.x + r.w, r.y + r.h}, fill, u * 0.5f);
        ctx_.exhibit.targets().add(targetId, r);
    }
    Rectf line{r.x + u, r.y + u * 0.5f, r.w - u * 2, 0};
    line.y += drawText(ctx_, detail, ctx_.fonts.small, line, colors::kAccent, Align::Start);
    drawText(ctx_, title, ctx_.fonts.body, line, colors::kText, Align::Start);
    y_ += h + u * 0.5f;
    return pressed;
}

}  // namespace kiosk::ui
