#include "record/csv_import.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/translate.h"
#include "compute/cross_checks.h"
#include "compute/ledger.h"
#include "store/csv_reader.h"

namespace ritrack {

namespace {

const std::vector<std::string> kColumns{"country", "indicator", "period", "value",    "source", "note",     "breakdown",
                                        "by",      "item",      "types",  "partners", "ends",   "currency", "unit"};
const std::vector<std::string> kRequired{"country", "indicator", "period", "value", "source"};

// Column name -> index, from the header row; unknown and missing columns reported.
std::map<std::string, size_t> read_header(const CsvRow& header, const std::string& file, Diagnostics& out) {
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = header.fields[i];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
      out.push_back({file,
                     {1, 0},
                     1,
                     Severity::error,
                     DiagnosticCode::unknown_column,
                     trf("unknown column '{}'", name),
                     did_you_mean(name, kColumns)});
    else
      column[name] = i;
  }
  for (const std::string& name : kRequired)
    if (!column.count(name))
      out.push_back({file,
                     {1, 0},
                     1,
                     Severity::error,
                     DiagnosticCode::missing_column,
                     trf("the file has no '{}' column", name),
                     trf("the first row names the columns: {}", fmt::join(kRequired, ", "))});
  return column;
}

std::vector<std::string> split_spaces(const std::string& text) {
  std::vector<std::string> parts;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::vector<ImportedEntry> read_import(std::string_view csv, const std::string& file, const Dataset& data,
                                       const Period& today, const std::string& by, const std::string& recorded,
                                       Diagnostics& out) {
  std::string csv_error;
  std::vector<CsvRow> rows = read_csv(csv, &csv_error);
  if (!csv_error.empty()) out.push_back({file, {}, 1, Severity::error, DiagnosticCode::bad_csv, csv_error, ""});
  if (rows.empty()) return {};
  size_t before_header = out.size();
  std::map<std::string, size_t> column = read_header(rows[0], file, out);
  if (out.size() != before_header) return {};
  std::vector<ImportedEntry> entries;
  for (size_t r = 1; r < rows.size(); ++r) {
    auto field = [&](const std::string& name) {
      auto it = column.find(name);
      return it == column.end() || it->second >= rows[r].fields.size() ? std::string{} : rows[r].fields[it->second];
    };
    RecordInput in{field("country"),
                   field("indicator"),
                   field("period"),
                   field("value"),
                   std::nullopt,
                   split_spaces(field("breakdown")),
                   field("source"),
                   field("note"),
                   field("by").empty() ? by : field("by"),
                   recorded,
                   field("item"),
                   field("partners"),
                   field("ends"),
                   split_spaces(field("types")),
                   field("currency"),
                   field("unit")};
    size_t before = out.size();
    if (in.source.empty())
      out.push_back({"", {}, 1, Severity::error, DiagnosticCode::missing_key, tr("the row has no source"), ""});
    else if (auto entry = make_entry(data, today, in, out))
      entries.push_back({rows[r].line, std::move(*entry)});
    for (size_t i = before; i < out.size(); ++i) {
      out[i].file = file;
      out[i].pos = {rows[r].line, 0};
    }
  }
  return entries;
}

void warn_implausible_rows(const Dataset& data, const std::vector<ImportedEntry>& rows, const std::string& file,
                           Diagnostics& out) {
  Ledger ledger(data.framework, data.entries, &data.rates);
  DiagnosticSink sink(file, out);
  for (const ImportedEntry& row : rows)
    if (auto p = plausibility_problem(*data.framework.find_indicator(row.entry.indicator), ledger, row.entry))
      sink.warning({row.line, 0}, 1, std::move(*p));
}

}  // namespace ritrack
