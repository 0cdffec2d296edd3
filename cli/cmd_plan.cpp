// ritrack plan: the operational plans of data/plan/ (README, "Operational plans").
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/number.h"
#include "base/translate.h"
#include "command.h"
#include "compute/plan_gaps.h"
#include "compute/progress.h"
#include "compute/sources.h"
#include "context.h"
#include "output/plan_document.h"
#include "output/report_document.h"
#include "plan_prompts.h"
#include "prompter.h"
#include "record/plan_recorder.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(The operational plans of data/plan/: per framework result, the products
meant to move its indicators, the activities that make them, who is
responsible, and the resources needed and available (money, people,
technical, political and institutional means).

  (none)   the plan as a tree: result, product, activity, with the
           responsible, the period, the state and the resources
  gaps     resources needed minus available per product and result (money
           converted with the dated rates, people and items in their
           units), by provider; activities with no responsible, no
           estimate, or past their end and not done; products whose
           indicators are off track or at risk while underfunded, first
  status   a dated change of an activity's state: planned, in_progress,
           done or dropped
  record   a resource made available to an activity (a commitment)

States are as of today (the date of $RITRACK_NOW when set).

Examples:
  ritrack plan --result 5
  ritrack plan --country GTM --format html -o plan.html
  ritrack plan gaps
  ritrack plan status 1.a.2 in_progress --note "first workshop held"
  ritrack plan record 1.a.2 --type financial --amount 20000 --unit EUR
    --provider aecid --source "AECID letter of 1 February 2019")");

