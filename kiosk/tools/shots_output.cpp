#include "kiosk/tools/shots_output.h"

#include <algorithm>

namespace kiosk::tools::shots {
namespace {

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::vector<std::string> problemsOf(const Taken& shot) {
    std::vector<std::string> out;
    if (!shot.verdict.problem.empty()) out.push_back(shot.verdict.problem);
    for (const Clipped& c : shot.verdict.clipped) out.push_back(c.describe());
    return out;
}

constexpr const char* kStyle = R"(<style>
body{font-family:sans-serif;background:#1b1f27;color:#eee;margin:1.5em}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-top:1px solid #444;padding-top:.8em}
.shots{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start}
figure{margin:0;padding:6px;background:#262b35;border:3px solid transparent;border-radius:6px}
figure.bad{border-color:#e5484d}figure img{display:block;max-height:260px;max-width:420px}
figcaption{font-size:.85em;margin-top:4px;max-width:420px}
ul{margin:.3em 0 0 1.1em;padding:0;color:#ffb4b4}.sum{font-size:1.05em}
code{color:#f4b942}
</style>)";

}  // namespace

std::vector<std::string> problemLines(const Taken& shot) {
    std::vector<std::string> lines;
    for (const std::string& p : problemsOf(shot))
        lines.push_back(shot.size + " " + shot.language + " " + shot.card + ": " + p);
    return lines;
}

std::string reportText(const std::string& header, const std::vector<Taken>& shots,
                       const std::string& summary) {
    std::string out = header;
    for (const Taken& shot : shots)
        for (const std::string& line : problemLines(shot)) out += line + "\n";
    return out + summary + "\n";
}

std::string contactSheet(const std::string& title, const std::vector<Taken>& shots,
                         const std::string& summary) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" +
                      escape(title) + "</title>\n" + kStyle + "</head><body>\n<h1>" +
                      escape(title) + "</h1>\n<p class=\"sum\">" + escape(summary) + "</p>\n";
    // Cards in the order they were first shot; within a card, by size then language.
    std::vector<std::string> cards;
    for (const Taken& s : shots)
        if (std::find(cards.begin(), cards.end(), s.card) == cards.end()) cards.push_back(s.card);
    for (const std::string& card : cards) {
        std::string heading;
        for (const Taken& s : shots)
            if (s.card == card) heading = s.title;
        out += "<h2 id=\"" + escape(card) + "\"><code>" + escape(card) + "</code> " +
               escape(heading) + "</h2>\n<div class=\"shots\">\n";
        for (const Taken& s : shots) {
            if (s.card != card) continue;
            auto problems = problemsOf(s);
            out += std::string("<figure") + (problems.empty() ? "" : " class=\"bad\"") +
                   "><a href=\"" + escape(s.png) + "\"><img loading=\"lazy\" src=\"" +
                   escape(s.png) + "\" width=\"" + std::to_string(s.w) + "\" height=\"" +
                   std::to_string(s.h) + "\" style=\"width:auto;height:auto\" alt=\"" +
                   escape(card + " " + s.language + " " + s.size) + "\"></a><figcaption><code>" +
                   escape(card) + "</code> · " + escape(s.language) + " · " + escape(s.size);
            if (!problems.empty()) {
                out += "<ul>";
                for (const auto& p : problems) out += "<li dir=\"auto\">" + escape(p) + "</li>";
                out += "</ul>";
            }
            out += "</figcaption></figure>\n";
        }
        out += "</div>\n";
    }
    return out + "</body></html>\n";
}

}  // namespace kiosk::tools::shots
