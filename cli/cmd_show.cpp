// ritrack show ID: one indicator with all its metadata.
#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "compute/ledger.h"
#include "compute/progress.h"
#include "output/indicator_document.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Shows one indicator: its title, the result it belongs to, how its values
are typed and aggregated, its baseline and targets with their sources. For
an item register, also the items that stand and the count by type.

Examples:
  ritrack show 3.10
  ritrack show 5.5 --lang pt)");

static CommandRun setup(CLI::App& cmd) {
  auto id = std::make_shared<std::string>();
  cmd.add_option("id", *id, tr("Indicator id, e.g. 3.10"))->required();
  auto output = add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx});
  return [id, output](Session& session) {
    const Dataset& data = session.data;
    const Indicator* ind = data.framework.find_indicator(*id);
    if (!ind) {
      throw UsageError(trf("unknown indicator '{}'; {}", terminal_safe(*id), data.framework.indicator_range_hint(*id)));
    }
    Document doc = describe_indicator(*ind, data.framework, session.context.lang);
    if (output->format == Format::html) {  // a page: the indicator's values over time, drawn
      session.load_all_journals();
      const Dataset& all = session.data;
      Ledger ledger(all.framework, all.entries, &all.rates);
      add_indicator_chart(doc.blocks, *ind, regional_series(all, ledger, *ind, session.context.today),
                          session.context.today, session.context.lang);
    }
    if (ind->measure == Measure::items) {
      session.load_all_journals();
      const Dataset& all = session.data;
      add_register(doc, *ind, all, Ledger(all.framework, all.entries, &all.rates), session.context.today,
                   session.context.lang);
    }
    emit(doc, *output);
    return ExitStatus::ok;
  };
}

extern const Command kShow{
    "show", N_("Show one indicator with all its metadata"), kHelp, Needs::framework, Access::reads, setup};

}  // namespace ritrack::cli