namespace {

struct PlanArgs {
  std::string plan, country;
  int result = 0;
  PlanStatusInput status;
  PlanCommitmentInput commitment;
};

// The plans the options name: --plan NAME, else every plan.
std::vector<const Plan*> chosen_plans(const Dataset& data, const std::string& name) {
  std::vector<const Plan*> out;
  for (const Plan& p : data.plans)
    if (name.empty() || p.name == name) out.push_back(&p);
  if (out.empty() && !name.empty()) throw UsageError(trf("no plan '{}' in data/plan/", terminal_safe(name)));
  if (data.plans.empty()) throw UsageError(tr("there is no plan in data/plan/ (README, \"Operational plans\")"));
  return out;
}

PlanView view_of(const PlanArgs& a, const Session& session) {
  const Dataset& data = session.data;
  PlanView view{today_of(session.context), a.result, "", data.framework.illustrative};
  if (a.result != 0 && !data.framework.find_result(a.result)) throw UsageError(trf("there is no result {}", a.result));
  if (!a.country.empty()) {
    auto code = resolve_country(data.countries, a.country);
    if (!code || !data.countries.find(*code))
      throw UsageError(trf("unknown country '{}'; {}", terminal_safe(a.country),
                           country_hint(data.countries, a.country, session.context.lang)));
    view.country = *code;
  }
  return view;
}

// Each indicator's regional progress status this quarter.
std::map<std::string, Status> indicator_statuses(const Dataset& data, const Period& today) {
  Ledger ledger(data.framework, data.entries, &data.rates);
  ProgressOptions options;
  options.as_of = today;
  return statuses_of(build_progress(data, ledger, options));
}

void add_filters(CLI::App* cmd, PlanArgs& a) {
  cmd->add_option("--plan", a.plan, tr("Only this plan, e.g. 2018-2019 (default: every plan)"));
  cmd->add_option("--result", a.result, tr("Only this result (1-5)"));
  cmd->add_option("--country", a.country, tr("Only the activities a country is responsible for"));
}

// --date, --note, --by and --plan, which `plan status` and `plan record` share.
void add_entry_options(CLI::App* cmd, std::string& date, const std::string& date_help, std::string& note,
                       std::string& by, std::string& plan) {
  cmd->add_option("--date", date, date_help);
  cmd->add_option("--note", note, tr("A note"));
  cmd->add_option("--plan", plan, tr("The plan, when several hold the activity"));
  cmd->add_option("--by", by, tr("Who records it (default: git's user.name, else your login)"));
}

const AppendedKind kPlan{append_to_plan, "plan"};

// A date option as typed, or UsageError: it is written into the plan as it is.
void check_date_option(const std::string& date) {
  if (!parse_date(date)) throw UsageError(trf("--date '{}' is not a date; e.g. 2019-03-01", terminal_safe(date)));
}

// The plan holding `activity`, or UsageError naming where to look.
std::string plan_holding(const Dataset& data, const std::string& activity, const std::string& named) {
  for (const Plan& p : data.plans)
    if ((named.empty() || p.name == named) && p.find_activity(activity)) return p.name;
  throw UsageError(trf("no activity '{}' in data/plan/ ('ritrack plan' lists them)", terminal_safe(activity)));
}

// The plan an entry goes to, the entry as the plan will hold it, and who
// records it; UsageError for an unknown activity, date or amount.
std::tuple<std::string, std::string, std::string> plan_entry(const Session& session, const PlanEntryDraft& draft,
                                                             const std::string& plan, const std::string& recorded) {
  Date today = today_of(session.context);
  if (draft.commitment) {
    PlanCommitmentInput c = plan_commitment_of(draft);
    std::string name = plan_holding(session.data, c.activity, plan);
    c.by = recorded_by(c.by);
    c.recorded = recorded;
    if (c.date.empty()) c.date = today.str();
    check_date_option(c.date);
    std::string why;
    if (!parse_number(c.amount, &why))
      throw UsageError(trf("--amount '{}' is not a number: {}", terminal_safe(c.amount), why));
    return {name, format_plan_commitment(c), c.by};
  }
  PlanStatusInput s = plan_status_of(draft);
  std::string name = plan_holding(session.data, s.activity, plan);
  s.by = recorded_by(s.by);
  s.recorded = recorded;
  if (s.date.empty()) s.date = today.str();
  check_date_option(s.date);
  return {name, format_plan_status(s), s.by};
}

// An entry put together by prompts, shown as the plan will hold it,
// checked, and written once confirmed.
ExitStatus entry_by_prompts(Session& session, PlanEntryDraft& draft, const std::string& plan) {
  Lang lang = session.context.lang;
  refuse_installed_data(session.context);
  Prompter prompter(standard_input_reader());
  prompter.say(prompt_banner(lang));
  while (true) {
    DraftEnd end = ask_for_plan_entry(draft, session.data, today_of(session.context), lang, prompter);
    if (end != DraftEnd::complete) {
      say_nothing_recorded();
      return end == DraftEnd::ended ? ExitStatus::data_error : ExitStatus::ok;  // a script's input ran out
    }
    auto [name, entry, by] = plan_entry(session, draft, plan, session.context.now);
    Diagnostics problems;
    bool acceptable = check_plan_entry(session.data, name, entry, problems);
    std::string where = trf("In {}:", data_path(session.data.dir, "plan/" + name + ".yaml"));
    prompter.say(fmt::format("\n{}\n{}\n", where, entry));
    print_diagnostics(problems);
    if (!acceptable) {
      say_nothing_recorded();
      return ExitStatus::data_error;
    }
    switch (ask_to_confirm(prompter, tr("Record this entry?"))) {
      case Confirmed::back:
        draft.answers.undo();
        continue;
      case Confirmed::finished:
        say_nothing_recorded();
        return ExitStatus::ok;
      case Confirmed::ended:
        say_nothing_recorded();
        return ExitStatus::data_error;
      case Confirmed::no:
        prompter.say(tr("Not recorded.") + "\n");
        return ExitStatus::ok;
      case Confirmed::yes:
        break;
    }
    // Recorded when confirmed, not when typed: the entry is made again.
    std::string recorded = session.context.clock_pinned ? session.context.now : utc_now();
    auto [again_name, again, again_by] = plan_entry(session, draft, plan, recorded);
    return append_and_say(session, kPlan, again_name, again, again_by, true);
  }
}

}  // namespace

static CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<PlanArgs>();
  cmd.require_subcommand(0, 1);
  add_filters(&cmd, *a);
  auto tree_out =
      add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::xlsx});
  CLI::App* gaps = cmd.add_subcommand("gaps", tr("What the plan still lacks, most urgent first"));
  add_filters(gaps, *a);
  auto gaps_out =
      add_output_options(*gaps, {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::xlsx});
  std::vector<std::string> states = names_of(kActivityStates), types = names_of(kResourceTypes),
                           providers = names_of(kProviders);
  PlanStatusInput& s = a->status;
  CLI::App* status = cmd.add_subcommand("status", tr("Record a change of an activity's state"));
  status->add_option("activity", s.activity, tr("The activity's id, e.g. 1.a.2"));
  status->add_option("state", s.state, tr("planned, in_progress, done or dropped"))->check(CLI::IsMember(states));
  add_entry_options(status, s.date, tr("The day of the change, YYYY-MM-DD (default: today)"), s.note, s.by, a->plan);
  PlanCommitmentInput& c = a->commitment;
  CLI::App* record = cmd.add_subcommand("record", tr("Record a resource made available to an activity"));
  record->add_option("activity", c.activity, tr("The activity's id, e.g. 1.a.2"));
  record->add_option("--type", c.type, tr("financial, human, technical, political or institutional"))
      ->check(CLI::IsMember(types));
  record->add_option("--amount", c.amount, tr("How much, in the unit"));
  record->add_option("--unit", c.unit, tr("A currency (USD, EUR), persons, fte or items"));
  record->add_option("--provider", c.provider, tr("Who provides it, e.g. aecid, national_budget"))
      ->check(CLI::IsMember(providers));
  record->add_option("--source", c.source, tr("Where the commitment is documented"));
  add_entry_options(record, c.date, tr("The day of the commitment, YYYY-MM-DD (default: today)"), c.note, c.by,
                    a->plan);
  return [a, gaps, status, record, tree_out, gaps_out](Session& session) {
    const Dataset& data = session.data;
    Lang lang = session.context.lang;
    Date today = today_of(session.context);
    if (status->parsed() || record->parsed()) {
      PlanEntryDraft draft;
      draft.commitment = record->parsed();
      draft.given_status = a->status;
      draft.given_commitment = a->commitment;
      if (plan_entry_needs_questions(draft)) return entry_by_prompts(session, draft, a->plan);
      auto [name, entry, by] = plan_entry(session, draft, a->plan, session.context.now);
      return append_and_say(session, kPlan, name, entry, by);
    }
    PlanView view = view_of(*a, session);
    std::vector<const Plan*> plans = chosen_plans(data, a->plan);
    Document doc = new_document(data.framework.name.in(lang), lang, data.framework.illustrative);
    Provenance provenance = provenance_of(session);
    provenance.sources = sources_of(plans);
    add_provenance(doc, provenance, lang);
    if (gaps->parsed()) {
      PlanGapOptions options;
      options.today = today;
      options.currency = framework_currency(data.framework);
      options.statuses = indicator_statuses(data, session.context.today);
      options.result = view.result;
      options.country = view.country;
      std::vector<PlanGaps> all;
      for (const Plan* p : plans) all.push_back(plan_gaps(*p, data.rates, options));
      if (gaps_out->format == Format::json) {
        emit_text(plan_gaps_json(all, data.framework.illustrative, &provenance), *gaps_out);
        return ExitStatus::ok;
      }
      for (const PlanGaps& g : all) add_plan_gaps(doc, g, data.framework, lang);
      emit(doc, *gaps_out);
      return ExitStatus::ok;
    }
    if (tree_out->format == Format::json) {
      emit_text(plans_json(plans, view, &provenance), *tree_out);
      return ExitStatus::ok;
    }
    for (const Plan* p : plans) add_plan_tree(doc, *p, data.framework, view, lang);
    emit(doc, *tree_out);
    return ExitStatus::ok;
  };
}

extern const Command kPlan{"plan",        N_("Operational plans: the tree, gaps, status, record"),
                           kHelp,         Needs::standing_values,
                           Access::reads, setup};

}  // namespace ritrack::cli
