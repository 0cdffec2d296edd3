// ritrack pledge: the register of Action pledges (README, "Action pledges").
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "compute/pledge_status.h"
#include "compute/sources.h"
#include "context.h"
#include "output/pledge_document.h"
#include "output/report_document.h"
#include "pledge_prompts.h"
#include "prompter.h"
#include "record/pledge_recorder.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp =
    N_(R"(The Action pledges of data/pledges/: each stakeholder's commitment to one
specific, measurable action with a deadline, its progress updates and its
plan to scale up towards 2025. 'check' holds them to the pledge form.

  add      a new pledge, from its options or by answering questions (what
           the options leave out is asked for, in the chosen language; the
           title and the contribution count their words as they are typed);
           checked like 'check' would
  update   a progress update of a pledge: date, status, value reached
  list     one line per pledge: stakeholder, deadline, status, progress
  show ID  everything about one pledge, with its updates
  report   pledges by stakeholder type and status, those past their
           deadline without a final update, those silent for more than a
           quarter, and progress towards each measurable target

Statuses are as of today (the date of $RITRACK_NOW when set).

Examples:
  ritrack pledge add --id PER-2021-3 --type government --name "Ministerio de
    Trabajo" --country PER --title "..." --implementation "..."
    --contribution "..." --channel radio --deadline 2021-12-30
    --measure "surveys published" --target 1 --source "..."
  ritrack pledge add                 # asks for everything
  ritrack pledge update PER-2021-3 --date 2021-06-30 --status in_progress
    --value 0 --source "progress report"
  ritrack pledge list --type government --status in_progress
  ritrack pledge show PER-2021-1
  ritrack pledge report --format html -o pledges.html)");

