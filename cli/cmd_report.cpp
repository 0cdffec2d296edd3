// ritrack report: the quarterly report bundle for the focal-point network.
#include <fmt/format.h>

#include "base/translate.h"
#include "command.h"
#include "compute/gaps.h"
#include "compute/plan_gaps.h"
#include "output/plan_document.h"
#include "output/pledge_document.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(The quarterly report: a summary (indicators by status, reporting
coverage), progress per result, the gap summary, the reporting matrix and
the operational plans (activities done and overdue, the resource gap per
result), in one Markdown file or one self-contained HTML page (inline CSS
and SVG, no script, no network access), readable on screen and printable.

Examples:
  ritrack report --as-of 2019-Q2 --lang fr --format html -o rapport-2019T2.html
  ritrack report --as-of 2019-Q2 --format md -o report.md)");

static CommandRun setup(CLI::App& cmd) {
  auto options = add_report_options(cmd, {Format::md, Format::html, Format::text, Format::xlsx}, false);
  return [options](Session& session) {
    ReportContext ctx = open_report(session, *options);
    const ProgressReport& progress = ctx.progress;
    GapsReport gaps = build_gaps(ctx.data, progress);
    Lang lang = ctx.lang;
    Document doc = new_document(fmt::format("{} — {} {}", tr("Quarterly report", lang),
                                            ctx.data.framework.name.in(lang), progress.options.as_of.str()),
                                lang, ctx.data.framework.illustrative);
    add_provenance(doc, ctx.provenance, lang);  // the footer, after everything below
    add_summary(doc, progress, lang);
    add_progress(doc, progress, ctx.data, lang);
    add_pledges_by_indicator(doc, progress, lang);
    add_gaps(doc, gaps, ctx.data, lang);
    add_matrix(doc, progress, ctx.data, lang);
    PlanGapOptions plan_options;
    plan_options.today = last_day(progress.options.as_of);  // as of the report's quarter
    plan_options.currency = framework_currency(ctx.data.framework);
    plan_options.statuses = statuses_of(progress);
    std::vector<PlanGaps> plans;
    for (const Plan& p : ctx.data.plans) plans.push_back(plan_gaps(p, ctx.data.rates, plan_options));
    add_plan_report(doc, plans, ctx.data.framework, lang);
    emit(doc, *options);
    return ExitStatus::ok;
  };
}

extern const Command kReport{
    "report", N_("Quarterly report: progress, gaps and coverage"), kHelp, Needs::standing_values, Access::reads, setup};

}  // namespace ritrack::cli
