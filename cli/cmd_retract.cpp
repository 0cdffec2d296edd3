// ritrack retract: withdraw a value by recording a retraction.
#include <iostream>

#include <fmt/format.h>

#include "base/translate.h"
#include "command.h"
#include "context.h"
#include "record/recorder.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(Records a retraction for the value that stands for COUNTRY, INDICATOR and
PERIOD. The retracted entry stays in the journal and in 'ritrack history';
it no longer counts in any figure. Recording a new value later for the same
period supersedes the retraction.

For an item register, --item names the item to withdraw; the period is then
only recorded with the retraction.

Examples:
  ritrack retract PER 1.6 2019 --reason "resolution was not adopted"
  ritrack retract PER 2.2 2019 --item ALLIANCE-1 --reason "recorded twice")");

static CommandRun setup(CLI::App& cmd) {
  auto input = std::make_shared<RecordInput>();
  auto by = std::make_shared<std::string>();
  cmd.add_option("country", input->country, tr("ISO code (RI for regional indicators)"))->required();
  cmd.add_option("indicator", input->indicator, tr("Indicator id"))->required();
  cmd.add_option("period", input->period, tr("2019 or 2019-Q2"))->required();
  cmd.add_option("--reason", input->retract, tr("Why the value is withdrawn"))->required();
  cmd.add_option("--item", input->item, tr("Item registers: the item to withdraw"));
  cmd.add_option("--unit", input->unit, tr("Resources in their own unit: the unit of the value to withdraw"));
  cmd.add_option("--by", *by, tr("Who records (default: git user name, else login name)"));
  return [input, by](Session& session) {
    const RunContext& context = session.context;
    Lang lang = context.lang;
    Period today = context.today;
    if (auto country = resolve_country(session.data.countries, input->country)) input->country = *country;
    session.load_journals({input->country}, Keep::standing);  // its journal only; the value to withdraw stands
    const Dataset& data = session.data;
    RecordInput in = *input;
    in.by = recorded_by(*by);
    in.recorded = context.now;
    Diagnostics problems;
    auto entry = make_retraction(data, today, in, problems);
    AppendOptions options = append_options(context, in.by);
    if (!problems.empty() || !append_entries(data, {*entry}, options, problems)) {
      print_diagnostics(problems);
      std::cerr << tr("Nothing recorded.", lang) << "\n";
      return ExitStatus::data_error;
    }
    std::cout << fmt::format("{} {}: {} {} {} ({})\n", tr("Recorded in", lang), journal_path(data.dir, entry->country),
                             entry->country, entry->indicator, entry->period.str(), tr("retraction", lang));
    return ExitStatus::ok;
  };
}

extern const Command kRetract{
    "retract", N_("Withdraw a value with a reason"), kHelp, Needs::one_journal, Access::writes, setup};

}  // namespace ritrack::cli
