#include "output/entry_card.h"

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"
#include "model/value.h"

namespace ritrack {

std::string value_for_people(const Entry& e, const Indicator& ind, const Framework& fw, Lang lang) {
  if (e.retraction) return "";
  switch (ind.measure) {
    case Measure::flag:
      return std::string(e.number == 1 ? tr("yes", lang) : tr("no", lang));
    case Measure::level: {
      const Scale* scale = fw.find_scale(ind.scale);
      const ScaleLevel* level = scale ? scale->find(static_cast<int>(e.number.whole())) : nullptr;
      std::string number = format_number_in(lang, e.number);
      return level ? fmt::format("{} {}", number, level->label.in(lang)) : number;
    }
    case Measure::text:
    case Measure::items:
      return e.text;
    case Measure::count:
    case Measure::amount:
      break;
  }
  const std::string& unit = value_unit(e, ind);
  return format_number_in(lang, e.number) + (unit.empty() ? "" : " " + unit);
}

Cell value_cell(const Entry& e, const Framework& fw, Lang lang) {
  const Indicator* ind = fw.find_indicator(e.indicator);
  if (!ind) return Cell(e.text);
  std::string raw = value_text(e, *ind);
  if (ind->measure == Measure::items) return Cell(raw);
  return Cell(value_for_people(e, *ind, fw, lang)).with_raw(raw);
}

namespace {

// "Sector: GOB 3, EMP 1" (an item's types: "Partnership type: public_private").
std::string parts_for_people(const Entry& e, const Framework& fw, Lang lang) {
  std::string out;
  for (size_t i = 0; i < e.breakdown.size(); ++i) {
    const BreakdownPart& p = e.breakdown[i];
    bool first_of_dimension = i == 0 || e.breakdown[i - 1].dimension != p.dimension;
    if (first_of_dimension) {
      const Dimension* dim = fw.find_dimension(p.dimension);
      out += (out.empty() ? "" : "; ") + labelled(lang, dim ? dim->title.in(lang) : p.dimension, "");
    } else {
      out += ", ";
    }
    out += e.item.empty() ? fmt::format("{} {}", p.category, format_number_in(lang, p.value)) : p.category;
  }
  return out;
}

}  // namespace

Document entry_card(const Entry& entry, const Model& model, const Entry* replaces, Lang lang) {
  const Framework& fw = model.framework;
  const Indicator* ind = fw.find_indicator(entry.indicator);
  Table card;
  card.as_fields = true;
  card.columns = {label_column("Field", lang), label_column("Value", lang, Column::flex_)};
  TableSection rows;
  auto field = [&](std::string_view label, std::string value) {
    if (!value.empty()) rows.rows.push_back({Cell(std::string(tr(label, lang))), Cell(std::move(value))});
  };
  const Country* country = model.countries.find(entry.country);
  field(N_("Country"), country ? fmt::format("{} {}", entry.country, country->name.in(lang)) : entry.country);
  field(N_("Indicator"), ind ? fmt::format("{} {}", ind->id, ind->title.in(lang)) : entry.indicator);
  field(N_("Period"), entry.period.str());
  if (ind) field(N_("Value"), value_for_people(entry, *ind, fw, lang));
  field(N_("Item"), entry.item);
  field(entry.item.empty() ? N_("Breakdown") : N_("Types"), parts_for_people(entry, fw, lang));
  field(N_("Partners"), entry.partners);
  if (entry.ends) field(N_("Ends"), entry.ends->str());
  field(N_("Source"), entry.source);
  field(N_("Note"), entry.note);
  if (replaces && ind)
    field(N_("Replaces"), trf_in(lang, "{} recorded {} by {}", value_for_people(*replaces, *ind, fw, lang),
                                 replaces->recorded.substr(0, 10), replaces->by));
  card.sections.push_back(std::move(rows));
  Document doc;
  doc.lang = std::string(lang_code(lang));
  doc.table(std::move(card));
  return doc;
}

}  // namespace ritrack
