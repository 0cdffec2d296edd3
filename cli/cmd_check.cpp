// ritrack check: validate the framework, the countries and every journal.
#include <algorithm>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/translate.h"
#include "command.h"
#include "compute/cross_checks.h"
#include "context.h"
#include "output/diagnostic_format.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Validate framework.yaml, countries.yaml and every journal in values/.

Reports every problem in one run, as FILE:LINE:COL: error: message with the
source line, a caret and a hint where one helps. Warnings do not fail the
check: a value from a country that was not a member in its period, a value
far from the country's own history (README, "Plausibility"), a recorded
count of members that differs from countries.yaml.

Exit status: 0 clean, 1 the data has errors, 2 usage error, 3 unreadable files.

Examples:
  ritrack check
  ritrack check --data ../ri-data --format github    # annotations in GitHub Actions
  ritrack check --format json | jq '.errors[].code'  # schema ritrack.check/1)");

static CommandRun setup(CLI::App& cmd) {
  auto output = add_output_options(cmd, {Format::text, Format::json, Format::github});
  return [output](Session& session) {
    Diagnostics diagnostics;
    LoadOptions options = load_options(session.context);
    options.keep = Keep::none;
    options.fold = cross_check_journal;  // cached with each journal: a warm check decodes no entry
    Dataset data = load_dataset(session.context.data_dir, options, diagnostics);
    // Checks across entries stand on every entry read: only on data without errors.
    if (!has_errors(diagnostics)) std::move(data.folded.begin(), data.folded.end(), std::back_inserter(diagnostics));
    sort_diagnostics(diagnostics);
    if (output->format == Format::json) {
      emit_text(format_check_json(diagnostics, data.files_read, data.entry_count), *output);
    } else if (output->format == Format::github) {
      std::string annotations;
      for (const Diagnostic& d : diagnostics) annotations += format_diagnostic_github(d);
      emit_text(annotations, *output);
    } else {
      print_diagnostics(diagnostics);
      size_t errors = static_cast<size_t>(std::count_if(
          diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
      size_t warnings = diagnostics.size() - errors;
      std::string files = trnf("{} file", "{} files", data.files_read);
      std::string entries = trnf("{} entry", "{} entries", data.entry_count);
      std::string warned = trnf("{} warning", "{} warnings", warnings);
      if (errors == 0 && warnings == 0)
        std::cout << trf("{}: {}, {}, no problems\n", data.dir, files, entries);
      else if (errors == 0)
        std::cout << trf("{}: {}, {}, no errors, {}\n", data.dir, files, entries, warned);
      else if (warnings == 0)
        std::cerr << trf("{}: {} in {} checked\n", data.dir, trnf("{} problem", "{} problems", errors), files);
      else
        std::cerr << trf("{}: {} and {} in {} checked\n", data.dir, trnf("{} error", "{} errors", errors), warned,
                         files);
    }
    return exit_status_for(diagnostics);
  };
}

extern const Command kCheck{
    "check", N_("Validate the framework, countries and every journal"), kHelp, Needs::nothing, Access::reads, setup};

}  // namespace ritrack::cli
