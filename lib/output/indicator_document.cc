// Tested through output/site_test.cc and the `show` goldens.
#include "output/indicator_document.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/number.h"
#include "base/suggest.h"
#include "base/translate.h"
#include "model/value.h"
#include "output/chart.h"
#include "output/report_document.h"

namespace ritrack {

namespace {

std::string milestone_text(const Milestone& m, const Indicator& ind, Lang lang) {
  std::string unit = ind.unit.empty() ? "" : " " + ind.unit;
  std::string text = fmt::format("{} = {}{}  ({})", m.period.str(), format_number_in(lang, m.value), unit,
                                 labelled(lang, tr("source", lang), m.source));
  if (!m.inferred.empty())
    text += "\n" + labelled(lang, fmt::format("{} {}", m.period.str(), tr("is inferred", lang)), m.inferred);
  return text;
}

}  // namespace

Table indicator_fields(const Indicator& ind, const Framework& fw, Lang lang) {
  Table fields;
  fields.as_fields = true;
  fields.columns = {label_column(N_("Field"), lang), label_column(N_("Value"), lang, Column::flex_)};
  TableSection rows;
  auto field_row = [&](std::string_view label, std::string value) {
    rows.rows.push_back({Cell(std::string(tr(label, lang))), Cell(std::move(value))});
  };
  const Result* result = fw.find_result(ind.result);
  field_row("Result", fmt::format("{}. {}", ind.result, result ? result->title.in(lang) : ""));
  field_row("Short title", ind.short_title.in(lang));
  field_row("Measure", allowed_values(ind, fw, lang));
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
  return fields;
}

Document describe_indicator(const Indicator& ind, const Framework& fw, Lang lang) {
  Document doc = new_document(ind.id + "  " + ind.title.in(lang), lang, fw.illustrative);
  doc.table(indicator_fields(ind, fw, lang));
  return doc;
}

void add_indicator_chart(Blocks& blocks, const Indicator& ind, const std::vector<SeriesPoint>& series,
                         const Period& as_of, Lang lang) {
  std::string chart = indicator_chart_svg(ind, series, as_of, lang);
  if (!chart.empty())
    blocks.figure(chart, trf_in(lang, "{}: regional values, baseline, targets and the expected path", ind.id));
}

}  // namespace ritrack
