// ritrack show ID: one indicator with all its metadata.
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "command.h"
#include "base/escape.h"
#include "base/labels.h"
#include "base/number.h"
#include "output/text_layout.h"
#include "model/value.h"

namespace ritrack::cli {

static constexpr const char* kHelp = R"(Shows one indicator: its title, the result it belongs to, how its values
are typed and aggregated, its baseline and targets with their sources.

Examples:
  ritrack show 3.10
  ritrack show 5.5 --lang pt)";

static std::string milestone_text(const Milestone& m, const Indicator& ind, Lang lang) {
  std::string unit = ind.unit.empty() ? "" : " " + ind.unit;
  return fmt::format("{} = {}{}  ({}: {})", m.period.str(), format_number(m.value), unit,
                     tr("source", lang), m.source);
}

std::string describe_indicator(const Indicator& ind, const Framework& fw, Lang lang) {
  std::string out;
  // Labels take 26 columns; values wrap in the remaining 54 of an 80-column terminal.
  auto row = [&](std::string_view label, const std::string& value) {
    std::string head = pad_right(fmt::format("  {}:", tr(label, lang)), 26);
    for (const std::string& line : wrap(terminal_safe(value), 54)) {
      out += head + line + "\n";
      head = std::string(26, ' ');
    }
  };
  for (const std::string& line : wrap(terminal_safe(ind.id + "  " + ind.title.in(lang)), 78))
    out += line + "\n";
  if (lang != Lang::fr) out += fmt::format("  ({})\n", tr("unofficial translation", lang));
  const Result* result = fw.find_result(ind.result);
  row("Result", fmt::format("{}. {}", ind.result, result ? result->title.in(lang) : ""));
  row("Short title", ind.short_title.in(lang));
  row("Measure", allowed_values(ind, fw));
  row("Scope", std::string(scope_name(ind.scope)));
  row("Accumulation", std::string(accumulate_name(ind.accumulate)));
  row("Direction", std::string(direction_name(ind.direction)));
  row("Cadence", std::string(cadence_name(ind.cadence)));
  std::string breakdown;
  for (const std::string& id : ind.breakdown) {
    const Dimension* dim = fw.find_dimension(id);
    std::vector<std::string> codes;
    if (dim)
      for (const Category& c : dim->categories) codes.push_back(c.code);
    breakdown += fmt::format("{}{} ({})", breakdown.empty() ? "" : "; ", dim ? dim->title.in(lang) : id,
                             fmt::join(codes, ", "));
  }
  row("Breakdown", breakdown.empty() ? std::string(tr("none", lang)) : breakdown);
  if (const Scale* scale = fw.find_scale(ind.scale)) {
    row("Scale", fmt::format("{} ({} ≥ {})", scale->title.in(lang), tr("threshold", lang), scale->threshold));
    for (const ScaleLevel& l : scale->levels)
      out += fmt::format("{}{} {}\n", std::string(26, ' '), l.value, terminal_safe(l.label.in(lang)));
  }
  row("Baseline", ind.baseline ? milestone_text(*ind.baseline, ind, lang) : std::string(tr("none", lang)));
  if (ind.targets.empty()) row("Targets", std::string(tr("monitored (no target)", lang)));
  for (const Milestone& t : ind.targets) row("Target", milestone_text(t, ind, lang));
  if (!ind.verification.empty()) row("Means of verification", ind.verification);
  if (!ind.note.empty()) row("Note", ind.note);
  if (lang != Lang::fr) row("French original", ind.title[Lang::fr]);
  return out;
}

static CommandRun setup(CLI::App& cmd) {
  auto id = std::make_shared<std::string>();
  cmd.add_option("id", *id, "Indicator id, e.g. 3.10")->required();
  return [id](Session& session) {
    const Dataset& data = session.data;
    const Indicator* ind = data.framework.find_indicator(*id);
    if (!ind) {
      throw UsageError(fmt::format("unknown indicator '{}'; {}", terminal_safe(*id),
                                   data.framework.indicator_range_hint(*id)));
    }
    std::cout << describe_indicator(*ind, data.framework, session.context.lang);
    return ExitStatus::ok;
  };
}

extern const Command kShow{"show", "Show one indicator with all its metadata", kHelp, Needs::framework, setup};

}  // namespace ritrack::cli
