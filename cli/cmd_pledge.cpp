// ritrack pledge: the register of Action pledges (README, "Action pledges").
#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "compute/pledge_status.h"
#include "context.h"
#include "output/pledge_document.h"
#include "output/report_document.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(The Action pledges of data/pledges/: each stakeholder's commitment to one
specific, measurable action with a deadline, its progress updates and its
plan to scale up towards 2025. 'check' holds them to the pledge form.

  list     one line per pledge: stakeholder, deadline, status, progress
  show ID  everything about one pledge, with its updates
  report   pledges by stakeholder type and status, those past their
           deadline without a final update, those silent for more than a
           quarter, and progress towards each measurable target

Statuses are as of today (the date of $RITRACK_NOW when set).

Examples:
  ritrack pledge list --type government --status in_progress
  ritrack pledge show PER-2021-1
  ritrack pledge report --format html -o pledges.html)");

namespace {

struct PledgeArgs {
  std::string type, country, status, id;
};

// Today's date from the run's clock ($RITRACK_NOW pins it).
Date today_of(const RunContext& context) {
  auto d = parse_date(std::string_view(context.now).substr(0, 10));
  if (!d) throw UsageError(trf("the clock says '{}', which is not a date", terminal_safe(context.now)));
  return *d;
}

PledgeFilter filter_of(const PledgeArgs& a, const Dataset& data) {
  PledgeFilter f;
  if (!a.type.empty()) f.type = parse_name(kStakeholderTypes, a.type);
  if (!a.status.empty()) f.status = parse_name(kPledgeStatuses, a.status);
  if (!a.country.empty()) {
    auto code = resolve_country(data.countries, a.country);
    if (!code) throw UsageError(trf("unknown country '{}'", terminal_safe(a.country)));
    f.country = *code;
  }
  return f;
}

Document new_pledge_document(const Session& session) {
  return new_document(session.data.framework.name.in(session.context.lang), session.context.lang);
}

}  // namespace

static CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<PledgeArgs>();
  cmd.require_subcommand(1);
  std::vector<std::string> types = names_of(kStakeholderTypes), statuses = names_of(kPledgeStatuses);
  auto filters = [&](CLI::App* sub) {
    sub->add_option("--type", a->type, tr("Only pledges by this type of stakeholder"))->check(CLI::IsMember(types));
    sub->add_option("--country", a->country, tr("Only pledges by stakeholders of this country"));
    sub->add_option("--status", a->status, tr("Only pledges with this status"))->check(CLI::IsMember(statuses));
  };
  CLI::App* list = cmd.add_subcommand("list", tr("One line per pledge"));
  filters(list);
  auto list_out = add_output_options(*list, {Format::text, Format::md, Format::csv, Format::html});
  CLI::App* show = cmd.add_subcommand("show", tr("Everything about one pledge"));
  show->add_option("id", a->id, tr("The pledge's id, e.g. PER-2021-1"))->required();
  auto show_out = add_output_options(*show, {Format::text, Format::md, Format::html});
  CLI::App* report = cmd.add_subcommand("report", tr("Counts, overdue, silent, progress"));
  filters(report);
  auto report_out = add_output_options(*report, {Format::text, Format::md, Format::csv, Format::json, Format::html});
  return [a, list, show, report, list_out, show_out, report_out](Session& session) {
    const Dataset& data = session.data;
    Lang lang = session.context.lang;
    Date today = today_of(session.context);
    Document doc = new_pledge_document(session);
    if (list->parsed()) {
      doc.table(pledge_table(pledge_states(data.pledges, filter_of(*a, data), today), lang));
      emit(doc, *list_out);
    } else if (show->parsed()) {
      for (const PledgeState& s : pledge_states(data.pledges, {}, today))
        if (s.pledge->id == a->id) {
          add_pledge_card(doc, s, lang);
          emit(doc, *show_out);
          return ExitStatus::ok;
        }
      throw UsageError(trf("no pledge '{}' in data/pledges/ ('ritrack pledge list' lists them)", terminal_safe(a->id)));
    } else if (report->parsed()) {
      PledgeReport r = pledge_report(data.pledges, filter_of(*a, data), today);
      if (report_out->format == Format::json) {
        emit_text(pledge_report_json(r), *report_out);
        return ExitStatus::ok;
      }
      add_pledge_report(doc, r, lang);
      emit(doc, *report_out);
    }
    return ExitStatus::ok;
  };
}

extern const Command kPledge{
    "pledge", N_("Action pledges: list, show, report"), kHelp, Needs::everything, Access::reads, setup};

}  // namespace ritrack::cli
