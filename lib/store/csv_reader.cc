#include "store/csv_reader.h"

#include <algorithm>

#include "base/translate.h"

namespace ritrack {

std::vector<CsvRow> read_csv(std::string_view text, std::string* error) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string_view first = text.substr(0, text.find('\n'));
  char sep = std::count(first.begin(), first.end(), ';') > std::count(first.begin(), first.end(), ',') ? ';' : ',';
  std::vector<CsvRow> rows;
  CsvRow row{1, {}};
  std::string field;
  int line = 1;
  bool quoted = false, any = false;
  auto end_row = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
    bool blank = row.fields.size() == 1 && row.fields[0].empty() && !any;
    if (!blank) rows.push_back(std::move(row));
    row = CsvRow{line, {}};
    any = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == sep) {
      row.fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_row();
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted) {
    if (error) *error = tr("a quoted field is not closed");
    return rows;
  }
  if (any || !field.empty()) end_row();
  return rows;
}

}  // namespace ritrack
