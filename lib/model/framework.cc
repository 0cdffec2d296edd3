#include "model/framework.h"

#include <algorithm>

#include "base/suggest.h"
#include "base/translate.h"

namespace ritrack {

template <class T>
static const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

const Category* Dimension::find(std::string_view code) const {
  auto it = std::find_if(categories.begin(), categories.end(), [&](const Category& c) { return c.code == code; });
  return it == categories.end() ? nullptr : &*it;
}

const ScaleLevel* Scale::find(int value) const {
  auto it = std::find_if(levels.begin(), levels.end(), [&](const ScaleLevel& l) { return l.value == value; });
  return it == levels.end() ? nullptr : &*it;
}

const ScaleLevel* Scale::find_by_label(std::string_view text) const {
  std::string folded = fold_for_matching(text);
  for (const ScaleLevel& l : levels)
    for (Lang lang : kLangs)
      if (!l.label[lang].empty() && fold_for_matching(l.label[lang]) == folded) return &l;
  return nullptr;
}

bool Indicator::admits(std::string_view dimension, std::string_view category) const {
  for (const AdmittedCategories& a : admitted)
    if (a.dimension == dimension) return std::find(a.codes.begin(), a.codes.end(), category) != a.codes.end();
  return true;
}

std::vector<std::string> Indicator::admitted_codes(const Dimension& dim) const {
  std::vector<std::string> codes;
  for (const Category& c : dim.categories)
    if (admits(dim.id, c.code)) codes.push_back(c.code);
  return codes;
}

const Indicator* Framework::find_indicator(std::string_view id) const { return find_by_id(indicators, id); }
const Dimension* Framework::find_dimension(std::string_view id) const { return find_by_id(dimensions, id); }
const Scale* Framework::find_scale(std::string_view id) const { return find_by_id(scales, id); }
const Result* Framework::find_result(int id) const {
  auto it = std::find_if(results.begin(), results.end(), [&](const Result& r) { return r.id == id; });
  return it == results.end() ? nullptr : &*it;
}

std::string Framework::indicator_range_hint(std::string_view id) const {
  size_t dot = id.find('.');
  for (const Result& r : results) {
    if (r.indicators.empty() || dot == std::string_view::npos || id.substr(0, dot) != std::to_string(r.id)) continue;
    return trf("result {} has indicators {} to {}", r.id, r.indicators.front(), r.indicators.back());
  }
  return tr("'ritrack indicators' lists them all");
}

std::vector<std::string> Framework::indicator_ids() const {
  std::vector<std::string> ids;
  for (const Indicator& i : indicators) ids.push_back(i.id);
  return ids;
}

}  // namespace ritrack
