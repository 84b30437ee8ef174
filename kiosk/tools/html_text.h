#pragma once
// TimelineJS texts are HTML; the exhibit shows plain text. This keeps the words, turns
// paragraphs into blank-line breaks (the format's paragraph rule) and lists the links, whose
// targets a visitor could not follow anyway.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::tools {

struct HtmlLink {
    std::string text;  // the link's words, as they stay in the plain text
    std::string url;   // its href
};

struct PlainText {
    std::string text;  // UTF-8; paragraphs separated by "\n\n", <br> as "\n"
    std::vector<HtmlLink> links;
};

// Tags are dropped (<p>, <div>, <li>, <h1>-<h6> end a paragraph; <br> breaks a line), runs of
// white space become one space, character references (&amp;, &ndash;, &#8217;, &#x2014;) are
// decoded; an unknown named reference stays as written.
PlainText htmlToPlain(std::string_view html);

}  // namespace kiosk::tools
