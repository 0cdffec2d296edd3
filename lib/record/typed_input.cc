#include "record/typed_input.h"

#include "base/suggest.h"
#include "base/words.h"
#include "base/yes_no.h"

namespace ritrack {

namespace {

// The dimension the indicator names whose id `typed` is, in any case.
const Dimension* dimension_named(const Model& model, const Indicator& ind, std::string_view typed) {
  std::string folded = fold_for_matching(typed);
  for (const std::string& id : ind.breakdown)
    if (fold_for_matching(id) == folded) return model.framework.find_dimension(id);
  return nullptr;
}

std::string category_code(const Dimension* dim, std::string_view typed) {
  if (!dim) return std::string(typed);
  std::string folded = fold_for_matching(typed);
  for (const Category& c : dim->categories)
    if (fold_for_matching(c.code) == folded) return c.code;
  return std::string(typed);
}

// "Sector = gob:3, emp:1" → "sector=GOB:3,EMP:1"; `pairs` tells a breakdown
// (CATEGORY:VALUE parts) from an item's type (one CATEGORY).
std::string canonical_parts(const Model& model, const Indicator& ind, std::string_view text, bool pairs) {
  size_t eq = text.find('=');
  if (eq == std::string_view::npos) return std::string(text);
  const Dimension* dim = dimension_named(model, ind, trimmed(text.substr(0, eq)));
  std::string out = dim ? dim->id : std::string(trimmed(text.substr(0, eq)));
  out += '=';
  std::string_view rest = text.substr(eq + 1);
  for (bool first = true; first || !rest.empty(); first = false) {
    size_t comma = pairs ? rest.find(',') : std::string_view::npos;
    std::string_view part = rest.substr(0, comma);
    size_t colon = pairs ? part.find(':') : std::string_view::npos;
    if (!first) out += ',';
    out += category_code(dim, trimmed(part.substr(0, colon)));
    if (colon != std::string_view::npos) out += ":" + std::string(trimmed(part.substr(colon + 1)));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return out;
}

}  // namespace

std::string canonical_value(const Model& model, const Indicator& ind, std::string_view typed) {
  if (ind.measure == Measure::flag)
    if (auto yes = parse_yes_no(typed)) return *yes ? "yes" : "no";
  if (ind.measure == Measure::level)
    if (const Scale* scale = model.framework.find_scale(ind.scale))
      if (const ScaleLevel* level = scale->find_by_label(typed)) return std::to_string(level->value);
  return std::string(typed);
}

RecordInput canonical_input(const Model& model, RecordInput in) {
  const Indicator* ind = model.framework.find_indicator(in.indicator);
  if (!ind) return in;
  in.value = canonical_value(model, *ind, in.value);
  for (std::string& b : in.breakdown) b = canonical_parts(model, *ind, b, true);
  for (std::string& t : in.types) t = canonical_parts(model, *ind, t, false);
  return in;
}

}  // namespace ritrack
