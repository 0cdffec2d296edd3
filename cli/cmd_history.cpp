// ritrack history: the audit trail of entries.
#include <fmt/format.h>

#include <filesystem>

#include "base/errors.h"
#include "base/translate.h"
#include "command.h"
#include "compute/history.h"
#include "context.h"
#include "model/value.h"
#include "output/entry_card.h"
#include "output/report_document.h"
#include "report_options.h"
#include "store/journal_format.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(Every entry in recording order, with who recorded it and when, its source,
and what became of it: in force, superseded by a later entry, withdrawn by
a retraction. Entries are named by journal and line (PER.yaml:42), so the
one that superseded another can be found in the file.

Examples:
  ritrack history --country PER --indicator 1.6
  ritrack history --period 2019-Q2 --format csv -o audit.csv)");

namespace {

std::string entry_ref(const Entry& e) {
  return fmt::format("{}:{}", std::filesystem::path(e.file ? *e.file : "").filename().string(), e.pos.line);
}

}  // namespace

static CommandRun setup(CLI::App& cmd) {
  auto filter = std::make_shared<HistoryFilter>();
  auto period = std::make_shared<std::string>();
  cmd.add_option("--country", filter->country, tr("Only this country (ISO code, or RI)"));
  cmd.add_option("--indicator", filter->indicator, tr("Only this indicator"));
  cmd.add_option("--period", *period, tr("Only this period"));
  auto options = add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx});
  return [filter, period, options](Session& session) {
    Lang lang = session.context.lang;
    filter->period = period_option(*period, "--period");
    if (filter->country.empty())
      session.load_all_journals();
    else {
      if (auto country = resolve_country(session.data.countries, filter->country)) filter->country = *country;
      session.load_journals({filter->country});
    }
    const Dataset& data = session.data;
    Table t;
    t.columns = {label_column("Entry", lang),
                 label_column("Recorded", lang),
                 label_column("By", lang, Column::flex_),
                 label_column("Indicator", lang).abbreviated("Ind."),
                 label_column("Period", lang),
                 label_column("Value", lang, Column::flex_ | Column::some_numbers_),
                 label_column("Source", lang, Column::flex_),
                 label_column("Note", lang, Column::hide_in_text_),
                 label_column("State", lang)};
    TableSection s;
    for (const HistoryRow& row : build_history(data.entries, *filter)) {
      const Entry& e = *row.entry;
      std::string state(tr(state_name(row.state), lang));
      // Terminal: the replacing entry by its line alone; it is in the same journal.
      std::string short_state = row.next ? fmt::format("{} → {}", state, row.next->pos.line) : state;
      if (row.next) state += fmt::format(" {} {}", tr("by", lang), entry_ref(*row.next));
      Tone tone = row.state == HistoryRow::State::stands       ? Tone::good
                  : row.state == HistoryRow::State::retraction ? Tone::warn
                                                               : Tone::muted;
      std::string source = e.retraction ? fmt::format("({})", e.text) : e.source;
      s.rows.push_back({Cell(entry_ref(e)).shortened(fmt::format("{}:{}", e.country, e.pos.line)),
                        Cell(e.recorded).shortened(e.recorded.substr(0, 10)), Cell(e.by), Cell(e.indicator),
                        Cell(e.period.str()), value_cell(e, data.framework, lang), Cell(source), Cell(e.note),
                        Cell(state, tone).shortened(short_state)});
    }
    t.sections.push_back(std::move(s));
    Document doc = new_document(std::string(tr("History", lang)), lang, data.framework.illustrative);
    doc.table(std::move(t));
    add_provenance(doc, provenance_of(session), lang);  // the sources are in the table
    emit(doc, *options);
    return ExitStatus::ok;
  };
}

extern const Command kHistory{"history", N_("The audit trail of entries"), kHelp, Needs::one_journal, Access::reads,
                              setup};

}  // namespace ritrack::cli
