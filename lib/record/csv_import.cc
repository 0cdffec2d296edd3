#include "record/csv_import.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "compute/cross_checks.h"
#include "compute/ledger.h"
#include "store/csv_reader.h"

namespace ritrack {

namespace {

// `recorded` keeps an entry's recording time (an export imported elsewhere).
const std::vector<std::string> kColumns{"country",  "indicator", "period",   "value", "source",
                                        "note",     "breakdown", "by",       "item",  "types",
                                        "partners", "ends",      "currency", "unit",  "recorded"};
const std::vector<std::string> kRequired{"country", "indicator", "period", "value", "source"};

// Column name -> index, from the header row; unknown, repeated and missing
// columns reported where they are.
std::map<std::string, size_t> read_header(const CsvRow& header, const std::string& file, Diagnostics& out) {
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = header.fields[i];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!name.empty() && name.back() == ' ') name.pop_back();
    auto width = static_cast<int>(std::max<size_t>(display_width(header.fields[i]), 1));
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
      out.push_back({file, header.starts[i], width, Severity::error, DiagnosticCode::unknown_column,
                     trf("unknown column '{}'", terminal_safe(name)), did_you_mean(name, kColumns)});
    else if (auto [it, added] = column.emplace(name, i); !added)
      out.push_back({file, header.starts[i], width, Severity::error, DiagnosticCode::duplicate_column,
                     trf("column '{}' is named twice", name),
                     trf("the first '{}' is column {}; keep one of them", name, it->second + 1)});
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

// The column a row's problem is about, from its code, so that it is
// reported at FILE:LINE:COL; empty when the problem is the row's as a whole.
// An item's dimensions are its types, not a breakdown.
std::string_view column_of(DiagnosticCode code, bool item) {
  switch (code) {
    case DiagnosticCode::unknown_country:
    case DiagnosticCode::bad_country_code:
    case DiagnosticCode::not_a_member:
      return "country";
    case DiagnosticCode::unknown_indicator:
    case DiagnosticCode::bad_id:
      return "indicator";
    case DiagnosticCode::bad_period:
    case DiagnosticCode::future_period:
    case DiagnosticCode::wrong_cadence:
    case DiagnosticCode::period_outside_horizon:
      return "period";
    case DiagnosticCode::bad_value:
    case DiagnosticCode::bad_number:
    case DiagnosticCode::bad_choice:
    case DiagnosticCode::bad_scale:
      return "value";
    case DiagnosticCode::bad_breakdown:
    case DiagnosticCode::breakdown_sum:
    case DiagnosticCode::category_not_admitted:
      return item ? "types" : "breakdown";
    case DiagnosticCode::bad_currency:
    case DiagnosticCode::missing_rate:
      return "currency";
    default:
      return "";
  }
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
  std::optional<CsvProblem> problem;
  std::vector<CsvRow> rows = read_csv(csv, &problem);
  if (problem) {
    // Nothing is imported from a file that is not well-formed CSV.
    out.push_back({file, problem->pos, 1, Severity::error, DiagnosticCode::bad_csv, problem->message, problem->hint});
    return {};
  }
  if (rows.empty()) return {};
  size_t before_header = out.size();
  std::map<std::string, size_t> column = read_header(rows[0], file, out);
  if (out.size() != before_header) return {};
  std::vector<ImportedEntry> entries;
  size_t width = rows[0].fields.size();
  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    // A row longer or shorter than the header has lost or gained a field:
    // which value belongs to which column is a guess ritrack does not make.
    if (row.fields.size() != width) {
      Position at = row.fields.size() > width ? row.starts[width] : Position{row.line, 0};
      out.push_back({file, at, 1, Severity::error, DiagnosticCode::bad_csv,
                     trf("the row has {} fields; the first row names {} columns", row.fields.size(), width),
                     tr("a field holding the separator must be quoted")});
      continue;
    }
    auto field = [&](const std::string& name) {
      auto it = column.find(name);
      return it == column.end() ? std::string{} : csv_unguarded(row.fields[it->second]);
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
                   field("recorded").empty() ? recorded : field("recorded"),
                   field("item"),
                   field("partners"),
                   field("ends"),
                   split_spaces(field("types")),
                   field("currency"),
                   field("unit")};
    auto start_of = [&](std::string_view name) {
      auto it = column.find(std::string(name));
      return it == column.end() ? Position{row.line, 0} : row.starts[it->second];
    };
    if (in.source.empty()) {
      out.push_back(
          {file, start_of("source"), 1, Severity::error, DiagnosticCode::missing_key, tr("the row has no source"), ""});
      continue;
    }
    size_t before = out.size();
    if (auto entry = make_entry(data, today, in, out)) entries.push_back({row.line, std::move(*entry)});
    for (size_t i = before; i < out.size(); ++i) {
      out[i].file = file;
      out[i].pos = start_of(column_of(out[i].code, !in.item.empty()));
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
