#pragma once
// The timeline's camera: which span of days is visible across its rectangle. Panned and
// pinched by gestures, flown to selections. Days count from 1970-01-01 and may be fractional.
#include <optional>

#include "kiosk/core/clock.h"
#include "kiosk/core/geometry.h"

namespace kiosk::timeline {

class TimeView {
  public:
    static constexpr double kMinSpanDays = 7;  // a single week

    void setViewport(Rectf rect) { viewport_ = rect; }
    const Rectf& viewport() const { return viewport_; }
    // The outer limits a visitor can pan and zoom to (the whole story plus a margin).
    void setBounds(double firstDay, double lastDay);
    void setRange(double startDay, double endDay);
    double start() const { return start_; }
    double end() const { return end_; }

    // Right to left (Arabic): the earliest day is at the right edge.
    void setRightToLeft(bool rtl) { rtl_ = rtl; }
    bool rightToLeft() const { return rtl_; }

    float dayToX(double day) const;
    double xToDay(float x) const;
    double pixelsPerDay() const;

    void panBy(float deltaPx);
    void zoomAbout(float x, double factor);

    void flyTo(double startDay, double endDay, Millis now, Millis durationMs = 900);
    // Brings [firstDay, lastDay] into view, keeping the zoom unless it does not fit.
    void flyToShow(double firstDay, double lastDay, Millis now);
    bool update(Millis now);
    bool flying() const { return flight_.has_value(); }
    void cancelFlight() { flight_.reset(); }

  private:
    void clamp();
    struct Flight {
        double fromStart, fromEnd, toStart, toEnd;
        Millis start, duration;
    };
    Rectf viewport_{0, 0, 800, 200};
    double boundStart_ = 0, boundEnd_ = 365;
    double start_ = 0, end_ = 365;
    std::optional<Flight> flight_;
    bool rtl_ = false;
};

}  // namespace kiosk::timeline
