// ritrack import: entries from a spreadsheet export, all or nothing.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "base/translate.h"
#include "command.h"
#include "context.h"
#include "model/value.h"
#include "output/entry_card.h"
#include "output/report_document.h"
#include "record/csv_import.h"
#include "record/recorder.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Reads a CSV export (comma or semicolon separated, UTF-8 with or without
BOM). The first row names the columns, in any order:

  country    ISO code, or RI for regional indicators      required
  indicator  e.g. 1.6                                     required
  period     2019 or 2019-Q2                              required
  value      yes/no, a number, a level or a text          required
  source     means of verification                        required
  note       free text                                    optional
  breakdown  e.g. sector=GOB:3,EMP:1 (dimensions separated by spaces)  optional
  by         who recorded it (default: --by, git user, login)          optional
  currency   amounts: ISO 4217 code when not the indicator's unit      optional
  unit       resources that are not money: persons, fte or items        optional

Item registers (e.g. 2.2) take one item a row, its title as the value:
  item       the item's identifier, e.g. ALLIANCE-1                    required
  types      e.g. partnership=public_private level=national            required
  partners   free text                                                 optional
  ends       the last period the item is open                          optional

Without --apply it only shows what it would record. With --apply it records
every row or, if any row is invalid, none, and lists every bad row with its
line number. Rows with a value far from the country's own history, or for a
period in which the country was not a member, are shown with a warning and
still recorded.

Examples:
  ritrack import q2-2019.csv
  ritrack import q2-2019.csv --apply)");

static CommandRun setup(CLI::App& cmd) {
  auto file = std::make_shared<std::string>();
  auto apply = std::make_shared<bool>(false);
  auto by = std::make_shared<std::string>();
  cmd.add_option("file", *file, tr("CSV file"))->required();
  cmd.add_flag("--apply", *apply, tr("Record the entries (default: only show them)"));
  cmd.add_option("--by", *by, tr("Who records, for rows without a 'by' column"));
  auto output = add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::html});
  return [file, apply, by, output](Session& session) {
    const RunContext& context = session.context;
    Lang lang = context.lang;
    Period today = context.today;
    Diagnostics problems;
    auto text = read_file(*file, problems);
    if (!text) {
      print_diagnostics(problems);
      return ExitStatus::io;
    }
    // Rows are checked on their own; append_entries reads each journal it writes, under its lock.
    Dataset& data = session.data;
    std::string who = recorded_by(*by);
    std::vector<ImportedEntry> rows = read_import(*text, *file, data, today, who, context.now, problems);
    // The journals the rows go to, for their history (their problems are reported when appending).
    std::set<std::string> codes;
    for (const ImportedEntry& row : rows) codes.insert(row.entry.country);
    Diagnostics later;
    LoadOptions load = load_options(context);
    load.keep = Keep::standing;  // the rows are judged against the values that stand
    load.before_append = *apply;
    load_journals(data, {codes.begin(), codes.end()}, load, later);
    warn_implausible_rows(data, rows, *file, problems);
    sort_diagnostics(problems);  // by row
    std::vector<Entry> entries;
    for (const ImportedEntry& row : rows) entries.push_back(row.entry);
    if (!has_errors(problems) && *apply) {
      AppendOptions options = append_options(context, who);
      if (append_entries(data, entries, options, problems)) {
        print_diagnostics(problems);  // warnings: the rows stand, but deserve a look
        std::map<std::string, int> journals;
        for (const Entry& e : entries) ++journals[e.country];
        std::cout << trf("Recorded {} ({}).\n", trnf("{} entry", "{} entries", entries.size()),
                         trnf("{} journal", "{} journals", journals.size()));
        return ExitStatus::ok;
      }
    }
    print_diagnostics(problems);
    if (has_errors(problems)) {
      std::cerr << fmt::format("{}: {}; {}\n", *file, trnf("{} problem", "{} problems", problems.size()),
                               tr("Nothing recorded.", lang));
      return ExitStatus::data_error;
    }
    Table t;
    t.columns = {
        label_column(N_("Line"), lang, Column::numeric_),        label_column(N_("Country"), lang),
        label_column(N_("Indicator"), lang).abbreviated("Ind."), label_column(N_("Period"), lang),
        label_column(N_("Value"), lang, Column::flex_),          label_column(N_("Source"), lang, Column::flex_)};
    TableSection s;
    for (const ImportedEntry& row : rows) {
      const Entry& e = row.entry;
      s.rows.push_back({Cell(std::to_string(row.line)), Cell(e.country), Cell(e.indicator), Cell(e.period.str()),
                        value_cell(e, data.framework, lang), Cell(e.source)});
    }
    t.sections.push_back(std::move(s));
    Document doc = new_document("", lang);
    doc.heading(trf("Would record {} (dry run: nothing written; --apply records)",
                    trnf("{} entry", "{} entries", entries.size())));
    doc.table(std::move(t));
    emit(doc, *output);
    return ExitStatus::ok;
  };
}

extern const Command kImport{"import",       N_("Record entries from a CSV file (dry run unless --apply)"),
                             kHelp,          Needs::framework,
                             Access::writes, setup};

}  // namespace ritrack::cli
