#include "model/value.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "base/number.h"
#include "base/translate.h"

namespace ritrack {

std::string item_types(const Entry& e) {
  std::string types;
  for (const BreakdownPart& t : e.breakdown) types += (types.empty() ? "" : ", ") + t.category;
  return types;
}

std::string item_text(const Entry& e) {
  std::string types = item_types(e);
  std::string out = fmt::format("{}: {}", e.item, e.text);
  if (!types.empty()) out += fmt::format(" ({})", types);
  if (e.ends) out += trf(" until {}", e.ends->str());
  return out;
}

const std::string& value_unit(const Entry& e, const Indicator& ind) {
  return !e.unit.empty() ? e.unit : e.currency.empty() ? ind.unit : e.currency;
}

std::string value_text(const Entry& e, const Indicator& ind) {
  if (e.retraction) return "";
  switch (ind.measure) {
    case Measure::flag:
      return e.number == 1 ? "yes" : "no";
    case Measure::text:
      return e.text;
    case Measure::items:
      return item_text(e);
    case Measure::count:
    case Measure::amount:
    case Measure::level:
      break;
  }
  const std::string& unit = value_unit(e, ind);
  return format_number(e.number, 6) + (unit.empty() ? "" : " " + unit);
}

std::string allowed_values(const Indicator& ind, const Framework& fw) {
  return allowed_values(ind, fw, message_lang());
}

std::string allowed_values(const Indicator& ind, const Framework& fw, Lang lang) {
  switch (ind.measure) {
    case Measure::count:
      return tr_s("count: a whole number, 0 or more", lang);
    case Measure::amount:
      return trf_in(lang, "amount: a number of {}, 0 or more", ind.unit);
    case Measure::flag:
      return tr_s("flag: yes or no", lang);
    case Measure::level: {
      const Scale* s = fw.find_scale(ind.scale);
      if (!s || s->levels.empty()) return tr_s("level", lang);
      // The names too: a person may answer with one, in any of the four languages.
      std::vector<std::string> names;
      for (const ScaleLevel& l : s->levels) names.push_back(fmt::format("{} {}", l.value, l.label.in(lang)));
      return trf_in(lang, "level: {} to {} on the scale '{}' ({})", s->levels.front().value, s->levels.back().value,
                    s->title.in(lang), fmt::join(names, ", "));
    }
    case Measure::text:
      return tr_s("text: a description of the evidence", lang);
    case Measure::items:
      return ind.breakdown.empty() ? tr_s("items: one item an entry, its title as the value", lang)
                                   : trf_in(lang, "items: one item an entry, its title as the value, with its {}",
                                            fmt::join(ind.breakdown, tr(" and ", lang)));
  }
  return "";
}

std::optional<ParsedValue> parse_value(const Indicator& ind, const Framework& fw, std::string_view text,
                                       std::string* why) {
  switch (ind.measure) {
    case Measure::flag:
      if (text == "yes") return ParsedValue{1, {}};
      if (text == "no") return ParsedValue{0, {}};
      return std::nullopt;
    case Measure::text:
    case Measure::items:
      if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
      return ParsedValue{0, std::string(text)};
    case Measure::count:
    case Measure::amount:
    case Measure::level: {
      auto n = parse_number(text, why);
      if (!n && kind_of(ind.measure).scale) {
        if (why) *why = tr("neither a level's number nor its name");
        return std::nullopt;
      }
      if (!n) return std::nullopt;
      if (*n < 0) {
        if (why) *why = tr("negative");
        return std::nullopt;
      }
      if (kind_of(ind.measure).whole && !n->is_whole()) {
        if (why) *why = tr("not a whole number");
        return std::nullopt;
      }
      if (kind_of(ind.measure).scale) {
        const Scale* s = fw.find_scale(ind.scale);
        if (!s || !s->find(static_cast<int>(n->whole()))) {
          if (why) *why = tr("outside the scale");
          return std::nullopt;
        }
      }
      return ParsedValue{*n, {}};
    }
  }
  return std::nullopt;
}

std::optional<Problem> check_breakdown_dimension(const Indicator& ind, std::string_view dimension) {
  if (std::find(ind.breakdown.begin(), ind.breakdown.end(), dimension) != ind.breakdown.end()) return std::nullopt;
  if (ind.breakdown.empty())
    return Problem{DiagnosticCode::bad_breakdown, trf("indicator {} has no breakdown", ind.id), ""};
  return Problem{
      DiagnosticCode::bad_breakdown,
      trf("indicator {} is not broken down by '{}' (it is by: {})", ind.id, dimension, fmt::join(ind.breakdown, ", ")),
      ""};
}

std::optional<Problem> check_breakdown_part(const Indicator& ind, const Framework& fw, const BreakdownPart& part) {
  auto refuse = [](std::string message) { return Problem{DiagnosticCode::bad_breakdown, std::move(message), ""}; };
  const Dimension* dim = fw.find_dimension(part.dimension);
  if (dim && !dim->find(part.category)) {
    std::vector<std::string> codes;
    for (const Category& c : dim->categories) codes.push_back(c.code);
    return refuse(
        trf("'{}' is not a category of '{}' (one of: {})", part.category, part.dimension, fmt::join(codes, ", ")));
  }
  if (dim && !ind.admits(part.dimension, part.category))
    return Problem{DiagnosticCode::category_not_admitted,
                   trf("indicator {} does not count '{}' in '{}' (it counts {})", ind.id, part.category, part.dimension,
                       fmt::join(ind.admitted_codes(*dim), ", ")),
                   ind.note.empty() ? "" : trf("indicator {}: {}", ind.id, ind.note.in(message_lang()))};
  if (part.value < 0) return refuse(tr("a breakdown part cannot be negative"));
  if (kind_of(ind.measure).whole && !part.value.is_whole())
    return refuse(tr("a breakdown part of a count is a whole number"));
  return std::nullopt;
}

std::optional<Problem> check_breakdown_sum(const Indicator& ind, const std::vector<BreakdownPart>& parts,
                                           const Decimal& total) {
  std::map<std::string, Decimal> sums;
  for (const BreakdownPart& p : parts) sums[p.dimension] += p.value;
  for (const auto& [dimension, sum] : sums) {
    // Exact: the parts of an amount add up to the cent.
    if (sum != total)
      return Problem{DiagnosticCode::breakdown_sum,
                     trf("the '{}' parts of indicator {} add up to {}, not to the total {}", dimension, ind.id,
                         sum.str(), total.str()),
                     tr("the parts of each dimension add up to the value")};
  }
  return std::nullopt;
}

}  // namespace ritrack
