// ritrack retract: withdraw a value by recording a retraction.
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "base/labels.h"
#include "record/recorder.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(Records a retraction for the value that stands for COUNTRY, INDICATOR and
PERIOD. The retracted entry stays in the journal and in 'ritrack history';
it no longer counts in any figure. Recording a new value later for the same
period supersedes the retraction.

Example:
  ritrack retract PER 1.6 2019 --reason "resolution was not adopted")";

CommandRun add_retract_command(CLI::App& app, const GlobalOptions& global) {
  auto* cmd = app.add_subcommand("retract", "Withdraw a value with a reason");
  cmd->footer(kHelp);
  auto input = std::make_shared<RecordInput>();
  auto by = std::make_shared<std::string>();
  auto wait = std::make_shared<int>(10);
  cmd->add_option("country", input->country, "ISO code (RI for regional indicators)")->required();
  cmd->add_option("indicator", input->indicator, "Indicator id")->required();
  cmd->add_option("period", input->period, "2019 or 2019-Q2")->required();
  cmd->add_option("--reason", input->retract, "Why the value is withdrawn")->required();
  cmd->add_option("--by", *by, "Who records (default: git user name, else login name)");
  cmd->add_option("--wait", *wait, "Seconds to wait for another writer's lock (default 10)");
  return [&global, input, by, wait]() {
    Lang lang = resolve_lang(global);
    Period today = current_quarter();
    int status = kExitOk;
    Dataset data = load_or_report(global, status, std::vector<std::string>{input->country});  // its journal only
    if (status != kExitOk) return status;
    RecordInput in = *input;
    in.by = recorded_by(*by);
    in.recorded = recording_time();
    Diagnostics problems;
    auto entry = make_retraction(data, today, in, problems);
    AppendOptions options{lock_holder(in.by), std::chrono::seconds(*wait), today};
    if (!problems.empty() || !append_entries(data, {*entry}, options, problems)) {
      print_diagnostics(problems);
      std::cerr << tr("Nothing recorded.", lang) << "\n";
      return kExitDataError;
    }
    std::cout << fmt::format("{} {}: {} {} {} ({})\n", tr("Recorded in", lang),
                             data_path(data.dir, "values/" + entry->country + ".yaml"), entry->country,
                             entry->indicator, entry->period.str(), tr("retraction", lang));
    return kExitOk;
  };
}

}  // namespace ritrack::cli
