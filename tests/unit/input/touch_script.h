#pragma once
// Synthetic finger streams for the gesture tests: a recorder that feeds a recognizer and keeps
// every gesture it produced, plus small queries over the recorded gestures.
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "kiosk/input/gestures.h"

namespace kiosk::input::test {

using Gestures = std::vector<Gesture>;
using Kinds = std::vector<GestureKind>;

class Session {
  public:
    explicit Session(GestureConfig config = {}) : recognizer(config) {}

    void down(std::int64_t id, Vec2 at, Millis t) {
        recognizer.fingerDown(id, at, t);
        collect();
    }
    void move(std::int64_t id, Vec2 at, Millis t) {
        recognizer.fingerMove(id, at, t);
        collect();
    }
    void up(std::int64_t id, Vec2 at, Millis t) {
        recognizer.fingerUp(id, at, t);
        collect();
    }
    void update(Millis t) {
        recognizer.update(t);
        collect();
    }

    // Moves finger `id` in a straight line, one move every stepMs; the last move lands on `to`
    // at `end`. The finger must already be down at `from`.
    void slide(std::int64_t id, Vec2 from, Vec2 to, Millis start, Millis end, Millis stepMs = 10) {
        for (Millis t = start + stepMs; t <= end; t += stepMs) {
            const float k = static_cast<float>(t - start) / static_cast<float>(end - start);
            move(id, from + (to - from) * k, t);
        }
    }
    // A whole one-finger drag: down at `from`, slide, up at `to`.
    void drag(std::int64_t id, Vec2 from, Vec2 to, Millis start, Millis end, Millis stepMs = 10) {
        down(id, from, start);
        slide(id, from, to, start, end, stepMs);
        up(id, to, end);
    }
    void tap(std::int64_t id, Vec2 at, Millis start, Millis heldMs = 80) {
        down(id, at, start);
        up(id, at, start + heldMs);
    }
    // update() every frameMs from `from` to `to` inclusive, as the app's frame loop would.
    void frames(Millis from, Millis to, Millis frameMs = 16) {
        for (Millis t = from; t <= to; t += frameMs) update(t);
    }

    // Gestures recorded since `mark` (a previous log.size()).
    Gestures since(std::size_t mark) const {
        return Gestures(log.begin() + static_cast<std::ptrdiff_t>(mark), log.end());
    }
    std::size_t mark() const { return log.size(); }

    GestureRecognizer recognizer;
    Gestures log;

  private:
    void collect() {
        for (const Gesture& g : recognizer.take()) log.push_back(g);
    }
};

inline Kinds kinds(const Gestures& gestures) {
    Kinds out;
    for (const Gesture& g : gestures) out.push_back(g.kind);
    return out;
}

inline Gestures only(const Gestures& gestures, GestureKind kind) {
    Gestures out;
    for (const Gesture& g : gestures)
        if (g.kind == kind) out.push_back(g);
    return out;
}

inline int count(const Gestures& gestures, GestureKind kind) {
    return static_cast<int>(only(gestures, kind).size());
}

inline Vec2 sumOfDeltas(const Gestures& gestures, GestureKind kind) {
    Vec2 sum;
    for (const Gesture& g : only(gestures, kind)) sum = sum + g.delta;
    return sum;
}

inline float productOfScales(const Gestures& gestures) {
    float product = 1;
    for (const Gesture& g : only(gestures, GestureKind::Pinch)) product *= g.scale;
    return product;
}

// Largest single view movement a Pan or Pinch asks for: what a visitor sees as a jump.
inline float largestStep(const Gestures& gestures) {
    float largest = 0;
    for (const Gesture& g : gestures)
        if (g.kind == GestureKind::Pan || g.kind == GestureKind::Pinch)
            largest = std::max(largest, length(g.delta));
    return largest;
}

inline float largestScaleChange(const Gestures& gestures) {
    float largest = 0;
    for (const Gesture& g : only(gestures, GestureKind::Pinch))
        largest = std::max(largest, std::fabs(g.scale - 1.0f));
    return largest;
}

// Everything before the first gesture of `kind` (all of it when there is none).
inline Gestures before(const Gestures& gestures, GestureKind kind) {
    Gestures out;
    for (const Gesture& g : gestures) {
        if (g.kind == kind) break;
        out.push_back(g);
    }
    return out;
}

// Everything after the first gesture of `kind` (nothing when there is none).
inline Gestures after(const Gestures& gestures, GestureKind kind) {
    for (std::size_t i = 0; i < gestures.size(); ++i)
        if (gestures[i].kind == kind)
            return Gestures(gestures.begin() + static_cast<std::ptrdiff_t>(i) + 1, gestures.end());
    return {};
}

inline bool allFinite(const Gestures& gestures) {
    for (const Gesture& g : gestures) {
        for (float v : {g.at.x, g.at.y, g.delta.x, g.delta.y, g.scale, g.velocity.x, g.velocity.y})
            if (!std::isfinite(v)) return false;
    }
    return true;
}

inline const char* name(GestureKind kind) {
    switch (kind) {
        case GestureKind::Tap:
            return "Tap";
        case GestureKind::DoubleTap:
            return "DoubleTap";
        case GestureKind::LongPress:
            return "LongPress";
        case GestureKind::PanBegin:
            return "PanBegin";
        case GestureKind::Pan:
            return "Pan";
        case GestureKind::PanEnd:
            return "PanEnd";
        case GestureKind::FlingEnd:
            return "FlingEnd";
        case GestureKind::Pinch:
            return "Pinch";
        case GestureKind::Cancel:
            return "Cancel";
    }
    return "?";
}

}  // namespace kiosk::input::test

// Readable failure messages: doctest prints kinds as names and vectors element by element.
namespace doctest {
template <>
struct StringMaker<kiosk::input::GestureKind> {
    static String convert(kiosk::input::GestureKind kind) { return kiosk::input::test::name(kind); }
};
template <>
struct StringMaker<std::vector<kiosk::input::GestureKind>> {
    static String convert(const std::vector<kiosk::input::GestureKind>& kinds) {
        std::string out = "[";
        for (auto kind : kinds)
            out += std::string(out.size() > 1 ? ", " : "") + kiosk::input::test::name(kind);
        return (out + "]").c_str();
    }
};
template <>
struct StringMaker<kiosk::input::Vec2> {
    static String convert(kiosk::input::Vec2 v) {
        return ("{" + std::to_string(v.x) + ", " + std::to_string(v.y) + "}").c_str();
    }
};
}  // namespace doctest
