// ritrack show ID: one indicator with all its metadata.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "base/errors.h"
#include "base/escape.h"
#include "base/number.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "command.h"
#include "compute/ledger.h"
#include "compute/progress.h"
#include "model/value.h"
#include "output/chart.h"
#include "output/report_document.h"
#include "output/text_layout.h"
#include "report_options.h"

namespace ritrack::cli {

static constexpr std::string_view kHelp = N_(R"(Shows one indicator: its title, the result it belongs to, how its values
are typed and aggregated, its baseline and targets with their sources. For
an item register, also the items that stand and the count by type.

Examples:
  ritrack show 3.10
  ritrack show 5.5 --lang pt)");

static std::string milestone_text(const Milestone& m, const Indicator& ind, Lang lang) {
  std::string unit = ind.unit.empty() ? "" : " " + ind.unit;
  std::string text = fmt::format("{} = {}{}  ({})", m.period.str(), format_number_in(lang, m.value), unit,
                                 labelled(lang, tr("source", lang), m.source));
  if (!m.inferred.empty())
    text += "\n" + labelled(lang, fmt::format("{} {}", m.period.str(), tr("is inferred", lang)), m.inferred);
  return text;
}

// The indicator as a document: its id and title, then one field a line.
Document describe_indicator(const Indicator& ind, const Framework& fw, Lang lang) {
  Table fields;
  fields.as_fields = true;
  fields.columns = {Column(std::string(tr("Field", lang))), Column(std::string(tr("Value", lang)), Column::flex_)};
  TableSection rows;
  auto field_row = [&](std::string_view label, std::string value) {
    rows.rows.push_back({Cell(std::string(tr(label, lang))), Cell(std::move(value))});
  };
  const Result* result = fw.find_result(ind.result);
  field_row("Result", fmt::format("{}. {}", ind.result, result ? result->title.in(lang) : ""));
  field_row("Short title", ind.short_title.in(lang));
  field_row("Measure", allowed_values(ind, fw));
  auto word = [&](std::string_view name) { return std::string(tr(name, lang)); };
  field_row("Scope", word(scope_name(ind.scope)));
  field_row("Accumulation", word(accumulate_name(ind.accumulate)));
  field_row("Direction", word(direction_name(ind.direction)));
  field_row("Cadence", word(cadence_name(ind.cadence)));
  std::string breakdown;
  for (const std::string& id : ind.breakdown) {
    const Dimension* dim = fw.find_dimension(id);
    // Each category's code, which is what is typed, with its name in the
    // language where the code does not already say it ("national").
    auto plain = [](std::string s) {
      std::replace_if(
          s.begin(), s.end(), [](char c) { return c == '_' || c == '-'; }, ' ');
      return fold_for_matching(s);
    };
    std::vector<std::string> categories;
    for (const std::string& code : dim ? ind.admitted_codes(*dim) : std::vector<std::string>{}) {
      const Category* c = dim->find(code);
      std::string name = c ? c->name.in(lang) : "";
      categories.push_back(name.empty() || plain(name) == plain(code) ? code : fmt::format("{} = {}", code, name));
    }
    breakdown += fmt::format("{}{} ({})", breakdown.empty() ? "" : "; ", dim ? dim->title.in(lang) : id,
                             fmt::join(categories, ", "));
  }
  field_row("Breakdown", breakdown.empty() ? std::string(tr("none", lang)) : breakdown);
  if (const Scale* scale = fw.find_scale(ind.scale)) {
    // The levels follow the scale's title, a line each.
    std::string text = fmt::format("{} ({} ≥ {})", scale->title.in(lang), tr("threshold", lang), scale->threshold);
    for (const ScaleLevel& l : scale->levels) text += fmt::format("\n{} {}", l.value, l.label.in(lang));
    field_row("Scale", text);
  }
  field_row("Baseline", ind.baseline ? milestone_text(*ind.baseline, ind, lang) : std::string(tr("none", lang)));
  if (ind.targets.empty() && ind.category_targets.empty())
    field_row("Targets", std::string(tr("monitored (no target)", lang)));
  for (const Milestone& t : ind.targets) field_row("Target", milestone_text(t, ind, lang));
  for (const CategoryTargets& c : ind.category_targets) {
    const Dimension* dim = fw.find_dimension(c.dimension);
    const Category* cat = dim ? dim->find(c.category) : nullptr;
    std::string name = fmt::format("{} ({})", c.category, cat ? cat->name.in(lang) : c.category);
    if (c.baseline)
      field_row("Baseline",
                labelled(lang, name,
                         fmt::format("{} = {}", c.baseline->period.str(), format_number_in(lang, c.baseline->value))));
    for (const Milestone& t : c.targets) field_row("Target", labelled(lang, name, milestone_text(t, ind, lang)));
  }
  if (!ind.verification.empty()) field_row("Means of verification", ind.verification.in(lang));
  if (!ind.note.empty()) field_row("Note", ind.note.in(lang));
  if (lang != Lang::fr)
    field_row("French original", fmt::format("{} ({})", ind.title[Lang::fr], tr("unofficial translation", lang)));
  fields.sections.push_back(std::move(rows));
  Document doc = new_document(ind.id + "  " + ind.title.in(lang), lang, fw.illustrative);
  doc.table(std::move(fields));
  return doc;
}

static CommandRun setup(CLI::App& cmd) {
  auto id = std::make_shared<std::string>();
  cmd.add_option("id", *id, tr("Indicator id, e.g. 3.10"))->required();
  auto output = add_output_options(cmd, {Format::text, Format::md, Format::csv, Format::html, Format::xlsx});
  return [id, output](Session& session) {
    const Dataset& data = session.data;
    const Indicator* ind = data.framework.find_indicator(*id);
    if (!ind) {
      throw UsageError(trf("unknown indicator '{}'; {}", terminal_safe(*id), data.framework.indicator_range_hint(*id)));
    }
    Document doc = describe_indicator(*ind, data.framework, session.context.lang);
    if (output->format == Format::html) {  // a page: the indicator's values over time, drawn
      session.load_all_journals();
      const Dataset& all = session.data;
      Ledger ledger(all.framework, all.entries, &all.rates);
      std::string chart = indicator_chart_svg(*ind, regional_series(all, ledger, *ind, session.context.today),
                                              session.context.today, session.context.lang);
      if (!chart.empty())
        doc.blocks.figure(chart, trf_in(session.context.lang,
                                        "{}: regional values, baseline, targets and the "
                                        "expected path",
                                        ind->id));
    }
    if (ind->measure == Measure::items) {
      session.load_all_journals();
      const Dataset& all = session.data;
      add_register(doc, *ind, all, Ledger(all.framework, all.entries, &all.rates), session.context.today,
                   session.context.lang);
    }
    emit(doc, *output);
    return ExitStatus::ok;
  };
}

extern const Command kShow{
    "show", N_("Show one indicator with all its metadata"), kHelp, Needs::framework, Access::reads, setup};

}  // namespace ritrack::cli
