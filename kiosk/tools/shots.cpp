#include "kiosk/tools/shots.h"

#include <algorithm>
#include <cmath>

namespace kiosk::tools::shots {
namespace {

using nlohmann::json;

constexpr float kSlackPx = 1;  // rounding of ink boxes, as the scenario tests allow

struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

bool readBox(const json& r, Box& b) {
    if (!r.is_array() || r.size() != 4) return false;
    for (const auto& v : r)
        if (!v.is_number()) return false;
    b = {r[0].get<float>(), r[1].get<float>(), r[0].get<float>() + r[2].get<float>(),
         r[1].get<float>() + r[3].get<float>()};
    return true;
}

// How far `r` reaches outside `c`: the largest of its four overhangs; sides only if asked.
float overhang(const Box& r, const Box& c, bool sidesOnly) {
    float out = std::max(c.x0 - r.x0, r.x1 - c.x1);
    if (!sidesOnly) out = std::max({out, c.y0 - r.y0, r.y1 - c.y1});
    return std::max(0.f, out);
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool parseSize(const std::string& text, Size& size) {
    auto x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 == text.size()) return false;
    auto number = [](const std::string& s, int& out) {
        if (s.size() > 5 ||
            !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        out = std::stoi(s);
        return out >= 320 && out <= 8192;
    };
    return number(text.substr(0, x), size.w) && number(text.substr(x + 1), size.h);
}

std::string replayScript(const std::string& language, const std::vector<Shot>& shots) {
    std::string out;
    auto line = [&](const json& j) { out += j.dump() + "\n"; };
    if (!language.empty()) line({{"t", 0}, {"type", "language"}, {"language", language}});
    long t = 500;
    for (const Shot& shot : shots) {
        line({{"t", t}, {"type", "open"}, {"card", shot.card}});
        line({{"t", t + kSettleMs}, {"type", "screenshot"}, {"path", shot.png}});
        line({{"t", t + kSettleMs}, {"type", "state"}, {"path", shot.state}});
        t += kSettleMs + 500;
    }
    return out;
}

std::string shorten(const std::string& text, std::size_t maxChars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation
        if (++chars > maxChars) return text.substr(0, i) + "…";
    }
    return text;
}

std::string Clipped::describe() const {
    std::string how = truncated ? "truncated" : "";
    if (overflowPx > 0)
        how += (how.empty() ? "" : ", ") + std::string("outside its box by ") +
               std::to_string(overflowPx) + " px";
    return "\"" + shorten(text) + "\" is cut (" + how + ")" +
           (belowFold ? ", further down the card than this shot shows" : "");
}

Verdict judge(const json& state, const std::string& card, const std::string& language) {
    Verdict v;
    auto kind = card.substr(0, card.find(':')), id = card.substr(card.find(':') + 1);
    if (!state.is_object()) {
        v.problem = "no state dump";
        return v;
    }
    if (str(state, "mode") != "explore") {
        v.problem = "the exhibit shows \"" + str(state, "mode") + "\", not the card" +
                    (str(state, "mode") == "closed" ? " (choose a --clock in opening hours)" : "");
        return v;
    }
    const json& shown = state.value("card", json::object());
    if (str(shown, "kind") != kind || str(shown, "id") != id) {
        v.problem =
            "the card is not open (the exhibit shows " +
            (shown.value("id", json()).is_string() ? str(shown, "kind") + ":" + str(shown, "id")
                                                   : std::string("no card")) +
            ")";
        return v;
    }
    if (!language.empty() && str(state, "language") != language) {
        v.problem = "the exhibit shows the language \"" + str(state, "language") + "\", not \"" +
                    language + "\"";
        return v;
    }
    Box screen{0, 0, 0, 0};
    if (state.contains("size") && state["size"].is_array() && state["size"].size() == 2)
        screen = {0, 0, state["size"][0].get<float>(), state["size"][1].get<float>()};
    for (const auto& t : state.value("texts", json::array())) {
        Box rect, clip;
        if (!readBox(t.value("rect", json()), rect) || !readBox(t.value("clip", json()), clip))
            continue;
        bool scrolls = t.value("scrolls", false);
        float out = std::max(overhang(rect, clip, scrolls), overhang(rect, screen, scrolls));
        Clipped c{str(t, "text"), t.value("truncated", false), 0};
        // A marker's count goes off the map's edge with its marker, as the map pans.
        if (out > kSlackPx && !t.value("marker", false)) c.overflowPx = int(std::ceil(out));
        c.belowFold = scrolls && (rect.y0 >= clip.y1 || rect.y1 <= clip.y0);
        if (c.truncated || c.overflowPx > 0) v.clipped.push_back(std::move(c));
    }
    return v;
}

}  // namespace kiosk::tools::shots
