// The staff panel. Plain and dense on purpose: it is read by staff standing close, and it
// must fit a 7-inch panel.
#include "kiosk/ui/staff_view.h"

#include <cmath>
#include <ctime>

#include "kiosk/content/language_status.h"
#include "kiosk/core/iso_time.h"
#include "kiosk/text/locale_format.h"

namespace kiosk::ui {
namespace {

using session::StaffStage;

void fillScreen(DrawContext& ctx, ImU32 color) {
    const Rectf& s = ctx.layout.screen;
    ctx.draw->AddRectFilled({s.x, s.y}, {s.x + s.w, s.y + s.h}, color);
}

// Staff-facing detail (versions, paths, log lines) is English, as the logs are.
float line(DrawContext& ctx, float x, float y, float w, Shown text, ImU32 color = colors::kText,
           bool bold = false) {
    return drawText(ctx, text, bold ? ctx.fonts.smallBold : ctx.fonts.small, {x, y, w, 0}, color,
                    Align::Start, 2);
}
float line(DrawContext& ctx, float x, float y, float w, const std::string& text,
           ImU32 color = colors::kText, bool bold = false) {
    return line(ctx, x, y, w, english(keep(ctx, text)), color, bold);
}

void drawPinPad(DrawContext& ctx) {
    auto& staff = ctx.exhibit.staff();
    Millis now = ctx.exhibit.now();
    const Rectf& s = ctx.layout.screen;
    // The pad fits the screen's height: four rows of keys, Cancel, and the title above.
    float gap = ctx.layout.unit * 1.5f, cancelH = ctx.layout.minTargetPx;
    float headH = ctx.fonts.titlePx * 2.7f;
    float fit = (s.h - headH - cancelH - gap * 6) / 4;
    float key = std::max(ctx.layout.minTargetPx, std::min(ctx.layout.minTargetPx * 1.3f, fit));
    float padW = key * 3 + gap * 2;
    float x0 = s.x + (s.w - padW) / 2;
    float y = s.y + std::max(gap, (s.h - headH - (key + gap) * 4 - cancelH) / 2);
    drawText(ctx, ui(ctx, "staff.pin_title"), ctx.fonts.title, {x0, y, padW, 0}, colors::kText,
             Align::Start, 1);
    y += ctx.fonts.titlePx * 1.3f;
    std::string dots(staff.digitsTyped(), '*');
    // The dots are typed left to right in every language, like the digits on the pad.
    drawText(ctx, english(keep(ctx, dots)), ctx.fonts.title, {x0, y, padW * 0.45f, 0},
             colors::kAccent, Align::Center, 1, false);
    if (!staff.message().empty())
        drawText(ctx, english(staff.message()), ctx.fonts.small,
                 {x0 + padW * 0.45f, y + ctx.fonts.smallPx * 0.4f, padW * 0.55f, 0},
                 colors::kAccent, Align::Start, 2);
    y += ctx.fonts.titlePx * 1.4f;
    const char* keys = "123456789<0>";
    for (int i = 0; i < 12; ++i) {
        Rectf r{x0 + float(i % 3) * (key + gap), y + float(i / 3) * (key + gap), key, key};
        char k = keys[i];
        std::string digit(1, k);
        Shown label = k == '<'   ? ui(ctx, "staff.pin_delete")
                      : k == '>' ? ui(ctx, "staff.pin_ok")
                                 : Shown{keep(ctx, digit), ctx.language};
        std::string id = k == '<' ? "staff:erase" : k == '>' ? "staff:ok" : "staff:digit:" + digit;
        if (!touchButton(ctx, id, r, label)) continue;
        if (k == '<')
            staff.eraseDigit(now);
        else if (k == '>')
            staff.submitPin(now);
        else
            staff.typeDigit(k, now);
    }
    Rectf cancel{x0, y + 4 * (key + gap), padW, cancelH};
    if (touchButton(ctx, "staff:cancel", cancel, ui(ctx, "staff.cancel"))) staff.close();
}

std::string wallClockText(const session::Exhibit& x) {
    Millis wall = x.clock().wallMs();
    auto local = x.schedule().openingHours().zone().toLocal(wall);
    auto date = local.date();
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d (%s)", date.year, date.month, date.day,
                  local.minuteOfDay / 60, local.minuteOfDay % 60,
                  x.schedule().openingHours().status().clockTrusted
                      ? "trusted"
                      : "NOT trusted: schedule ignored");
    return buf;
}

void drawInfoPage(DrawContext& ctx, const StaffInfo& info) {
    auto& x = ctx.exhibit;
    Millis now = x.now();
    const Rectf& s = ctx.layout.screen;
    float u = ctx.layout.unit, pad = u * 3;
    float buttonsW = std::max(ctx.layout.minTargetPx * 4.f, s.w * 0.3f);
    float textW = s.w - buttonsW - pad * 3;
    float y = s.y + pad;
    // Laid out left to right, then mirrored for a right-to-left language: text at the start
    // side, the buttons at the end side.
    float textX = ctx.rtl ? s.x + buttonsW + pad * 2 : s.x + pad;
    y += drawText(ctx, ui(ctx, "staff.panel_title"), ctx.fonts.title, {textX, y, textW, 0},
                  colors::kText, Align::Start, 1);
    y += ctx.fonts.titlePx * 0.3f;
    const auto* lib = x.library();
    std::string content =
        lib ? "Content version " + std::to_string(lib->settings().version) + " of " +
                  formatIsoDate(lib->settings().versionDate.firstDay() * 86'400'000) + ", " +
                  info.contentSource
            : "No content loaded";
    y += line(ctx, textX, y, textW, content, colors::kText, true);
    y += line(ctx, textX, y, textW,
              std::string("Mode: ") + session::modeName(x.mode()) + ". " +
                  x.schedule().openingHours().status().reason);
    y += line(ctx, textX, y, textW, "Clock: " + wallClockText(x));
    y += line(
        ctx, s.x + pad, y, textW,
        "USB updates: " +
            (info.mountRoot.empty()
                 ? std::string("off (no mount root)")
                 : info.mountRoot + ", " + std::to_string(info.trustedKeys) + " trusted key(s)") +
            (info.updateBusy ? "; working..." : ""));
    // Each language's review status and how many texts still show English instead.
    if (lib && lib->settings().languages.size() > 1) {
        y += u * 0.5f;
        y += line(ctx, textX, y, textW, ui(ctx, "staff.languages"), colors::kAccent, true);
        for (const auto& st : content::languageStatus(*lib)) {
            Shown status = ui(ctx, st.review == content::Review::Reviewed ? "staff.review.reviewed"
                                                                          : "staff.review.draft");
            y += line(ctx, textX, y, textW,
                      ui(ctx, "staff.language_status",
                         {{"language", st.name + " (" + st.code + ")"},
                          {"status", std::string(status.text)},
                          {"missing", st.missing}}),
                      st.review == content::Review::Reviewed ? colors::kText : colors::kAccent);
        }
    }
    y += u;
    y += line(ctx, textX, y, textW, ui(ctx, "staff.update_history"), colors::kAccent, true);
    if (info.history.empty()) y += line(ctx, textX, y, textW, "none", colors::kTextDim);
    for (const auto& h : info.history) y += line(ctx, textX, y, textW, h, colors::kTextDim);
    y += u;
    y += line(ctx, textX, y, textW, ui(ctx, "staff.recent_log"), colors::kAccent, true);
    for (const auto& l : info.recentLog) {
        if (y > s.y + s.h - ctx.fonts.smallPx * 3) break;
        y += line(ctx, textX, y, textW, l, colors::kTextDim);
    }

    float bx = ctx.rtl ? s.x + pad : s.x + s.w - buttonsW - pad, by = s.y + pad;
    float bh = ctx.layout.minTargetPx;
    auto button = [&](const char* id, Shown label, bool enabled = true) {
        bool pressed = touchButton(ctx, id, {bx, by, buttonsW, bh}, label, true, enabled);
        by += bh + u * 1.5f;
        return pressed;
    };
    if (button("staff:test", ui(ctx, "staff.touch_test"))) x.staff().showTestPattern(true, now);
    Shown back =
        info.previousVersion
            ? ui(ctx, "staff.roll_back",
                 {{"version",
                   text::localeFormatFor(ctx.language).plainInteger(*info.previousVersion)}})
            : ui(ctx, "staff.nothing_to_roll_back");
    if (button("staff:rollback", back, info.previousVersion && !info.updateBusy))
        x.staff().request(session::StaffAction::RollBack, now);
    if (button("staff:export", ui(ctx, "staff.export_usage"),
               !info.mountRoot.empty() && !info.updateBusy))
        x.staff().request(session::StaffAction::ExportUsage, now);
    if (button("staff:close", ui(ctx, "staff.close"))) x.staff().close();
}

// A grid to see the picture's edges and every touch where it lands, with its coordinates.
void drawTestPattern(DrawContext& ctx) {
    const Rectf& s = ctx.layout.screen;
    fillScreen(ctx, IM_COL32(0, 0, 0, 255));
    for (int i = 0; i <= 10; ++i) {
        float fx = s.x + s.w * float(i) / 10, fy = s.y + s.h * float(i) / 10;
        ctx.draw->AddLine({fx, s.y}, {fx, s.y + s.h}, IM_COL32(90, 90, 90, 255));
        ctx.draw->AddLine({s.x, fy}, {s.x + s.w, fy}, IM_COL32(90, 90, 90, 255));
    }
    ctx.draw->AddRect({s.x + 1, s.y + 1}, {s.x + s.w - 1, s.y + s.h - 1}, colors::kAccent, 0, 0, 3);
    for (const auto& m : ctx.exhibit.touch().marks()) {
        ctx.draw->AddCircle(toIm(m.at), ctx.layout.minTargetPx / 2, colors::kAccent, 0, 3);
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.0f, %.0f", m.at.x, m.at.y);
        drawText(ctx, english(keep(ctx, buf)), ctx.fonts.small,
                 {m.at.x + ctx.layout.minTargetPx / 2, m.at.y, ctx.fonts.smallPx * 8, 0},
                 colors::kText, Align::Start, 1, false);
    }
    float w = ctx.layout.minTargetPx * 3;
    Rectf done{s.x + (s.w - w) / 2, s.y + s.h / 2 - ctx.layout.minTargetPx / 2, w,
               ctx.layout.minTargetPx};
    if (touchButton(ctx, "staff:done", done, ui(ctx, "staff.done")))
        ctx.exhibit.staff().showTestPattern(false, ctx.exhibit.now());
}

}  // namespace

