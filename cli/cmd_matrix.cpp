// ritrack matrix: member countries x country-scope indicators for a period.
#include "command.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(One row per member country, one column per country-scope indicator; each
cell says whether the country reported a value for the period (R), carries
an earlier value forward (C), or has never reported (·).

Examples:
  ritrack matrix --as-of 2019-Q4
  ritrack matrix --result 1 --format csv -o matrix.csv)";

CommandRun add_matrix_command(CLI::App& app, const GlobalOptions& global) {
  auto* cmd = app.add_subcommand("matrix", "Country x indicator reporting grid for a period");
  cmd->footer(kHelp);
  auto options = add_report_options(cmd, {"text", "md", "csv", "html"}, false);
  return [&global, options]() {
    int status = kExitOk;
    auto ctx = open_report(global, *options, status);
    if (!ctx) return status;
    Document doc = ctx->document();
    add_matrix(doc, ctx->progress, ctx->data, ctx->lang);
    emit(doc, *options);
    return kExitOk;
  };
}

}  // namespace ritrack::cli
