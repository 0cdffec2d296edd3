// ritrack gaps: what stands between the indicators and their targets, and
// which member countries have not reported.
#include "command.h"
#include "compute/gaps.h"
#include "output/progress_json.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(First, indicators with a target that is not yet achieved, most urgent first
(off track, at risk, on track, no data; those not moving before those that
need the largest acceleration): the gap to the target, the pace required
per year to close it in time, the actual pace since the baseline, the year
it would be reached at that pace, and the acceleration needed.

Then the reporting gaps: member countries that have not reported an
indicator for the period, split into never reported and carried forward.

Examples:
  ritrack gaps --as-of 2019-Q4
  ritrack gaps --format md -o gaps.md)";

CommandRun add_gaps_command(CLI::App& app, const GlobalOptions& global) {
  auto* cmd = app.add_subcommand("gaps", "Gap summary: distance to target, pace, reporting gaps");
  cmd->footer(kHelp);
  auto options = add_report_options(cmd, {"text", "md", "csv", "json", "html"}, false);
  return [&global, options]() {
    int status = kExitOk;
    auto ctx = open_report(global, *options, status);
    if (!ctx) return status;
    GapsReport gaps = build_gaps(ctx->data, ctx->progress);
    if (options->format == "json") {
      emit_text(gaps_json(gaps), *options);
      return kExitOk;
    }
    Document doc = ctx->document();
    add_gaps(doc, gaps, ctx->data, ctx->lang);
    emit(doc, *options);
    return kExitOk;
  };
}

}  // namespace ritrack::cli
