// The results framework: results, indicators and what their values mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/lang.h"
#include "base/period.h"

namespace ritrack {

enum class Measure { count, amount, flag, level, text };
enum class Scope { country, regional };
enum class Accumulate { stock, flow };
enum class Direction { increase, decrease };
enum class Cadence { quarterly, annual };

std::string_view measure_name(Measure m);
std::string_view scope_name(Scope s);
std::string_view accumulate_name(Accumulate a);
std::string_view direction_name(Direction d);
std::string_view cadence_name(Cadence c);

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
};

// A baseline or a target.
struct Milestone {
  Period period;
  double value = 0;
  std::string source;
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
  std::vector<std::string> breakdown;  // dimension ids
  std::string unit;                    // amount only, e.g. "USD"
  std::string scale;                   // level only
  std::optional<Milestone> baseline;
  std::vector<Milestone> targets;  // ascending by period
  std::string verification;        // means of verification
  std::string note;                // why it is typed this way, caveats
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
