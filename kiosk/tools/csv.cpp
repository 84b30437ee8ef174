// RFC 4180 CSV reading for the spreadsheet import (see csv.h).
#include "kiosk/tools/csv.h"

namespace kiosk::tools {

std::vector<std::vector<std::string>> parseCsv(std::string_view text, std::size_t maxRows) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    auto endRow = [&] {
        row.push_back(std::move(field));
        field.clear();
        rows.push_back(std::move(row));
        row.clear();
        any = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else
                quoted = false;
            continue;
        }
        any = true;
        if (c == '"')
            quoted = true;
        else if (c == ',')
            row.push_back(std::move(field)), field.clear();
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        else if (c == '\n' || c == '\r') {
            endRow();
            if (maxRows && rows.size() == maxRows) return rows;
        } else
            field += c;
    }
    if (any || !field.empty() || !row.empty()) endRow();
    return rows;
}

bool csvHeaderIs(std::string_view cell, std::string_view column) {
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.remove_suffix(1);
    if (cell.size() != column.size()) return false;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(cell[i]) != lower(column[i])) return false;
    }
    return true;
}

}  // namespace kiosk::tools
