// ritrack matrix: member countries x country-scope indicators for a period.
#include "base/translate.h"
#include "command.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(One row per member country, one column per country-scope indicator; each
cell says whether the country reported a value for the period (R), carries
an earlier value forward (C, stocks only), or is missing (·).

Examples:
  ritrack matrix --as-of 2019-Q4
  ritrack matrix --result 1 --format csv -o matrix.csv)");

static CommandRun setup(CLI::App& cmd) {
  auto options = add_report_options(cmd, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx}, false);
  return [options](Session& session) {
    ReportContext ctx = open_report(session, *options);
    Document doc = ctx.document();
    add_matrix(doc, ctx.progress, ctx.data, ctx.lang);
    emit(doc, *options);
    return ExitStatus::ok;
  };
}

extern const Command kMatrix{"matrix",      N_("Country x indicator reporting grid for a period"),
                             kHelp,         Needs::standing_values,
                             Access::reads, setup};

}  // namespace ritrack::cli
