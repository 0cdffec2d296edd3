// ritrack import: entries from a spreadsheet export, all or nothing.
#include <algorithm>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "command.h"
#include "record/csv_import.h"
#include "base/labels.h"
#include "record/recorder.h"
#include "model/value.h"
#include "output/report_document.h"
#include "report_options.h"

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
    std::string who = recorded_by(*by);
    std::vector<ImportedEntry> rows = read_import(*text, *file, data, today, who, recording_time(), problems);
    std::vector<Entry> entries;
    for (const ImportedEntry& row : rows) entries.push_back(row.entry);
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
    for (const ImportedEntry& row : rows) {
      const Entry& e = row.entry;
      std::string value = value_text(e, *data.framework.find_indicator(e.indicator));
      s.rows.push_back({Cell(std::to_string(row.line)), Cell(e.country), Cell(e.indicator), Cell(e.period.str()),
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