namespace {

struct PledgeArgs {
  std::string type, country, status, id;
  PledgeInput pledge;
  PledgeUpdateInput update;
};

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

const AppendedKind kRegister{append_to_register, "pledges"};

// The register a new pledge goes to, unless --register names it: its country's.
std::string register_for(const PledgeInput& p) {
  std::string name = p.register_name.empty() ? p.country : p.register_name;
  if (name.empty()) throw UsageError(tr("name the register with --register (or give the stakeholder's --country)"));
  if (!is_register_name(name))
    throw UsageError(trf("--register '{}' is not a name of letters, digits, '-' and '_'", terminal_safe(name)));
  return name;
}

// A pledge put together by prompts, shown as the register will hold it,
// checked, and written once confirmed.
ExitStatus add_by_prompts(Session& session, const PledgeInput& given) {
  Lang lang = session.context.lang;
  refuse_installed_data(session.context);
  Prompter prompter(standard_input_reader());
  prompter.say(prompt_banner(lang));
  PledgeDraft draft{given, {}};
  while (true) {
    DraftEnd end = ask_for_pledge(draft, session.data, lang, prompter);
    if (end != DraftEnd::complete) {
      say_nothing_recorded();
      return end == DraftEnd::ended ? ExitStatus::data_error : ExitStatus::ok;  // a script's input ran out
    }
    PledgeInput p = pledge_of(draft);
    p.register_name = register_for(p);
    p.recorded = session.context.now;
    Diagnostics problems;
    bool acceptable = check_register_entry(session.data, p.register_name, format_pledge(p), problems);
    prompter.say(
        fmt::format("\n{}\n", trf("In {}:", data_path(session.data.dir, "pledges/" + p.register_name + ".yaml"))) +
        format_pledge(p) + "\n");
    print_diagnostics(problems);
    if (!acceptable) {
      say_nothing_recorded();
      return ExitStatus::data_error;
    }
    Confirmed confirmed = ask_to_confirm(prompter, tr("Record this pledge?"));
    if (confirmed == Confirmed::back) {
      draft.answers.undo();
      continue;
    }
    if (confirmed == Confirmed::finished || confirmed == Confirmed::ended) {
      say_nothing_recorded();
      return confirmed == Confirmed::ended ? ExitStatus::data_error : ExitStatus::ok;
    }
    if (confirmed == Confirmed::no) {
      prompter.say(tr("Not recorded.") + "\n");
      return ExitStatus::ok;
    }
    // The time of recording is when the pledge was confirmed, not when it was typed.
    if (!session.context.clock_pinned) p.recorded = utc_now();
    return append_and_say(session, kRegister, p.register_name, format_pledge(p), p.by, true);
  }
}

Document new_pledge_document(const Session& session) {
  return new_document(session.data.framework.name.in(session.context.lang), session.context.lang,
                      session.data.framework.illustrative);
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
  PledgeInput& p = a->pledge;
  CLI::App* add = cmd.add_subcommand("add", tr("Add a pledge"));
  add->add_option("--id", p.id, tr("The pledge's id, e.g. PER-2021-3"));
  add->add_option("--type", p.type, tr("The stakeholder's type"))->check(CLI::IsMember(types));
  add->add_option("--name", p.name, tr("The stakeholder's name"));
  add->add_option("--country", p.country, tr("The stakeholder's country (ISO code), where there is one"));
  add->add_option("--register", p.register_name, tr("The register (file) to add to; default: the country"));
  add->add_option("--year", p.year, tr("The year of action (default 2021)"));
  add->add_option("--title", p.title, tr("The title, at most 20 words"));
  add->add_option("--implementation", p.implementation, tr("How it will be implemented"));
  add->add_option("--contribution", p.contribution, tr("How it contributes, at most 100 words"));
  add->add_option("--channel", p.channels, tr("A communication channel; repeatable"));
  add->add_option("--hashtag", p.hashtag, tr("The campaign hashtag"));
  add->add_option("--moments", p.moments, tr("The planned moments of communication"));
  add->add_option("--deadline", p.deadline, tr("The deadline, YYYY-MM-DD"));
  add->add_option("--measure", p.measure, tr("What is counted"));
  add->add_option("--baseline", p.baseline, tr("Where the count starts"));
  add->add_option("--target", p.target, tr("The count to reach"));
  add->add_option("--indicator", p.indicator, tr("The framework indicator it feeds"));
  add->add_option("--resources", p.resources, tr("The resources needed"));
  add->add_option("--source", p.source, tr("Where the pledge is documented"));
  add->add_option("--by", p.by, tr("Who records it (default: git's user.name, else your login)"));
  PledgeUpdateInput& u = a->update;
  CLI::App* update = cmd.add_subcommand("update", tr("Add a progress update to a pledge"));
  update->add_option("id", u.id, tr("The pledge's id"))->required();
  update->add_option("--date", u.date, tr("The day of the news, YYYY-MM-DD (default: today)"));
  update->add_option("--status", u.status, tr("in_progress, achieved, not_achieved or dropped"))
      ->required()
      ->check(CLI::IsMember(statuses));
  update->add_option("--value", u.value, tr("The value reached, in the pledge's measure"));
  update->add_option("--note", u.note, tr("A note"));
  update->add_option("--source", u.source, tr("The evidence"))->required();
  update->add_option("--by", u.by, tr("Who records it (default: git's user.name, else your login)"));
  CLI::App* list = cmd.add_subcommand("list", tr("One line per pledge"));
  filters(list);
  auto list_out = add_output_options(*list, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx});
  CLI::App* show = cmd.add_subcommand("show", tr("Everything about one pledge"));
  show->add_option("id", a->id, tr("The pledge's id, e.g. PER-2021-1"))->required();
  auto show_out = add_output_options(*show, {Format::text, Format::md, Format::html});
  CLI::App* report = cmd.add_subcommand("report", tr("Counts, overdue, silent, progress"));
  filters(report);
  auto report_out =
      add_output_options(*report, {Format::text, Format::md, Format::csv, Format::json, Format::html, Format::xlsx});
  return [a, add, update, list, show, report, list_out, show_out, report_out](Session& session) {
    const Dataset& data = session.data;
    Lang lang = session.context.lang;
    Date today = today_of(session.context);
    Document doc = new_pledge_document(session);
    if (add->parsed()) {
      PledgeInput& p = a->pledge;
      p.by = recorded_by(p.by);
      if (pledge_needs_questions(p)) return add_by_prompts(session, p);
      p.recorded = session.context.now;
      p.register_name = register_for(p);
      return append_and_say(session, kRegister, p.register_name, format_pledge(p), p.by);
    }
    if (update->parsed()) {
      PledgeUpdateInput& u = a->update;
      auto name = register_of(data, u.id);
      if (!name)
        throw UsageError(
            trf("no pledge '{}' in data/pledges/ ('ritrack pledge list' lists them)", terminal_safe(u.id)));
      u.by = recorded_by(u.by);
      u.recorded = session.context.now;
      if (u.date.empty()) u.date = today.str();
      return append_and_say(session, kRegister, *name, format_pledge_update(u), u.by);
    }
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
      r.illustrative = data.framework.illustrative;
      Provenance provenance = provenance_of(session);
      provenance.sources = sources_of(r.states);
      add_provenance(doc, provenance, lang);
      if (report_out->format == Format::json) {
        emit_text(pledge_report_json(r, &provenance), *report_out);
        return ExitStatus::ok;
      }
      add_pledge_report(doc, r, lang);
      emit(doc, *report_out);
    }
    return ExitStatus::ok;
  };
}

extern const Command kPledge{"pledge",      N_("Action pledges: add, update, list, show, report"),
                             kHelp,         Needs::standing_values,
                             Access::reads, setup};

}  // namespace ritrack::cli
