// The results framework: results, indicators and what their values mean.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostic.h"
#include "base/enum_table.h"
#include "base/lang.h"
#include "base/period.h"
#include "base/translate.h"

namespace ritrack {

enum class Measure { count, amount, flag, level, text, items };

// What a measure kind is: the one place its behaviour is decided.
struct MeasureKind {
  Measure value;
  std::string_view name;     // as written in framework.yaml
  bool numeric;              // the value is written as a number (flags are yes/no, texts quoted)
  bool quantitative;         // has a baseline and targets (all but text)
  bool summable;             // values add up: regional sums and flows
  bool breakdown;            // may be broken down into parts that add up to the value
  bool whole;                // whole numbers only
  bool unit;                 // carries a unit (framework.yaml 'unit')
  bool scale;                // a level on an ordinal scale ('scale')
  std::string_view example;  // a value to show in prompts
};

// clang-format off
inline constexpr std::array kMeasures{
    //          value            name      number quant  sum    parts  whole  unit   scale  example
    MeasureKind{Measure::count,  N_("count"),  true,  true,  true,  true,  true,  false, false, "12"},
    MeasureKind{Measure::amount, N_("amount"), true,  true,  true,  true,  false, true,  false, "2500.50"},
    MeasureKind{Measure::flag,   N_("flag"),   false, true,  false, false, true,  false, false, "yes"},
    MeasureKind{Measure::level,  N_("level"),  true,  true,  false, false, true,  false, true,  "3"},
    MeasureKind{Measure::text,   N_("text"),   false, false, false, false, false, false, false, N_("\"Agreement signed with …\"")},
    // An item register: each entry is one item (its value is the item's
    // title); the indicator's value is the number of items, by type.
    MeasureKind{Measure::items,  N_("items"),  false, true,  true,  true,  true,  false, false, N_("\"Alliance with the coffee growers' federation\"")},
};
// clang-format on
static_assert(in_enum_order(kMeasures));
inline const MeasureKind& kind_of(Measure m) { return row_of(kMeasures, m); }

enum class Scope { country, regional };
inline constexpr std::array kScopes{EnumName<Scope>{Scope::country, N_("country")},
                                    EnumName<Scope>{Scope::regional, N_("regional")}};
static_assert(in_enum_order(kScopes));

enum class Accumulate { stock, flow };
inline constexpr std::array kAccumulations{EnumName<Accumulate>{Accumulate::stock, N_("stock")},
                                           EnumName<Accumulate>{Accumulate::flow, N_("flow")}};
static_assert(in_enum_order(kAccumulations));

enum class Direction { increase, decrease };
inline constexpr std::array kDirections{EnumName<Direction>{Direction::increase, N_("increase")},
                                        EnumName<Direction>{Direction::decrease, N_("decrease")}};
static_assert(in_enum_order(kDirections));

enum class Cadence { quarterly, annual };
inline constexpr std::array kCadences{EnumName<Cadence>{Cadence::quarterly, N_("quarterly")},
                                      EnumName<Cadence>{Cadence::annual, N_("annual")}};
static_assert(in_enum_order(kCadences));

// Resources that are not money, recorded in their own unit on indicators
// broken down by 'resource' (seed 002: "humaines, techniques, financières"):
// an entry in one of these units is about that resource type alone.
enum class ResourceUnit { persons, fte, items };
struct ResourceUnitRow {
  ResourceUnit value;
  std::string_view name;      // as written in the journal ('unit: fte')
  std::string_view resource;  // the category of 'resource' it measures
  bool whole;                 // whole numbers only
  std::string_view label;     // as a person reads it (English, the msgid of its translations)
};
// clang-format off
inline constexpr std::array kResourceUnits{
    ResourceUnitRow{ResourceUnit::persons, "persons", "human",     true,  N_("persons")},
    ResourceUnitRow{ResourceUnit::fte,     "fte",     "human",     false, N_("FTE")},
    ResourceUnitRow{ResourceUnit::items,   "items",   "technical", true,  N_("items")},
};
// clang-format on
static_assert(in_enum_order(kResourceUnits));
inline constexpr std::string_view kResourceDimension = "resource";

inline std::string_view measure_name(Measure m) { return name_of(kMeasures, m); }
inline std::string_view scope_name(Scope s) { return name_of(kScopes, s); }
inline std::string_view accumulate_name(Accumulate a) { return name_of(kAccumulations, a); }
inline std::string_view direction_name(Direction d) { return name_of(kDirections, d); }
inline std::string_view cadence_name(Cadence c) { return name_of(kCadences, c); }

struct Category {
  std::string code;  // e.g. "GOB"
  LocalizedText name;
};

// A way to split a total into parts, e.g. sector GOB/EMP/TRAB.
struct Dimension {
  std::string id;
  LocalizedText title;
  std::vector<Category> categories;
  const Category* find(std::string_view code) const;
};

struct ScaleLevel {
  int value = 0;
  LocalizedText label;
};

// An ordinal scale; the regional value counts countries at or above `threshold`.
struct Scale {
  std::string id;
  LocalizedText title;
  std::vector<ScaleLevel> levels;  // ascending
  int threshold = 0;
  const ScaleLevel* find(int value) const;
  // The level whose name, in any of the four languages, `text` is (case and accents aside).
  const ScaleLevel* find_by_label(std::string_view text) const;
};

// A baseline or a target.
struct Milestone {
  Period period;
  Decimal value = 0;
  std::string source;
  std::string inferred;  // why the period is inferred rather than sourced; empty: sourced
};

// The categories of one dimension that an indicator counts, where its
// wording names fewer than the dimension has (5.5: EMP and TRAB only).
struct AdmittedCategories {
  std::string dimension;
  std::vector<std::string> codes;
};

// Country targets are kept as the targets of this pseudo-dimension, the
// category being the country's code: a country is one part of a regional value.
inline constexpr std::string_view kCountryDimension = "country";

// Targets for one category of a breakdown (5.5: EMP ≥ 7 and TRAB ≥ 7), with
// that category's part of the baseline when the baseline gives it; or, with
// kCountryDimension, one member country's own targets (`country: PER`).
struct CategoryTargets {
  std::string dimension, category;
  std::optional<Milestone> baseline;
  std::vector<Milestone> targets;  // ascending by period
  bool for_country() const { return dimension == kCountryDimension; }
  Position pos;  // where the first of them names its country or category, for later checks
  int width = 1;
};

struct Indicator {
  std::string id;  // "3.10"
  int result = 0;
  LocalizedText title;
  LocalizedText short_title;
  Measure measure = Measure::count;
  Scope scope = Scope::country;
  Accumulate accumulate = Accumulate::stock;
  Direction direction = Direction::increase;
  Cadence cadence = Cadence::annual;
  std::vector<std::string> breakdown;        // dimension ids
  std::vector<AdmittedCategories> admitted;  // dimensions not listed here admit every category
  bool counts_members = false;               // 'counts: members': checked against countries.yaml (5.1)
  std::string unit;                          // amount only, e.g. "USD"
  std::string scale;                         // level only
  std::optional<Milestone> baseline;
  std::vector<Milestone> targets;  // ascending by period
  // Targets per category; the indicator is achieved only when all its
  // targets, these and the ones above, are.
  std::vector<CategoryTargets> category_targets;
  LocalizedText verification;  // means of verification
  LocalizedText note;          // why it is typed this way, caveats