void drawStaffPanel(DrawContext& ctx, const StaffInfo& info) {
    auto stage = ctx.exhibit.staff().stage();
    if (stage == StaffStage::Hidden) return;
    ctx.exhibit.targets().clear();  // only the panel's buttons can be touched now
    if (stage == StaffStage::TestPattern) return drawTestPattern(ctx);
    fillScreen(ctx, IM_COL32(10, 14, 20, 250));
    if (stage == StaffStage::Pin) return drawPinPad(ctx);
    drawInfoPage(ctx, info);
}

void drawStaffHold(DrawContext& ctx) {
    auto progress = ctx.exhibit.staff().holdProgress(ctx.exhibit.now());
    if (!progress) return;
    const Rectf& s = ctx.layout.screen;
    float r = ctx.layout.minTargetPx * 0.7f;
    constexpr float kPi = 3.14159265f;
    for (ImVec2 c :
         {ImVec2{s.x + r * 1.3f, s.y + r * 1.3f}, ImVec2{s.x + s.w - r * 1.3f, s.y + r * 1.3f},
          ImVec2{s.x + s.w - r * 1.3f, s.y + s.h - r * 1.3f},
          ImVec2{s.x + r * 1.3f, s.y + s.h - r * 1.3f}}) {
        ctx.draw->PathArcTo(c, r, -kPi / 2, -kPi / 2 + 2 * kPi * *progress, 32);
        ctx.draw->PathStroke(colors::kAccent, 0, 4);
    }
}

