// ritrack record: add one entry to a country's journal, from arguments or by
// answering prompts.
#include <unistd.h>
#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/translate.h"
#include "base/yes_no.h"
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
is asked again. This works from a terminal and with answers piped from a
script. The entry is shown before it is written.

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

struct RecordArgs {
  std::string country, indicator, period, value, source, note, by;
  std::vector<std::string> breakdown;
  std::string item, partners, ends;  // item registers
  std::vector<std::string> types;
  std::string currency, unit;
  bool yes = false;
};

std::string example_value(const Indicator& ind) { return tr(kind_of(ind.measure).example); }

std::vector<std::string> wrap_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  return lines;
}

std::string last_source(const Dataset& data, const std::string& country) {
  for (auto it = data.entries.rbegin(); it != data.entries.rend(); ++it)
    if (it->country == country && !it->source.empty()) return it->source;
  return "";
}

// Asks for every field that is missing. Returns false when the input ended.
bool complete_by_prompts(RecordArgs& a, Dataset& data, Period today, Lang lang, Prompter& p) {
  const Framework& fw = data.framework;
  auto tr_s = [&](std::string_view key) { return std::string(tr(key, lang)); };
  if (a.country.empty()) {
    auto answer = p.ask(tr_s("Country (ISO code, RI for regional)"), "", [&](const std::string& s) {
      return resolve_country(data.countries, s)
                 ? ""
                 : trf("unknown country '{}'; {}", s, country_hint(data.countries, s, lang));
    });
    if (!answer) return false;
    a.country = *resolve_country(data.countries, *answer);
    Diagnostics problems;  // a journal with errors is refused when appending, with the list
    load_journals(data, {a.country}, LoadOptions{today, std::nullopt}, problems);
  }
  if (a.indicator.empty()) {
    auto answer = p.ask(tr_s("Indicator"), "", [&](const std::string& s) -> std::string {
      const Indicator* ind = fw.find_indicator(s);
      if (!ind) return trf("unknown indicator '{}'; {}", s, fw.indicator_range_hint(s));
      if ((ind->scope == Scope::regional) != (a.country == kRegionalCode))
        return ind->scope == Scope::regional ? trf("{} is regional: record it for {}", s, kRegionalCode)
                                             : trf("{} is recorded by each country, not for {}", s, kRegionalCode);
      return "";
    });
    if (!answer) return false;
    a.indicator = *answer;
  }
  const Indicator* ind = fw.find_indicator(a.indicator);
  if (!ind) return true;  // make_entry reports it
  p.say(fmt::format("  {} {}\n  {}: {}\n", ind->id, terminal_safe(ind->title.in(lang)), tr_s("Allowed"),
                    allowed_values(*ind, fw)));
  if (a.period.empty()) {
    auto answer = p.ask(tr_s("Period"), last_ended_period(*ind, today).str(), [&](const std::string& s) -> std::string {
      std::string why;
      auto period = parse_period(s, &why);
      if (!period) return trf("'{}' is not a period: {}; e.g. 2019 or 2019-Q2", s, why);
      auto problem = period_problem(fw, ind, *period, today);
      return problem ? problem->message : "";
    });
    if (!answer) return false;
    a.period = parse_period(*answer)->str();
  }
  bool items = ind->measure == Measure::items;
  if (items && a.item.empty()) {
    auto answer = p.ask(tr_s("Item (identifier)"), "", [](const std::string& s) {
      return is_item_id(s) ? "" : "letters, digits, '-', '_' and '.', at most 40, e.g. ALLIANCE-1";
    });
    if (!answer) return false;
    a.item = *answer;
  }
  if (a.value.empty()) {
    auto answer = p.ask(tr_s(items ? "Title" : "Value"), "", [&](const std::string& s) -> std::string {
      std::string why;
      if (parse_value(*ind, fw, s, &why)) return "";
      if (ind->measure == Measure::flag && parse_yes_no(s)) return "";  // oui, sí, sim, não…
      return trf("\"{}\" is not valid ({}{}); {} {}", s, allowed_values(*ind, fw), why.empty() ? "" : ": " + why,
                 tr_s("e.g."), example_value(*ind));
    });
    if (!answer) return false;
    a.value = *answer;
  }
  if (items && a.types.empty()) {
    for (const std::string& dim_id : ind->breakdown) {
      const Dimension* dim = fw.find_dimension(dim_id);
      std::vector<std::string> codes = ind->admitted_codes(*dim);
      std::string question = fmt::format("{} ({})", dim->title.in(lang), fmt::join(codes, ", "));
      auto answer = p.ask(question, codes.size() == 1 ? codes.front() : "", [&](const std::string& s) -> std::string {
        auto problem = check_breakdown_part(*ind, fw, BreakdownPart{dim_id, s, 1});
        return problem ? problem->message : "";
      });
      if (!answer) return false;
      a.types.push_back(dim_id + "=" + *answer);
    }
    if (a.partners.empty()) {
      auto answer = p.ask(tr_s("Partners (optional)"), "", [](const std::string&) { return ""; });
      if (!answer) return false;
      a.partners = *answer;
    }
    // A flow counts an item in the period it starts: only a stock ends.
    if (a.ends.empty() && ind->accumulate == Accumulate::stock) {
      auto answer = p.ask(tr_s("Last period open (optional)"), "", [&](const std::string& s) -> std::string {
        if (s.empty()) return "";
        std::string why;
        auto end = parse_period(s, &why);
        if (!end) return trf("'{}' is not a period: {}; e.g. 2021", s, why);
        auto problem = item_end_problem(fw, *ind, a.item, *parse_period(a.period), *end);
        return problem ? problem->message : "";
      });
      if (!answer) return false;
      a.ends = answer->empty() ? "" : parse_period(*answer)->str();
    }
  }
  if (!items && a.breakdown.empty() && kind_of(ind->measure).breakdown) {
    double total = parse_value(*ind, fw, a.value)->number;
    for (const std::string& dim_id : ind->breakdown) {
      const Dimension* dim = fw.find_dimension(dim_id);
      std::vector<std::string> codes = ind->admitted_codes(*dim);
      std::string question = fmt::format("{} {} ({}), {} {}:{}", tr_s("Breakdown by"), dim->title.in(lang),
                                         fmt::join(codes, ", "), tr_s("e.g."), codes.front(), a.value);
      auto answer = p.ask(question, "", [&](const std::string& s) -> std::string {
        if (s.empty()) return "";
        std::string why;
        auto parts = parse_breakdown_arg(fmt::format("{}={}", dim_id, s), &why);
        if (!parts) return why;
        for (const BreakdownPart& part : *parts)
          if (auto problem = check_breakdown_part(*ind, fw, part)) return problem->message;
        auto problem = check_breakdown_sum(*ind, *parts, total);
        return problem ? problem->message : "";
      });
      if (!answer) return false;
      if (!answer->empty()) a.breakdown.push_back(dim_id + "=" + *answer);
    }
  }
  if (a.source.empty()) {
    auto answer = p.ask(tr_s("Source (means of verification)"), last_source(data, a.country),
                        [](const std::string& s) { return s.empty() ? tr("every value needs its source") : ""; });
    if (!answer) return false;
    a.source = *answer;
  }
  if (a.note.empty()) {
    auto answer = p.ask(tr_s("Note (optional)"), "", [](const std::string&) { return ""; });
    if (!answer) return false;
    a.note = *answer;
  }
  return true;
}

