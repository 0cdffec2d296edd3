// ritrack check: validate the framework, the countries and every journal.
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "output/diagnostic_format.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(Validate framework.yaml, countries.yaml and every journal in values/.

Reports every problem in one run, as FILE:LINE:COL: error: message with the
source line, a caret and a hint where one helps.

Exit status: 0 clean, 1 the data has errors, 2 usage error, 3 unreadable files.

Examples:
  ritrack check
  ritrack check --data ../ri-data --format github    # annotations in GitHub Actions
  ritrack check --format json | jq '.errors[].code'  # schema ritrack.check/1)";

CommandRun add_check_command(CLI::App& app, const GlobalOptions& global) {
  auto* cmd = app.add_subcommand("check", "Validate the framework, countries and every journal");
  cmd->footer(kHelp);
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("--format", *format, "Output: text (default), json or github")
      ->check(CLI::IsMember({"text", "json", "github"}));
  return [&global, format]() {
    Diagnostics diagnostics;
    Dataset data = load_dataset(resolve_data_dir(global), LoadOptions{current_quarter(), std::nullopt}, diagnostics);
    sort_diagnostics(diagnostics);
    if (*format == "json") {
      std::cout << format_check_json(diagnostics, data.files_read, data.entries.size());
    } else if (*format == "github") {
      for (const Diagnostic& d : diagnostics) std::cout << format_diagnostic_github(d);
    } else {
      print_diagnostics(diagnostics);
      size_t errors = diagnostics.size();
      if (errors == 0)
        std::cout << fmt::format("{}: {} files, {} {}, no problems\n", data.dir, data.files_read,
                                 data.entries.size(), data.entries.size() == 1 ? "entry" : "entries");
      else
        std::cerr << fmt::format("{}: {} {} in {} files checked\n", data.dir, errors,
                                 errors == 1 ? "problem" : "problems", data.files_read);
    }
    return status_for(diagnostics);
  };
}

}  // namespace ritrack::cli