// Small, at the foot of the screen, newest lowest: readable by staff, quiet for visitors.
void drawNotices(DrawContext& ctx) {
    const auto& notices = ctx.exhibit.notices().items();
    if (notices.empty()) return;
    const Rectf& s = ctx.layout.screen;
    float u = ctx.layout.unit, px = ctx.fonts.smallPx;
    float maxW = std::min(s.w - u * 4, px * 36);
    float y = s.y + s.h - u * 2;
    for (auto it = notices.rbegin(); it != notices.rend(); ++it) {
        Shown notice = english(it->text);
        ImVec2 text = measureText(ctx, notice, ctx.fonts.small, maxW - u * 3, 2);
        float w = std::min(maxW, text.x + u * 3);
        float h = text.y + u * 1.5f;
        y -= h;
        float x = s.x + (s.w - w) / 2;
        ctx.draw->AddRectFilled({x, y}, {x + w, y + h}, colors::kPanel, u);
        ctx.draw->AddRect({x, y}, {x + w, y + h}, it->problem ? colors::kAccent : colors::kOutline,
                          u, 0, 2);
        drawText(ctx, notice, ctx.fonts.small, {x + u * 1.5f, y + u * 0.75f, w - u * 3, 0},
                 colors::kText, Align::Start, 2);
        y -= u;
    }
}

}  // namespace kiosk::ui
