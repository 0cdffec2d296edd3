#include "store/csv_reader.h"

#include <algorithm>

#include "base/translate.h"

namespace ritrack {

std::vector<CsvRow> read_csv(std::string_view text, std::optional<CsvProblem>* problem) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string_view first = text.substr(0, text.find('\n'));
  char sep = std::count(first.begin(), first.end(), ';') > std::count(first.begin(), first.end(), ',') ? ';' : ',';
  std::vector<CsvRow> rows;
  CsvRow row{1, {}, {}};
  std::string field;
  Position here{1, 1};       // of the character at i
  Position field_at = here;  // where the current field started
  Position quote_at{};       // the opening quote of a quoted field
  bool quoted = false, closed = false, any = false;
  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    row.starts.push_back(field_at);
    field.clear();
    closed = false;
  };
  auto refuse = [&](Position at, std::string message, std::string hint) {
    if (problem) *problem = CsvProblem{at, std::move(message), std::move(hint)};
    return rows;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    Position at = here;
    if (c == '\n') {
      ++here.line;
      here.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++here.column;  // columns count characters, not bytes
    }
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
        ++here.column;
      } else if (c == '"') {
        quoted = false;
        closed = true;
      } else {
        field += c;
      }
      continue;
    }
    bool ends_field = c == sep || c == '\n' || c == '\r';
    if (closed && !ends_field)
      return refuse(at, tr("text after a closing quote"),
                    tr("inside a quoted field, write a quote twice: \"say \"\"yes\"\"\""));
    if (c == '"') {
      if (!field.empty())
        return refuse(at, tr("a quote inside a field that does not start with one"),
                      tr("quote the whole field and write the quote twice: \"ab\"\"cd\"\"ef\""));
      quoted = any = true;
      quote_at = at;
    } else if (c == sep) {
      end_field();
      field_at = here;
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // the \n ends the row
      if (c == '\r') {
        ++here.line;
        here.column = 1;
      }
      end_field();
      bool blank = row.fields.size() == 1 && row.fields[0].empty() && !any;
      if (!blank) rows.push_back(std::move(row));
      row = CsvRow{here.line, {}, {}};
      field_at = here;
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted)
    return refuse(quote_at, tr("a quoted field is not closed"), tr("every field that opens a quote closes it"));
  if (any || !field.empty()) {
    end_field();
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace ritrack
