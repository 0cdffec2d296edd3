// ritrack import: entries from a spreadsheet export, all or nothing.
#include <algorithm>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "command.h"
#include "csv_reader.h"
#include "labels.h"
#include "recorder.h"
#include "report_document.h"
#include "report_options.h"
#include "suggest.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(Reads a CSV export (comma or semicolon separated, UTF-8 with or without
BOM). The first row names the columns, in any order:

  country    ISO code, or RI for regional indicators      required
  indicator  e.g. 1.6                                     required
  period     2019 or 2019-Q2                              required
  value      yes/no, a number, a level or a text          required
  source     means of verification                        required
  note       free text                                    optional
  breakdown  e.g. sector=GOB:3,EMP:1 (dimensions separated by spaces)  optional
  by         who recorded it (default: --by, git user, login)          optional

Without --apply it only shows what it would record. With --apply it records
every row or, if any row is invalid, none, and lists every bad row with its
line number.

Examples:
  ritrack import q2-2019.csv
  ritrack import q2-2019.csv --apply)";

namespace {

const std::vector<std::string> kColumns{"country", "indicator", "period", "value", "source", "note", "breakdown", "by"};
const std::vector<std::string> kRequired{"country", "indicator", "period", "value", "source"};

void at_line(Diagnostics& d, size_t from, const std::string& file, int line) {
  for (size_t i = from; i < d.size(); ++i) {
    d[i].file = file;
    d[i].pos = {line, 0};
  }
}

}  // namespace

CommandRun add_import_command(CLI::App& app, const GlobalOptions& global) {
  auto* cmd = app.add_subcommand("import", "Record entries from a CSV file (dry run unless --apply)");
  cmd->footer(kHelp);
  auto file = std::make_shared<std::string>();
  auto apply = std::make_shared<bool>(false);
  auto by = std::make_shared<std::string>();
  auto wait = std::make_shared<int>(10);
  cmd->add_option("file", *file, "CSV file")->required();
  cmd->add_flag("--apply", *apply, "Record the entries (default: only show them)");
  cmd->add_option("--by", *by, "Who records, for rows without a 'by' column");
  cmd->add_option("--wait", *wait, "Seconds to wait for other writers' locks (default 10)");
  return [&global, file, apply, by, wait]() {
    Lang lang = resolve_lang(global);
    Period today = current_quarter();
    Diagnostics problems;
    auto text = read_file(*file, problems);
    if (!text) {
      print_diagnostics(problems);
      return kExitIo;
    }
    int status = kExitOk;
    // Rows are checked on their own; append_entries reads each journal it writes, under its lock.
    Dataset data = load_or_report(global, status, std::vector<std::string>{});
    if (status != kExitOk) return status;
    std::string csv_error;
    std::vector<CsvRow> rows = read_csv(*text, &csv_error);
    if (!csv_error.empty()) problems.push_back({*file, {}, 1, Severity::error, "bad-csv", csv_error, ""});
    std::map<std::string, size_t> column;
    if (!rows.empty()) {
      for (size_t i = 0; i < rows[0].fields.size(); ++i) {
        std::string name = rows[0].fields[i];
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        while (!name.empty() && name.back() == ' ') name.pop_back();
        if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
          problems.push_back({*file, {1, 0}, 1, Severity::error, "unknown-column",
                              fmt::format("unknown column '{}'", name), did_you_mean(name, kColumns)});
        else column[name] = i;
      }
    }
    for (const std::string& name : kRequired)
      if (!column.count(name))
        problems.push_back({*file, {1, 0}, 1, Severity::error, "missing-column",
                            fmt::format("the file has no '{}' column", name),
                            fmt::format("the first row names the columns: {}", fmt::join(kRequired, ", "))});
    std::vector<Entry> entries;
    std::vector<int> lines;
    std::string who = recorded_by(*by), now = recording_time();
    const bool header_ok = problems.empty();  // then every row is checked, so that all bad rows are listed
    for (size_t r = 1; header_ok && r < rows.size(); ++r) {
      auto field = [&](const std::string& name) {
        auto it = column.find(name);
        return it == column.end() || it->second >= rows[r].fields.size() ? std::string{} : rows[r].fields[it->second];
      };
      RecordInput in{field("country"), field("indicator"), field("period"), field("value"), std::nullopt, {},
                     field("source"), field("note"), field("by").empty() ? who : field("by"), now};
      std::string breakdown = field("breakdown");
      for (size_t start = 0; start < breakdown.size();) {
        size_t end = breakdown.find(' ', start);
        if (end == std::string::npos) end = breakdown.size();
        if (end > start) in.breakdown.push_back(breakdown.substr(start, end - start));
        start = end + 1;
      }
      size_t before = problems.size();
      if (in.source.empty())
        problems.push_back({"", {}, 1, Severity::error, "missing-key", "the row has no source", ""});
      else if (auto entry = make_entry(data, today, in, problems)) {
        entries.push_back(std::move(*entry));
        lines.push_back(rows[r].line);
      }
      at_line(problems, before, *file, rows[r].line);
    }
    if (problems.empty() && *apply) {
      AppendOptions options{lock_holder(who), std::chrono::seconds(*wait), today};
      if (append_entries(data, entries, options, problems)) {
        std::map<std::string, int> journals;
        for (const Entry& e : entries) ++journals[e.country];
        std::cout << fmt::format("{} {} {} ({} {}).\n", tr("Recorded", lang), entries.size(),
                                 entries.size() == 1 ? "entry" : "entries", journals.size(),
                                 journals.size() == 1 ? "journal" : "journals");
        return kExitOk;
      }
    }
    if (!problems.empty()) {
      print_diagnostics(problems);
      std::cerr << fmt::format("{}: {} {}; {}\n", *file, problems.size(), problems.size() == 1 ? "problem" : "problems",
                               tr("Nothing recorded.", lang));
      return kExitDataError;
    }
    Table t;
    t.columns = {Column("Line", Column::numeric_), Column(std::string(tr("Country", lang))),
                 Column(std::string(tr("Indicator", lang))).abbreviated("Ind."),
                 Column(std::string(tr("Period", lang))), Column(std::string(tr("Value", lang)), Column::flex_),
                 Column(std::string(tr("Source", lang)), Column::flex_)};
    TableSection s;
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& e = entries[i];
      const Indicator& ind = *data.framework.find_indicator(e.indicator);
      std::string value = ind.measure == Measure::flag ? (e.number == 1 ? "yes" : "no")
                          : ind.measure == Measure::text ? e.text : fmt::format("{}", e.number);
      s.rows.push_back({Cell(std::to_string(lines[i])), Cell(e.country), Cell(e.indicator), Cell(e.period.str()),
                        Cell(value), Cell(e.source)});
    }
    t.sections.push_back(std::move(s));
    Document doc = new_document("", lang);
    doc.heading(fmt::format("{} {} {} ({})", tr("Would record", lang), entries.size(),
                            entries.size() == 1 ? "entry" : "entries", "dry run: nothing written; --apply records"));
    doc.table(std::move(t));
    std::cout << render_text(doc, TextStyle{80, false});
    return kExitOk;
  };
}

}  // namespace ritrack::cli
