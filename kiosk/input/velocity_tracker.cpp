#include "kiosk/input/velocity_tracker.h"

#include <algorithm>
#include <iterator>

namespace kiosk::input {
namespace {

constexpr std::size_t kMaxSamples = 64;  // bounds memory against a flood of events

template <typename Samples>
Vec2 leastSquaresSlope(const Samples& samples, Millis origin) {
    double meanT = 0, meanX = 0, meanY = 0;
    for (const auto& s : samples) {
        meanT += (s.at - origin) / 1000.0;
        meanX += s.pos.x;
        meanY += s.pos.y;
    }
    const double n = static_cast<double>(samples.size());
    meanT /= n, meanX /= n, meanY /= n;
    double stt = 0, stx = 0, sty = 0;
    for (const auto& s : samples) {
        const double dt = (s.at - origin) / 1000.0 - meanT;
        stt += dt * dt;
        stx += dt * (s.pos.x - meanX);
        sty += dt * (s.pos.y - meanY);
    }
    if (stt <= 0) return {};
    return {static_cast<float>(stx / stt), static_cast<float>(sty / stt)};
}

}  // namespace

void VelocityTracker::add(Vec2 pos, Millis at) {
    if (!samples_.empty()) at = std::max(at, samples_.back().at);  // keep samples in time order
    if (samples_.empty() || !(samples_.back().pos == pos)) lastMotionAt_ = at;
    samples_.push_back({pos, at});
    dropOld(at);
}

void VelocityTracker::clear() {
    samples_.clear();
}

void VelocityTracker::dropOld(Millis now) {
    auto isRecent = [&](const Sample& s) { return s.at >= now - windowMs_; };
    samples_.erase(samples_.begin(), std::find_if(samples_.begin(), samples_.end(), isRecent));
    if (samples_.size() > kMaxSamples)
        samples_.erase(samples_.begin(), samples_.end() - kMaxSamples);
}

Vec2 VelocityTracker::velocityAt(Millis now) const {
    // A finger that rested for half a window before lifting was put down, not flicked.
    if (samples_.empty() || now - lastMotionAt_ > windowMs_ / 2) return {};
    std::vector<Sample> recent;
    std::copy_if(samples_.begin(), samples_.end(), std::back_inserter(recent),
                 [&](const Sample& s) { return s.at >= now - windowMs_ && s.at <= now; });
    // Fewer samples, or a shorter time span, give a slope dominated by noise.
    const Millis minSpan = std::max<Millis>(10, windowMs_ / 4);
    if (recent.size() < 2 || recent.back().at - recent.front().at < minSpan) return {};
    return leastSquaresSlope(recent, now);
}

}  // namespace kiosk::input
