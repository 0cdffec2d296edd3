// Reading a spreadsheet export: comma or semicolon separated, UTF-8 with or
// without BOM, quoted fields with doubled quotes and embedded newlines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ritrack {

struct CsvRow {
  int line = 0;  // where the row starts in the file, 1-based
  std::vector<std::string> fields;
};

// The separator is the one (',' or ';') that occurs more often in the first line.
// Blank lines are skipped. `error` is set (and reading stops) on an unterminated quote.
std::vector<CsvRow> read_csv(std::string_view text, std::string* error = nullptr);

}  // namespace ritrack
