// ritrack gaps: what stands between the indicators and their targets, and
// which member countries have not reported.
#include "base/translate.h"
#include "command.h"
#include "compute/gaps.h"
#include "output/progress_json.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(First, indicators with a target that is not yet achieved, most urgent first
(off track, at risk, on track, no data; those not moving before those that
need the largest acceleration): the gap to the target, the pace required
per year to close it in time, the actual pace since the baseline, the year
it would be reached at that pace, and the acceleration needed.

Then the reporting gaps: member countries that have not reported an
indicator for the period, split into missing (flows not reported for the
period, stocks never reported) and carried forward (stocks only).

Examples:
  ritrack gaps --as-of 2019-Q4
  ritrack gaps --format md -o gaps.md)");

static CommandRun setup(CLI::App& cmd) {
  auto options =
      add_report_options(cmd, {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::xlsx}, false);
  return [options](Session& session) {
    ReportContext ctx = open_report(session, *options);
    GapsReport gaps = build_gaps(ctx.data, ctx.progress);
    if (options->format == Format::json) {
      emit_text(gaps_json(gaps, &ctx.provenance), *options);
      return ExitStatus::ok;
    }
    Document doc = ctx.document();
    add_gaps(doc, gaps, ctx.data, ctx.lang);
    emit(doc, *options);
    return ExitStatus::ok;
  };
}

extern const Command kGaps{"gaps",        N_("Gap summary: distance to target, pace, reporting gaps"),
                           kHelp,         Needs::standing_values,
                           Access::reads, setup};

}  // namespace ritrack::cli
