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

void CardWriter::text(const std::string& s, ImFont* font, float px, ImU32 color, float gapAfter) {
    if (s.empty()) return;
    ImVec2 at{area_.x, area_.y + y_ - scroll_};
    y_ += wrappedText(ctx_, font, px, at, area_.w, s, color) + gapAfter;
}

void CardWriter::paragraphs(const std::string& s) {
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find("\n\n", start);
        if (end == std::string::npos) end = s.size();
        text(s.substr(start, end - start), ctx_.fonts.body, ctx_.fonts.bodyPx, colors::kText,
             ctx_.fonts.bodyPx * 0.6f);
        start = end + 2;
    }
}

void CardWriter::quote(const std::string& body, const std::string& attribution) {
    float u = ctx_.layout.unit;
    float top = y_;
    Rectf saved = area_;
    area_.x += u * 2.5f;
    area_.w -= u * 2.5f;
    text("\u201c" + body + "\u201d", ctx_.fonts.body, ctx_.fonts.bodyPx, colors::kText, u * 0.5f);
    text("\u2014 " + attribution, ctx_.fonts.small, ctx_.fonts.smallPx, colors::kTextDim);
    area_ = saved;
    ctx_.draw->AddRectFilled({area_.x, area_.y + top - scroll_},
                             {area_.x + u * 0.6f, area_.y + y_ - scroll_}, colors::kAccent);
    y_ += u * 1.5f;
}

void CardWriter::sectionTitle(const char* title) {
    y_ += ctx_.layout.unit;
    text(title, ctx_.fonts.bold, ctx_.fonts.smallPx, colors::kAccent, ctx_.layout.unit * 0.5f);
}

std::string CardWriter::chips(const std::vector<Chip>& items) {
    std::string pressed;
    float u = ctx_.layout.unit, h = ctx_.layout.minTargetPx;
    float x = 0;
    for (const auto& chip : items) {
        float w =
            ctx_.fonts.body->CalcTextSizeA(ctx_.fonts.bodyPx, FLT_MAX, 0, chip.label.c_str()).x;
        w = std::min(std::max(w + u * 3, h), area_.w);
        if (x > 0 && x + w > area_.w) {
            x = 0;
            y_ += h + u;
        }
        Rectf r{area_.x + x, area_.y + y_ - scroll_, w, h};
        if (visible(y_, h)) {
            if (touchButton(ctx_, chip.targetId, r, chip.label.c_str(), false))
                pressed = chip.targetId;
        }
        x += w + u;
    }
    if (!items.empty()) y_ += h + u;
    return pressed;
}

void CardWriter::picture(const content::Media& media, const std::string& language) {
    float u = ctx_.layout.unit;
    Picture p = ctx_.pictures ? ctx_.pictures->get(media.path) : Picture{};
    int w = p.texture ? p.width : media.width, h = p.texture ? p.height : media.height;
    float scale = std::min(area_.w / float(std::max(w, 1)), area_.h * 0.5f / float(std::max(h, 1)));
    ImVec2 size{float(w) * scale, float(h) * scale};
    ImVec2 at{area_.x, area_.y + y_ - scroll_};
    if (p.texture) {
        ctx_.draw->AddImage(p.texture, at, {at.x + size.x, at.y + size.y});
    } else {
        ctx_.draw->AddRect(at, {at.x + size.x, at.y + size.y}, colors::kOutline, u * 0.5f);
        const std::string& alt =
            p.error.empty() ? media.alt.get(language) : "(picture unavailable)";
        wrappedText(ctx_, ctx_.fonts.small, ctx_.fonts.smallPx, {at.x + u, at.y + u},
                    size.x - u * 2, alt, colors::kTextDim,
                    std::max(1, int((size.y - u * 2) / (ctx_.fonts.smallPx * 1.25f))));
    }
    y_ += size.y + u * 0.6f;
    text(media.caption.get(language), ctx_.fonts.body, ctx_.fonts.smallPx, colors::kText, u * 0.2f);
    text(media.credit.get(language), ctx_.fonts.small, ctx_.fonts.smallPx * 0.9f, colors::kTextDim,
         u);
}

bool CardWriter::row(const std::string& targetId, const std::string& title,
                     const std::string& detail) {
    float u = ctx_.layout.unit;
    float textH = ctx_.fonts.bodyPx * 1.25f * 2 + ctx_.fonts.smallPx * 1.3f;
    float h = std::max(ctx_.layout.minTargetPx, textH + u);
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
    ImVec2 at{r.x + u, r.y + u * 0.5f};
    ctx_.draw->AddText(ctx_.fonts.small, ctx_.fonts.smallPx, at, colors::kAccent, detail.c_str());
    wrappedText(ctx_, ctx_.fonts.body, ctx_.fonts.bodyPx, {at.x, at.y + ctx_.fonts.smallPx * 1.3f},
                r.w - u * 2, title, colors::kText, 2);
    y_ += h + u * 0.5f;
    return pressed;
}

}  // namespace kiosk::ui
