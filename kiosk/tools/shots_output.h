#pragma once
// kiosk-content shots: the contact sheet (index.html) and the plain report (report.txt).
#include <string>
#include <vector>

#include "kiosk/tools/shots.h"

namespace kiosk::tools::shots {

// One shot taken: where it is under OUT and what its state dump showed.
struct Taken {
    std::string size, language, card, title;  // title: the card's English title or name
    std::string png;                          // relative to OUT, "800x480/ar/event-x.png"
    int w = 0, h = 0;
    Verdict verdict;
};

// "800x480 ar event:x: \"text…\" is cut (truncated)", one line per problem of a shot.
std::vector<std::string> problemLines(const Taken& shot);

// The report: a header (content, clock, sizes, languages), every problem, then the summary.
std::string reportText(const std::string& header, const std::vector<Taken>& shots,
                       const std::string& summary);

// A static, offline page: one section per card, each shot captioned with its card, language
// and size and linked to the full PNG; shots with problems are outlined and list them.
std::string contactSheet(const std::string& title, const std::vector<Taken>& shots,
                         const std::string& summary);

}  // namespace kiosk::tools::shots
