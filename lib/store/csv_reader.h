// Reading a spreadsheet export: comma or semicolon separated, UTF-8 with or
// without BOM, quoted fields with doubled quotes and embedded newlines.
// Strict (RFC 4180): a quote inside an unquoted field, or text after a
// closing quote, is refused where it is, never silently dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace ritrack {

struct CsvRow {
  int line = 0;  // where the row starts in the file, 1-based
  std::vector<std::string> fields;
  std::vector<Position> starts;  // where each field starts (column in characters)
};

// Why reading stopped, and where.
struct CsvProblem {
  Position pos;
  std::string message, hint;
};

// The separator is the one (',' or ';') that occurs more often in the first
// line. Blank lines are skipped. On a malformed field reading stops: the
// rows before it are returned and `problem` says what and where.
std::vector<CsvRow> read_csv(std::string_view text, std::optional<CsvProblem>* problem = nullptr);

}  // namespace ritrack
