// ritrack record: add one entry to a country's journal, from arguments or by
// answering prompts.
#include <unistd.h>
#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"
#include "command.h"
#include "compute/aggregate.h"
#include "compute/cross_checks.h"
#include "compute/ledger.h"
#include "context.h"
#include "model/entry_rules.h"
#include "model/value.h"
#include "output/entry_card.h"
#include "output/format.h"
#include "prompter.h"
#include "record/recorder.h"
#include "record_prompts.h"
#include "store/journal_format.h"

namespace ritrack::cli {

// The literal ends at the example's line-continuing backslash: xgettext would
// splice a backslash-newline even inside a raw string, and miss the message.
static constexpr std::string_view kHelp =
    N_(R"(Appends one entry to data/values/COUNTRY.yaml (regional indicators: RI).
The value is checked against the indicator's measure, scale and breakdown
before anything is written; a refused entry writes nothing (exit status 1).

Fields left out are asked for one by one, in the chosen language, with the
indicator's title, the values it allows and a [default]; an invalid answer
is asked again. Tab completes, ? lists the choices, < goes back to the
previous question, . finishes; after each entry the next one for the same
country is offered. Answers may also be piped from a script. The entry is
shown, with what it replaces, before it is written.

A later entry for the same country, indicator and period supersedes an
earlier one; nothing is ever edited in place (see 'ritrack history').

An amount may be recorded in its own currency (--currency EUR); regional
totals convert it with data/rates.yaml, which must have a rate for the
period (a year's or the quarter's), else the entry is refused.

Resources that are not money are recorded in their own unit, one resource
type an entry: staff in persons or full-time equivalents (--unit persons,
--unit fte), technical resources as a count (--unit items).

An item register (e.g. 2.2, partnerships) records one item an entry: its
identifier (--item), its title as the value, one type for each dimension the
indicator names (--type), and optionally its partners and the last period it
is open (--ends). Record the same item again to correct or close it.

A value far from the country's own history (README, "Plausibility") is
shown with a warning and asks "Record it anyway?"; --yes skips the question
for scripts. A value for a period in which the country was not a member is
recorded with a warning: it does not count in regional figures.

Examples:
  ritrack record PER 1.6 2019 yes --source "Ministry of Labour, resolution 123"
  ritrack record PER 1.1 2019-Q2 5 --breakdown sector=GOB:3,EMP:1,TRAB:1 --source "Q2 report"
  ritrack record PER 2.2 2019 "Alliance with the coffee growers" --item ALLIANCE-1 \)"
       "\n"
       R"(      --type partnership=public_private --type level=national --source "MTPE report 2019"
  ritrack record                     # asks for everything
  ritrack record PER 1.8             # asks for the period, the value, the source…)");

namespace {

std::vector<std::string> wrap_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  return lines;
}

// The entry in progress was not recorded; say so without hiding the ones
// that were (they are in the journal).
void this_entry_not_recorded(int recorded_before) {
  if (recorded_before == 0) return say_nothing_recorded();
  std::cerr << trnf("This entry was not recorded; {} entry before it was.",
                    "This entry was not recorded; {} entries before it were.", recorded_before)
            << "\n";
}

// How one entry went: written, refused by the user or the rules, or cut short.
enum class Outcome { recorded, declined, back, finished, ended, failed };

Outcome outcome_of(Confirmed confirmed) {
  switch (confirmed) {
    case Confirmed::back:
      return Outcome::back;
    case Confirmed::finished:
      return Outcome::finished;
    case Confirmed::ended:
      return Outcome::ended;
    case Confirmed::yes:
      return Outcome::recorded;
    case Confirmed::no:
      break;
  }
  return Outcome::declined;
}

// Makes the entry, warns, asks what must be asked and appends it.
// `confirm`: show the card and ask before writing (entries put together by
// prompts, unless --yes).
Outcome write_entry(Session& session, const RecordArgs& a, bool confirm, Prompter& prompter, Entry& entry_out) {
  const RunContext& context = session.context;
  Lang lang = context.lang;
  Dataset& data = session.data;
  RecordInput input{a.country, a.indicator, a.period,          a.value,     std::nullopt, a.breakdown,
                    a.source,  a.note,      recorded_by(a.by), context.now, a.item,       a.partners,
                    a.ends,    a.types,     a.currency,        a.unit};
  Diagnostics problems;
  auto entry = make_entry(data, context.today, input, problems);
  if (!entry) {
    print_diagnostics(problems);
    return Outcome::failed;
  }
  const Indicator& ind = *data.framework.find_indicator(entry->indicator);
  auto implausible = plausibility_problem(ind, Ledger(data.framework, data.entries, &data.rates), *entry);
  if (implausible) DiagnosticSink("", problems).warning({}, 1, *implausible);
  print_diagnostics(problems);  // warnings: the entry stands, but deserves a look
  problems.clear();
  if (implausible && !a.yes) {
    Outcome anyway = outcome_of(ask_to_confirm(prompter, tr("Record it anyway?"), false));
    if (anyway != Outcome::recorded) return anyway;
  }
  if (confirm && !a.yes) {
    // A card in the user's language, saying what the entry replaces.
    // The ledger outlives the card: a converted amount's entry is the ledger's own.
    Ledger ledger(data.framework, data.entries, &data.rates);
    const Entry* replaces = standing_entry(ledger, *entry);
    std::string card = render(entry_card(*entry, data, replaces, lang), Format::text, TextStyle{80, false});
    std::string shown;
    for (const std::string& line : wrap_lines(card)) shown += terminal_safe(line) + "\n";
    prompter.say("\n" + shown + "\n");
    Outcome confirmed = outcome_of(ask_to_confirm(prompter, tr("Record this entry?")));
    if (confirmed != Outcome::recorded) return confirmed;
  }
  // The time of recording is when the entry was confirmed, not when it was typed.
  if (!context.clock_pinned) entry->recorded = utc_now();
  AppendOptions options = append_options(context, input.by);
  if (!append_entries(data, {*entry}, options, problems)) {
    print_diagnostics(problems);
    return Outcome::failed;
  }
  std::cout << fmt::format("{} {}: {} {} {}\n", tr("Recorded in"), journal_path(data.dir, entry->country),
                           entry->country, entry->indicator, entry->period.str());
  entry_out = *entry;
  return Outcome::recorded;
}

// Entry after entry for one country, until the user finishes: each put
// together by prompts, shown as a card and confirmed.
ExitStatus record_by_prompts(Session& session, const RecordArgs& given) {
  Dataset& data = session.data;
  Lang lang = session.context.lang;
  Prompter prompter(standard_input_reader());
  prompter.say(prompt_banner(lang));
  Draft draft;
  draft.given = given;
  int recorded = 0, done = 0;  // done: recorded or declined
  while (true) {
    DraftEnd end = ask_for_draft(draft, data, load_options(session.context), lang, prompter);
    // The input ran out in the middle of an entry: a script's mistake.
    bool cut_short = end == DraftEnd::ended && (done == 0 || !draft.answers.empty());
    if (end != DraftEnd::complete) {
      if (recorded == 0 || !draft.answers.empty()) this_entry_not_recorded(recorded);
      return cut_short ? ExitStatus::data_error : ExitStatus::ok;
    }
    Entry entry;
    switch (write_entry(session, draft_args(draft), true, prompter, entry)) {
      case Outcome::back:
        draft.answers.undo();
        continue;
      case Outcome::failed:
      case Outcome::ended:
        this_entry_not_recorded(recorded);
        return ExitStatus::data_error;
      case Outcome::finished:
        this_entry_not_recorded(recorded);
        return ExitStatus::ok;
      case Outcome::declined:
        prompter.say(tr("Not recorded.") + "\n");
        entry = Entry{};
        entry.country = draft_args(draft).country;
        entry.indicator = draft_args(draft).indicator;
        entry.period = parse_period(draft_args(draft).period).value_or(Period{});
        break;
      case Outcome::recorded:
        data.entries.push_back(entry);  // for the next entry's defaults and what it replaces
        ++recorded;
        break;
    }
    ++done;
    draft = next_draft(draft, entry, data.framework);
    const Country* country = data.countries.find(entry.country);
    prompter.say(fmt::format("\n{}\n", trf("Next entry for {} ({}), . to finish:",
                                           country ? country->name.in(lang) : entry.country, entry.country)));
  }
}

ExitStatus record(Session& session, RecordArgs a) {
  const RunContext& context = session.context;
  bool complete =
      !a.country.empty() && !a.indicator.empty() && !a.period.empty() && !a.value.empty() && !a.source.empty();
  // Recording touches nothing but the country's journal: read here for the
  // prompts' defaults and the plausibility check, and again under its lock
  // when appending, which refuses a journal with errors (with the list).
  Dataset& data = session.data;
  if (auto country = resolve_country(data.countries, a.country)) a.country = *country;  // "pe", "Perú" → PER
  if (is_journal_code(data.countries, a.country)) {
    Diagnostics later;
    LoadOptions load = load_options(context);
    // Given whole, the entry is checked against the values that stand (what
    // it replaces, its plausibility); only the prompts' defaults read the rest.
    if (complete) load.keep = Keep::standing;
    load.before_append = true;
    load_journals(data, {a.country}, load, later);
  }
  if (!complete) return record_by_prompts(session, a);
  Prompter prompter(standard_input_reader());  // only for "Record it anyway?"
  Entry entry;
  Outcome outcome = write_entry(session, a, false, prompter, entry);
  if (outcome == Outcome::recorded) return ExitStatus::ok;
  say_nothing_recorded();
  return outcome == Outcome::declined ? ExitStatus::ok : ExitStatus::data_error;
}

CommandRun setup(CLI::App& cmd) {
  auto a = std::make_shared<RecordArgs>();
  cmd.add_option("country", a->country, tr("ISO code (RI for regional indicators)"));
  cmd.add_option("indicator", a->indicator, tr("Indicator id, e.g. 1.6"));
  cmd.add_option("period", a->period, tr("2019 or 2019-Q2"));
  cmd.add_option("value", a->value, tr("yes/no, a number, a level or a text, per the indicator"));
  cmd.add_option("--source", a->source, tr("Means of verification (required)"));
  cmd.add_option("--note", a->note, tr("Optional note"));
  cmd.add_option("--breakdown", a->breakdown, tr("DIMENSION=CATEGORY:VALUE,... (repeatable)"));
  cmd.add_option("--currency", a->currency, tr("Amounts: ISO 4217 code when not the indicator's unit, e.g. EUR"));
  cmd.add_option("--unit", a->unit, tr("Resources that are not money: persons, fte or items"));
  cmd.add_option("--item", a->item, tr("Item registers: the item's identifier, e.g. ALLIANCE-1"));
  cmd.add_option("--type", a->types, tr("Item registers: DIMENSION=CATEGORY (repeatable)"));
  cmd.add_option("--ends", a->ends, tr("Item registers: the last period the item is open"));
  cmd.add_option("--partners", a->partners, tr("Item registers: the item's partners"));
  cmd.add_option("--by", a->by, tr("Who records (default: git user name, else login name)"));
  cmd.add_flag("-y,--yes", a->yes, tr("Do not ask for confirmation"));
  return [a](Session& session) { return record(session, *a); };
}

}  // namespace

extern const Command kRecord{
    "record", N_("Record a value (asks for what is missing)"), kHelp, Needs::one_journal, Access::writes, setup};

}  // namespace ritrack::cli
