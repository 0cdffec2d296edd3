// One recorded value (or retraction) in a country's journal.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostic.h"
#include "base/period.h"

namespace ritrack {

struct BreakdownPart {
  std::string dimension;  // "sector"
  std::string category;   // "GOB"
  Decimal value = 0;
};

// Adds a part into `sum`: to the part of the same dimension and category, or after the others.
// `at`: the part's place in its entry's breakdown, where a sum of entries
// broken down alike has it too (looked at first: a sum of a thousand
// entries then compares each part once, not with every part before it).
inline void add_part(std::vector<BreakdownPart>& sum, std::string_view dimension, std::string_view category,
                     const Decimal& value, size_t at = 0) {
  auto same = [&](const BreakdownPart& s) { return s.dimension == dimension && s.category == category; };
  auto it = at < sum.size() && same(sum[at]) ? sum.begin() + static_cast<std::ptrdiff_t>(at)
                                             : std::find_if(sum.begin(), sum.end(), same);
  if (it == sum.end())
    sum.push_back({std::string(dimension), std::string(category), value});
  else
    it->value += value;
}

// Adds `parts` into `sum`, part by part.
inline void add_parts(std::vector<BreakdownPart>& sum, const std::vector<BreakdownPart>& parts) {
  for (size_t at = 0; at < parts.size(); ++at)
    add_part(sum, parts[at].dimension, parts[at].category, parts[at].value, at);
}

// `parts` grouped by dimension: each run of parts of one dimension, in
// order (an entry keeps a dimension's parts together).
inline std::vector<std::span<const BreakdownPart>> by_dimension(const std::vector<BreakdownPart>& parts) {
  std::vector<std::span<const BreakdownPart>> groups;
  for (size_t start = 0, end = 0; start < parts.size(); start = end) {
    for (end = start + 1; end < parts.size() && parts[end].dimension == parts[start].dimension; ++end) {
    }
    groups.emplace_back(parts.data() + start, end - start);
  }
  return groups;
}

struct Entry {
  std::string country;  // ISO alpha-3 or kRegionalCode
  std::string indicator;
  Period period;
  bool retraction = false;
  Decimal number = 0;  // count, amount, level; flag: 1 for yes, 0 for no
  std::string text;    // text measures: the evidence; retractions: the reason
  // Amounts: the ISO 4217 currency when it is not the indicator's unit (its
  // parts share it); empty: the unit.
  std::string currency;
  // Amounts of resources that are not money: their own unit ("persons",
  // "fte", "items"; model/framework.h); empty: money.
  std::string unit;
  std::vector<BreakdownPart> breakdown;  // item registers: the item's types, each part 1
  // Item registers: the item's identifier within its country and indicator,
  // its partners and the last period it is open (none: still open).
  std::string item;
  std::string partners;
  std::optional<Period> ends;
  std::string source, note;
  std::string recorded;  // UTC, "2026-11-22T10:15:00Z"
  std::string by;
  std::shared_ptr<const std::string> file;  // journal it came from (shared by its entries); null for input
  Position pos;                             // of the entry in that journal
};

// What an entry is about: a later entry about the same subject supersedes an
// earlier one. An item is its own subject whatever its period, so that a
// correction may move its start.
// Resources in their own unit are subjects of their own: a country reports
// its staff and its money for the same period.
using Subject = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view, Period>;
inline Subject subject_of(const Entry& e) {
  return {e.country, e.indicator, e.item, e.unit, e.item.empty() ? e.period : Period{}};
}

// For unordered maps of subjects: tens of thousands of entries are looked up
// by subject on every load, where a tree's string comparisons cost more.
struct SubjectHash {
  size_t operator()(const Subject& s) const {
    std::hash<std::string_view> h;
    size_t seed = h(std::get<0>(s));
    auto mix = [&seed](size_t v) { seed ^= v + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2); };
    mix(h(std::get<1>(s)));
    mix(h(std::get<2>(s)));
    mix(h(std::get<3>(s)));
    mix(static_cast<size_t>(std::get<4>(s).year) * 8 + static_cast<size_t>(std::get<4>(s).quarter));
    return seed;
  }
};

}  // namespace ritrack
