// ritrack progress: the progress table, per result and indicator.
#include <fmt/format.h>

#include "base/translate.h"
#include "command.h"
#include "output/progress_json.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(For each result, a row per indicator: short title, baseline, current value
and its period, target, achieved %, status, trend over the last 8 reporting
periods, and how many member countries reported for the period.

Status (README, "Methodology"): achieved, on track (at least 95% of the
progress expected on the straight path from baseline to target), at risk
(at least 60%), off track, monitored (no target), no data.

Examples:
  ritrack progress
  ritrack progress --as-of 2019-Q2 --lang es
  ritrack progress --country PER --result 1
  ritrack progress --format json | jq '.indicators[] | {id, status}'
  ritrack progress --format html -o progress.html)");

static CommandRun setup(CLI::App& cmd) {
  auto options =
      add_report_options(cmd, {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::xlsx});
  return [options](Session& session) {
    ReportContext ctx = open_report(session, *options);
    if (options->format == Format::json) {
      emit_text(progress_json(ctx.progress, ctx.lang, &ctx.provenance), *options);
      return ExitStatus::ok;
    }
    Document doc = ctx.document();
    add_progress(doc, ctx.progress, ctx.data, ctx.lang);
    emit(doc, *options);
    return ExitStatus::ok;
  };
}

extern const Command kProgress{
    "progress", N_("Progress table per result and indicator"), kHelp, Needs::standing_values, Access::reads, setup};

}  // namespace ritrack::cli
