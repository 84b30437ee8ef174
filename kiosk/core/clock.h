#pragma once
// The one source of time for the whole exhibit. Animations read steadyMs(); the schedule and
// the usage log read wallMs(). Tests and the scenario runner inject a ManualClock.
#include <cstdint>

namespace kiosk {

using Millis = std::int64_t;

class Clock {
  public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC. May jump (NTP sync after boot).
    virtual Millis wallMs() const = 0;
    // Milliseconds on a monotonic scale; never jumps.
    virtual Millis steadyMs() const = 0;
};

class SystemClock final : public Clock {
  public:
    Millis wallMs() const override;
    Millis steadyMs() const override;
};

// Real time shown as another wall time: `kiosk --clock` outside replay (a preview of
// opening time, say) runs at normal speed from the given moment.
class ShiftedClock final : public Clock {
  public:
    explicit ShiftedClock(Millis wallStart) : offset_(wallStart - real_.wallMs()) {}
    Millis wallMs() const override { return real_.wallMs() + offset_; }
    Millis steadyMs() const override { return real_.steadyMs(); }
    void jumpWall(Millis ms) { offset_ += ms; }

  private:
    SystemClock real_;
    Millis offset_;
};

// Simulated time: both scales advance together, only when told to.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Millis wallStart) : wallStart_(wallStart) {}
    Millis wallMs() const override { return wallStart_ + elapsed_; }
    Millis steadyMs() const override { return elapsed_; }
    void advance(Millis ms) { elapsed_ += ms; }
    void setSteady(Millis ms) { elapsed_ = ms; }
    // A wall-clock jump, as when NTP corrects a board that booted without an RTC.
    void jumpWall(Millis ms) { wallStart_ += ms; }

  private:
    Millis wallStart_;
    Millis elapsed_ = 0;
};

}  // namespace kiosk
