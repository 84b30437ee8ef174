#pragma once
// Reading CSV as spreadsheets export it (RFC 4180): fields separated by commas, a field in
// double quotes may hold commas, line breaks and doubled quotes (""). CRLF or LF line ends; a
// UTF-8 byte-order mark at the start is skipped.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::tools {

// The rows of `text`, at most `maxRows` (0: all). A row of only empty fields is kept, so row
// n of the result is row n + 1 of the sheet as the spreadsheet numbers it.
std::vector<std::vector<std::string>> parseCsv(std::string_view text, std::size_t maxRows = 0);

// Whether a header cell names `column`, ignoring case and surrounding spaces ("End Year ").
bool csvHeaderIs(std::string_view cell, std::string_view column);

}  // namespace kiosk::tools
