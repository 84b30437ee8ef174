#include "kiosk/timeline/time_view.h"

#include <algorithm>
#include <cmath>

namespace kiosk::timeline {

void TimeView::setBounds(double firstDay, double lastDay) {
    boundStart_ = std::min(firstDay, lastDay - kMinSpanDays);
    boundEnd_ = lastDay;
    clamp();
}

void TimeView::setRange(double startDay, double endDay) {
    start_ = startDay;
    end_ = endDay;
    flight_.reset();
    clamp();
}

double TimeView::pixelsPerDay() const {
    return std::max(1.0f, viewport_.w) / std::max(1e-9, end_ - start_);
}

float TimeView::dayToX(double day) const {
    double offset = (day - start_) * pixelsPerDay();
    return float(rtl_ ? viewport_.x + viewport_.w - offset : viewport_.x + offset);
}

double TimeView::xToDay(float x) const {
    double offset = rtl_ ? viewport_.x + viewport_.w - x : x - viewport_.x;
    return start_ + offset / pixelsPerDay();
}

// The day under the finger stays under it, whichever way time runs.
void TimeView::panBy(float dx) {
    double d = (rtl_ ? -dx : dx) / pixelsPerDay();
    start_ -= d;
    end_ -= d;
    clamp();
}

void TimeView::zoomAbout(float x, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    double anchor = xToDay(x);
    double span = std::clamp((end_ - start_) / factor, kMinSpanDays, boundEnd_ - boundStart_);
    double frac = (anchor - start_) / (end_ - start_);
    start_ = anchor - frac * span;
    end_ = start_ + span;
    clamp();
}

// The span never exceeds the bounds and the window never slides past them.
void TimeView::clamp() {
    double maxSpan = boundEnd_ - boundStart_;
    double span = std::clamp(end_ - start_, kMinSpanDays, maxSpan);
    if (start_ < boundStart_) start_ = boundStart_;
    if (start_ + span > boundEnd_) start_ = boundEnd_ - span;
    end_ = start_ + span;
}

void TimeView::flyTo(double s, double e, Millis now, Millis durationMs) {
    flight_ = Flight{start_, end_, s, e, now, std::max<Millis>(1, durationMs)};
}

void TimeView::flyToShow(double first, double last, Millis now) {
    double span = end_ - start_;
    double need = (last - first) * 1.4 + kMinSpanDays;
    if (need > span) span = need;
    double mid = (first + last) / 2;
    flyTo(mid - span / 2, mid + span / 2, now);
}

bool TimeView::update(Millis now) {
    if (!flight_) return false;
    double t = double(now - flight_->start) / double(flight_->duration);
    double e = easeInOutCubic(t);
    start_ = flight_->fromStart + (flight_->toStart - flight_->fromStart) * e;
    end_ = flight_->fromEnd + (flight_->toEnd - flight_->fromEnd) * e;
    clamp();
    if (t >= 1) flight_.reset();
    return flight_.has_value();
}

}  // namespace kiosk::timeline
