// kiosk-content shots: which texts of a state dump count as clipped, and how they are said.
#include <doctest/doctest.h>

#include "kiosk/tools/shots.h"
#include "kiosk/tools/shots_output.h"

using namespace kiosk::tools::shots;
using nlohmann::json;

namespace {

json text(const std::string& s, json rect, json clip, bool scrolls = false, bool truncated = false,
          bool marker = false) {
    return {{"text", s},          {"rect", rect},           {"clip", clip},
            {"scrolls", scrolls}, {"truncated", truncated}, {"marker", marker}};
}

json cardState(json texts) {
    return {{"mode", "explore"},
            {"language", "ar"},
            {"size", {800, 480}},
            {"card", {{"kind", "event"}, {"id", "oslo"}}},
            {"texts", texts}};
}

}  // namespace

TEST_CASE("a text outside its clip or cut with an ellipsis is clipped; 1 px is rounding") {
    json card = {19, 137, 362, 268};
    auto v = judge(cardState({
                       text("fits", {20, 140, 100, 30}, card),
                       text("one px over", {20, 140, 362, 30}, card),
                       text("above the timeline", {410, 279, 190, 42}, {400, 313, 400, 167}),
                       text("below the screen", {20, 460, 50, 30}, {0, 0, 800, 480}),
                       text("a long row title", {20, 2000, 300, 99}, card, true, true),
                       text("scrolled away", {20, 900, 300, 40}, card, true),
                       text("too wide to scroll", {10, 150, 400, 40}, card, true),
                       text("5", {637, 57, 11, 27}, {400, 62, 400, 251}, false, false, true),
                   }),
                   "event:oslo", "ar");
    CHECK(v.problem.empty());
    REQUIRE(v.clipped.size() == 4);
    CHECK(v.clipped[0].describe() == "\"above the timeline\" is cut (outside its box by 34 px)");
    CHECK(v.clipped[1].describe() == "\"below the screen\" is cut (outside its box by 10 px)");
    CHECK(v.clipped[2].describe() ==
          "\"a long row title\" is cut (truncated), further down the card than this shot shows");
    CHECK(v.clipped[3].describe() == "\"too wide to scroll\" is cut (outside its box by 29 px)");
}

TEST_CASE("a shot that does not show the card in its language says so") {
    json st = cardState(json::array());
    CHECK(judge(st, "event:other", "ar").problem ==
          "the card is not open (the exhibit shows event:oslo)");
    CHECK(judge(st, "event:oslo", "ru").problem ==
          "the exhibit shows the language \"ar\", not \"ru\"");
    st["mode"] = "closed";
    CHECK(judge(st, "event:oslo", "ar").problem ==
          "the exhibit shows \"closed\", not the card (choose a --clock in opening hours)");
    CHECK(judge(json(), "event:oslo", "ar").problem == "no state dump");
}

TEST_CASE("sizes, the replay script and the located lines") {
    Size s;
    CHECK(parseSize("1080x1920", s));
    CHECK((s.w == 1080 && s.h == 1920));
    CHECK_FALSE(parseSize("800by480", s));
    CHECK_FALSE(parseSize("100x100", s));
    CHECK_FALSE(parseSize("x480", s));
    CHECK(replayScript("ar", {{"place:cairo", "/o/p.png", "/o/p.json"}}) ==
          "{\"language\":\"ar\",\"t\":0,\"type\":\"language\"}\n"
          "{\"card\":\"place:cairo\",\"t\":500,\"type\":\"open\"}\n"
          "{\"path\":\"/o/p.png\",\"t\":2500,\"type\":\"screenshot\"}\n"
          "{\"path\":\"/o/p.json\",\"t\":2500,\"type\":\"state\"}\n");
    CHECK(shorten("Палестинские фракции", 5) == "Палес…");
    Taken t{"800x480", "ru", "place:cairo", "Cairo", "800x480/ru/place-cairo.png", 800, 480, {}};
    t.verdict.clipped.push_back({"Каир", true, 0});
    CHECK(problemLines(t) ==
          std::vector<std::string>{"800x480 ru place:cairo: \"Каир\" is cut (truncated)"});
    CHECK(contactSheet("Shots", {t}, "1 shots").find("<figure class=\"bad\">") !=
          std::string::npos);
}