ExitStatus record(Session& session, RecordArgs a) {
  const RunContext& context = session.context;
  Lang lang = context.lang;
  Period today = context.today;
  bool complete =
      !a.country.empty() && !a.indicator.empty() && !a.period.empty() && !a.value.empty() && !a.source.empty();
  // Recording touches nothing but the country's journal: read here for the
  // prompts' defaults and the plausibility check, and again under its lock
  // when appending, which refuses a journal with errors (with the list).
  Dataset& data = session.data;
  if (auto country = resolve_country(data.countries, a.country)) a.country = *country;  // "pe", "Perú" → PER
  if (is_journal_code(data.countries, a.country)) {
    Diagnostics later;
    load_journals(data, {a.country}, LoadOptions{today, std::nullopt}, later);
  }
  bool echo = !isatty(STDIN_FILENO);
  Prompter prompter(std::cin, std::cout, echo);
  if (!complete && !complete_by_prompts(a, data, today, lang, prompter)) {
    std::cerr << tr("Nothing recorded.", lang) << "\n";
    return ExitStatus::data_error;
  }
  RecordInput input{a.country, a.indicator, a.period,          a.value,     std::nullopt, a.breakdown,
                    a.source,  a.note,      recorded_by(a.by), context.now, a.item,       a.partners,
                    a.ends,    a.types,     a.currency,        a.unit};
  Diagnostics problems;
  auto entry = make_entry(data, today, input, problems);
  if (!entry) {
    print_diagnostics(problems);
    std::cerr << tr("Nothing recorded.", lang) << "\n";
    return ExitStatus::data_error;
  }
  const Indicator& ind = *data.framework.find_indicator(entry->indicator);
  auto implausible = plausibility_problem(ind, Ledger(data.framework, data.entries, &data.rates), *entry);
  if (implausible) DiagnosticSink("", problems).warning({}, 1, *implausible);
  print_diagnostics(problems);  // warnings: the entry stands, but deserves a look
  problems.clear();
  if (implausible && !a.yes) {
    auto answer =
        prompter.ask(fmt::format("{} {}", tr("Record it anyway?", lang), tr("(y/n)", lang)), std::string(tr("n", lang)),
                     [](const std::string& s) { return parse_yes_no(s) ? "" : tr("answer yes or no"); });
    if (!answer || !*parse_yes_no(*answer)) {
      std::cerr << tr("Nothing recorded.", lang) << "\n";
      return answer ? ExitStatus::ok : ExitStatus::data_error;
    }
  }
  if (!complete && !a.yes) {
    // A card in the user's language, saying what the entry replaces.
    const Entry* replaces = standing_entry(Ledger(data.framework, data.entries, &data.rates), *entry);
    std::string card = render(entry_card(*entry, data, replaces, lang), Format::text, TextStyle{80, false});
    std::string shown;
    for (const std::string& line : wrap_lines(card)) shown += terminal_safe(line) + "\n";
    prompter.say("\n" + shown + "\n");
    auto answer = prompter.ask(fmt::format("{} {}", tr("Record this entry?", lang), tr("(y/n)", lang)),
                               std::string(tr("y", lang)),
                               [](const std::string& s) { return parse_yes_no(s) ? "" : tr("answer yes or no"); });
    if (!answer || !*parse_yes_no(*answer)) {
      std::cerr << tr("Nothing recorded.", lang) << "\n";
      return answer ? ExitStatus::ok : ExitStatus::data_error;
    }
  }
  // The time of recording is when the entry was confirmed, not when it was typed.
  if (!context.clock_pinned) entry->recorded = utc_now();
  AppendOptions options{lock_holder(input.by), context.lock_wait, today};
  if (!append_entries(data, {*entry}, options, problems)) {
    print_diagnostics(problems);
    std::cerr << tr("Nothing recorded.", lang) << "\n";
    return ExitStatus::data_error;
  }
  std::cout << fmt::format("{} {}: {} {} {}\n", tr("Recorded in", lang), journal_path(data.dir, entry->country),
                           entry->country, entry->indicator, entry->period.str());
  return ExitStatus::ok;
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

extern const Command kRecord{"record", N_("Record a value (asks for what is missing)"), kHelp, Needs::one_journal,
                             setup};

}  // namespace ritrack::cli