  bool admits(std::string_view dimension, std::string_view category) const;
  // The codes of `dim` this indicator counts, in the dimension's order.
  std::vector<std::string> admitted_codes(const Dimension& dim) const;
};

struct Result {
  int id = 0;
  LocalizedText title;
  std::vector<std::string> indicators;  // ids, in framework order
};

struct Phase {
  std::string id;  // "I", "II", "III"
  Period from, to;
};

struct Framework {
  LocalizedText name;
  Period horizon_from{2014, 0}, horizon_to{2030, 0};
  // Declared in framework.yaml (`illustrative: true`): every report built
  // from this data says its figures are invented.
  bool illustrative = false;
  std::vector<Phase> phases;
  std::vector<Dimension> dimensions;
  std::vector<Scale> scales;
  std::vector<Result> results;
  std::vector<Indicator> indicators;  // in framework order

  const Indicator* find_indicator(std::string_view id) const;
  const Dimension* find_dimension(std::string_view id) const;
  const Scale* find_scale(std::string_view id) const;
  const Result* find_result(int id) const;
  std::vector<std::string> indicator_ids() const;
  // Where to look for a mistyped id: "result 1 has indicators 1.1 to 1.10".
  std::string indicator_range_hint(std::string_view id) const;
  // Whether `p` lies wholly within the horizon.
  bool in_horizon(const Period& p) const {
    return p.start_time() >= horizon_from.start_time() && p.end_time() <= horizon_to.end_time();
  }
};

}  // namespace ritrack
